// One verdict per unit, every face (issue 58 items 2–5): over a month of Phú Thọ's captures (test/watch/month-days.ts)
// the digest's lists, its text, the brief and `thidua watch --json` name the same units red, fallen, sliding, entering
// and leaving red; over two days of An Giang's own ranking (the portal's totals only), a fall that lies in groups not
// captured that day is said as such, never «nothing fell»; the --json numbers have the portal's two decimals. The
// month's folder as an officer keeps it (issue 58's «Done when»): a forwarded copy read once, a half-written file and
// a HAR with a bad body named and left out, and every verdict, the digest's text and the brief the clean month's.
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureResponses } from '../../core/indicators/responses/index.js';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries, type Capture } from '../../core/watch/captures.js';
import { buildDigest, type Digest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import type { JudgedUnit } from '../../core/watch/verdict.js';
import { shortName } from '../../core/watch/words.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { MONTH, monthCaptures, monthSeen } from './month-days.js';
import { capturedAtOf, PROGRESS_URL } from './real-days.js';

const all = (d: Digest) => d.levels.flatMap((l) => l.units);
const names = (list: readonly JudgedUnit[]) => list.map((u) => u.name).sort();

/** The captures as the extension's backup, in a folder for `thidua watch`. */
async function folderOf(captures: readonly Capture[]): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'lan-chup'));
  const snapshots = captures.flatMap((c) => c.snapshots.map((s) => ({ ...s, capturedAt: c.capturedAt })));
  await writeFile(join(dir, 'lan-chup', 'sao-luu.json'), JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-10-01T00:00:00.000Z', snapshots }));
  return dir;
}

type JsonColour = 'red' | 'yellow' | 'green';
type JsonUnit = { name: string; verdict: { states: string[]; slide?: { falls: number; total: number } }; groups: { name: string; colour?: JsonColour; colourOwnWork?: JsonColour }[] };
type JsonLevel = { level: string; units: JsonUnit[]; fallers: string[]; sliders: string[]; intoRed: string[]; outOfRed: string[]; stillRed: string[]; redUncompared: string[] };

describe('one verdict per unit over a month of captures', () => {
  const series = watchSeries(monthCaptures())!;
  const digest = buildDigest(series, { own: 'Xã Đoan Hùng' });
  const text = digestText(digest);
  const lines = text.split('\n');
  const brief = buildBrief(digest, series);

  it('the digest’s lists are the verdicts: every red unit is still red, entering red or not comparable, once', () => {
    for (const l of digest.levels) {
      const red = l.units.filter((u) => u.verdict.colour === 'red');
      expect(names([...l.stillRed, ...l.intoRed, ...l.redUncompared])).toEqual(names(red));
      expect(names(l.fallers)).toEqual(names(l.units.filter((u) => u.verdict.states.includes('fell'))));
      expect(names(l.outOfRed)).toEqual(names(l.units.filter((u) => u.verdict.states.includes('left-red'))));
    }
  });

  it('the digest’s text names every red unit of a level, and its counts add up to the brief’s', () => {
    for (const l of digest.levels.filter((x) => x.level === 'provincial-agency' || x.level === 'commune')) {
      const red = l.units.filter((u) => u.verdict.colour === 'red');
      const said = lines.filter((x) => /^(Vẫn đỏ|Vào vùng đỏ|Đỏ chưa so sánh được)/.test(x)).join('\n');
      for (const u of red) expect(said, u.name).toContain(shortName(u.name));
      const standing = brief.standing.find((s) => s.startsWith(`${l.title}:`))!;
      expect(standing).toContain(`đỏ ${red.length}`);
    }
    // Sở Nội vụ, red all month, fell: named among the still red too — no red unit is left out of the count.
    const agencies = digest.levels.find((l) => l.level === 'provincial-agency')!;
    expect(agencies.stillRed.map((u) => u.snapshot.unit.code)).toContain(MONTH.noiVu);
  });

  it('the brief’s red list holds every red unit, by name, in its rows or in the line after them', () => {
    const red = all(digest).filter((u) => u.verdict.colour === 'red');
    // Those without a row named after them, a commune's by its kind («các xã Hy Cương, Xuân Lũng»), those that moved by their change.
    const more = brief.red.more ?? '';
    const beyond = red.filter((u) => !brief.red.rows.some((r) => r[0] === shortName(u.name)));
    expect(brief.red.rows.length + beyond.length).toBe(red.length);
    expect(Number(/^và (\d+) đơn vị đỏ khác: /.exec(more)?.[1] ?? 0)).toBe(beyond.length);
    expect(beyond.filter((u) => !more.includes(shortName(u.name).replace(/^UBND (xã|phường) /i, '')))).toEqual([]);
  });

  it('a slide of small falls is named with its length and total, in the digest’s first lines and the brief', () => {
    const communes = digest.levels.find((l) => l.level === 'commune')!;
    expect(communes.sliders.map((u) => u.snapshot.unit.code)).toEqual([MONTH.doanHung]);
    const line = 'Giảm liên tiếp (1 đơn vị, mỗi lần dưới 0,5 điểm): UBND xã Đoan Hùng giảm 4 lần liên tiếp, tổng −0,19 điểm (không chụp 28, 29/9/2026).';
    expect(lines).toContain(line);
    expect(brief.standing).toContain('UBND cấp xã giảm liên tiếp: UBND xã Đoan Hùng giảm 4 lần liên tiếp, tổng −0,19 điểm (không chụp 28, 29/9/2026).');
  });

  it('`thidua watch --json` gives every unit the same verdict, with numbers of two decimals at most', async () => {
    const dir = await folderOf(monthCaptures());
    const run = await runInProcess(['watch', 'lan-chup', '--json', '--unit', 'Xã Đoan Hùng'], dir);
    expect(run.code, run.stderr).toBe(0);
    // A number of the document (not a time's seconds): at most two decimals.
    expect(run.stdout).not.toMatch(/[:[,]\s*-?\d+\.\d{3,}\s*[,\]}]/);
    const doc = JSON.parse(run.stdout) as { text: string; digest: { levels: JsonLevel[]; provinceWork: { costEveryUnit: number }[] } };
    expect(doc.text).toBe(text);
    expect(doc.digest.provinceWork.map((m) => m.costEveryUnit)).toEqual([6, 4, 0.04]);
    for (const l of digest.levels) {
      const j = doc.digest.levels.find((x) => x.level === l.level)!;
      expect(Object.fromEntries(j.units.map((u) => [u.name, u.verdict.states]))).toEqual(Object.fromEntries(l.units.map((u) => [u.name, u.verdict.states])));
      for (const list of ['fallers', 'sliders', 'intoRed', 'outOfRed', 'stillRed', 'redUncompared'] as const) expect([...j[list]].sort(), list).toEqual(names(l[list]));
    }
    const doanHung = doc.digest.levels.flatMap((l) => l.units).find((u) => u.name.startsWith('UBND xã Đoan Hùng'))!;
    expect(doanHung.verdict.slide).toEqual({ falls: 4, total: -0.19 });
    // A group red by its figure and not by the unit's own work (the province's metrics take 6 points of it): the
    // words do not call it red, and the JSON says both colours, the own work's never worse than the figure's.
    const groups = doc.digest.levels.flatMap((l) => l.units).flatMap((u) => u.groups);
    const rank = { red: 0, yellow: 1, green: 2 } as const;
    const differing = groups.filter((g) => g.colourOwnWork !== undefined);
    expect(differing.some((g) => g.colour === 'red')).toBe(true);
    for (const g of differing) expect(rank[g.colourOwnWork!]).toBeGreaterThan(rank[g.colour!]);
  }, 120_000);
});

describe('a fall in groups not captured that day (An Giang’s own ranking, totals only)', () => {
  const body = readFileSync(new URL('../fixtures/real/portal/service-results-an-giang-2026.json', import.meta.url), 'utf8');
  const request = { timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a84-779d-b3e7-e214bdb86482' };
  /** The saved answer, with the named units' totals higher by the points given (as the day before stood). */
  const dayWith = (day: string, higher: Record<string, number>): Capture => {
    const doc = JSON.parse(body) as { data: { evaluation: { departmentName: string; totalScore: number; ratio: number }[] } };
    for (const e of doc.data.evaluation) {
      const up = higher[e.departmentName];
      if (up) e.totalScore = e.ratio = Math.round((e.totalScore + up) * 100) / 100;
    }
    const capturedAt = capturedAtOf(day);
    const read = captureResponses([{ url: 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/service-results', request, body: doc }], { capturedAt });
    if (!read.ok) throw new Error(read.error.message);
    return { capturedAt, snapshots: read.snapshots };
  };
  const fallen = { 'UBND xã Giồng Riềng': 2.45, 'Thanh tra tỉnh An Giang': 1.2 };
  const series = watchSeries([dayWith('2026-11-19', fallen), dayWith('2026-11-20', {})])!;
  const digest = buildDigest(series, { own: 'Xã Giồng Riềng' });
  const brief = buildBrief(digest, series);

  it('says the fall where it lies, in the brief and the digest, never that nothing fell', () => {
    const own = brief.drags.find((d) => d.unit.startsWith('UBND xã Giồng Riềng'))!;
    expect(own.lines[0]).toBe('giảm 2,45 điểm ở các nhóm chưa ghi nhận hôm nay («Công khai, minh bạch», «Tiến độ giải quyết», «Dịch vụ công trực tuyến», «Thanh toán trực tuyến», «Mức độ hài lòng», «Số hóa hồ sơ»).');
    for (const d of brief.drags) expect(d.lines.join('\n'), d.unit).not.toContain('Không chỉ số nào giảm');
    expect(digestText(digest)).toMatch(/^• Thanh tra tỉnh An Giang .*; vì giảm 1,2 điểm ở các nhóm chưa ghi nhận hôm nay \(/m);
  });
});

describe('the month’s folder as an officer keeps it: a weekend, a forwarded copy, a half-written file and a bad body', () => {
  const clean = buildDigest(watchSeries(monthCaptures())!, { own: 'Xã Đoan Hùng' });
  const cleanBrief = buildBrief(clean, watchSeries(monthCaptures())!);
  const backup = (captures: readonly Capture[], exportedAt: string) =>
    ({ format: 'thidua-indicators', version: 1, exportedAt, snapshots: captures.flatMap((c) => c.snapshots.map((s) => ({ ...s, capturedAt: c.capturedAt }))) });
  const readOn = (day: string): Capture => {
    const capturedAt = capturedAtOf(day);
    const r = captureResponses(monthSeen(day), { capturedAt });
    if (!r.ok) throw new Error(r.error.message);
    return { capturedAt, snapshots: r.snapshots };
  };

  /** The month's backup, then the three files no verdict may move: each, if read, would fill the weekend's gap. */
  async function keptFolder(): Promise<string> {
    const dir = await folderOf(monthCaptures());
    // Forwarded through a chat app: the same captures, written again later and laid out for reading, renamed.
    await writeFile(join(dir, 'lan-chup', 'sao-luu (1).json'), JSON.stringify(backup(monthCaptures(), '2026-10-02T08:00:00.000Z'), null, 2));
    // Written when the machine went off: the first half of the backup of Sunday 28/9.
    const half = JSON.stringify(backup([readOn('2026-09-28')], '2026-09-29T04:11:00.000Z'));
    await writeFile(join(dir, 'lan-chup', 'dang-ghi.json'), half.slice(0, Math.floor(half.length / 2)));
    // Monday 29/9 saved as HAR, its progress tree's body labelled base64 and not base64.
    const at = capturedAtOf('2026-09-29');
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        entries: monthSeen('2026-09-29').map((s) => ({
          startedDateTime: at,
          request: { method: 'POST', url: s.url, postData: { mimeType: 'application/json', text: JSON.stringify(s.request) } },
          response: { status: 201, content: s.url === PROGRESS_URL ? { mimeType: 'application/json', encoding: 'base64', text: `${JSON.stringify(s.body).slice(0, 200)} ***` } : { mimeType: 'application/json', text: JSON.stringify(s.body) } },
        })),
      },
    };
    await writeFile(join(dir, 'lan-chup', 'dichvucong-2026-09-29.har'), JSON.stringify(har));
    return dir;
  }

  it('`thidua watch`: the two bad files named and left out, the copy read once, every verdict and the digest’s text the clean month’s', async () => {
    const dir = await keptFolder();
    const run = await runInProcess(['watch', 'lan-chup', '--json', '--unit', 'Xã Đoan Hùng'], dir);
    expect(run.code, run.stderr).toBe(0);
    const skipped = run.stderr.split('\n').filter((l) => l.startsWith('Bỏ qua lan-chup/'));
    expect(skipped.map((l) => l.split(':')[0]).sort(), run.stderr).toEqual(['Bỏ qua lan-chup/dang-ghi.json', 'Bỏ qua lan-chup/dichvucong-2026-09-29.har']);
    expect(skipped.find((l) => l.includes('.har'))).toMatch(/base64/);
    expect(run.stderr).not.toContain('cùng giờ chụp mà số liệu khác nhau');
    expect(run.stderr).not.toMatch(/Unexpected|JSON input|at position/);
    const doc = JSON.parse(run.stdout) as { text: string; digest: { levels: JsonLevel[] } };
    expect(doc.text).toBe(digestText(clean));
    expect(doc.text).toContain('So sánh với lần chụp 27/9/2026, cách 3 ngày (các ngày giữa không có lần chụp).');
    for (const l of clean.levels) {
      const j = doc.digest.levels.find((x) => x.level === l.level)!;
      expect(Object.fromEntries(j.units.map((u) => [u.name, u.verdict.states]))).toEqual(Object.fromEntries(l.units.map((u) => [u.name, u.verdict.states])));
      for (const list of ['fallers', 'sliders', 'intoRed', 'outOfRed', 'stillRed', 'redUncompared'] as const) expect([...j[list]].sort(), list).toEqual(names(l[list]));
    }
    // The brief written from the same folder names the clean month's red units and its slide.
    const page = await runInProcess(['watch', 'lan-chup', '--unit', 'Xã Đoan Hùng', '--out', 'bao-cao.html'], dir);
    expect(page.code, page.stderr).toBe(0);
    const html = readFileSync(join(dir, 'bao-cao.html'), 'utf8');
    for (const row of cleanBrief.red.rows) expect(html).toContain(row[0]!);
    if (cleanBrief.red.more) expect(html).toContain(cleanBrief.red.more);
    expect(html).toContain('UBND xã Đoan Hùng giảm 4 lần liên tiếp, tổng −0,19 điểm (không chụp 28, 29/9/2026).');
  }, 180_000);
});
