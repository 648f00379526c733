// An Giang's mornings (an-giang-days.ts: the portal's saved ranking of the province, day after day) walked as the
// officer reads them: every figure «Bản tin» gives a unit is the answer's own and its place the order of the answer's
// totals within its level; every unit of a level is counted by the brief's standing, the popup and «Bản tin» alike —
// a unit the portal gives no figure included, named with its last figure (before: Thanh tra tỉnh An Giang, red at 16
// on 18/11, had no figure on 19/11 and every face counted «vẫn đỏ 2» and «vàng 11» of 15 agencies without a word).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest, newsLevels, redCounts } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { shortName } from '../../core/watch/words.js';
import { levelCounts, verdictWords } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { rankText } from '../../extension/src/ui/format.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { AG, AN_GIANG_STORY, anGiangAnswer, anGiangCaptures } from './an-giang-days.js';

const t = translator('vi');
const captures = anGiangCaptures();
type Row = { departmentName: string; departmentCode: string; totalScore: number | null; childGroup: string };

/** The digest, its text, the brief and the popup's counts of the story up to its morning `i`. */
function morning(i: number) {
  const series = watchSeries(captures.slice(0, i + 1))!;
  const digest = buildDigest(series, { own: AG.giongRieng.name });
  return { digest, text: digestText(digest), brief: buildBrief(digest, series), popup: levelCounts(digest, t) };
}

describe('An Giang’s mornings, face by face', () => {
  it('gives every unit the answer’s own total and its place in the order of the answer’s totals', () => {
    for (const [i, plan] of AN_GIANG_STORY.entries()) {
      const rows = (anGiangAnswer(plan) as { data: { evaluation: Row[] } }).data.evaluation;
      const { digest } = morning(i);
      for (const [level, group] of [['commune', 'COMMUNE'], ['provincial-agency', 'AGENCY']] as const) {
        const l = digest.levels.find((x) => x.level === level)!;
        const source = rows.filter((r) => r.childGroup === group);
        expect(l.units.length, `${plan.day} ${level}`).toBe(source.length);
        const scored = source.filter((r) => r.totalScore !== null);
        for (const r of source) {
          const u = l.units.find((x) => x.snapshot.unit.code === r.departmentCode)!;
          expect(u.headline?.measure.value ?? null, `${plan.day} ${r.departmentName}`).toBe(r.totalScore);
          const rank = r.totalScore === null ? undefined : 1 + scored.filter((s) => s.totalScore! > r.totalScore!).length;
          expect(u.place && { rank: u.place.rank, of: u.place.of, among: u.place.among }, `${plan.day} ${r.departmentName}`).toEqual(rank && { rank, of: scored.length, among: source.length });
        }
      }
    }
  });

  it('counts every unit of a level on every face, those without a figure named with their last one', () => {
    for (const [i, plan] of AN_GIANG_STORY.entries()) {
      const { digest, text, brief, popup } = morning(i);
      for (const [j, l] of newsLevels(digest).entries()) {
        const standing = brief.standing.find((s) => s.startsWith(`${l.title}: `))!;
        // Every unit in one count of the standing: red, yellow, green, or no figure.
        const counted = /— đỏ (\d+)(?: \([^)]*\))?, vàng (\d+), xanh (\d+)(?:, không có điểm trên cổng (\d+))?\./.exec(standing)!;
        expect(counted.slice(1).reduce((a, n) => a + Number(n ?? 0), 0), `${plan.day} ${standing}`).toBe(l.units.length);
        const none = l.units.filter((u) => u.headline?.measure.value === null);
        const inPopup = popup[j]!.counts.find((c) => c.words === t('verdict.state.no-figure'))?.count ?? 0;
        const heading = text.split('\n').find((x) => x.startsWith(`${l.title} (${l.units.length} đơn vị)`))!;
        expect([inPopup, Number(/không có điểm trên cổng (\d+)/.exec(heading)?.[1] ?? 0)], `${plan.day} ${l.title}`).toEqual([none.length, none.length]);
        for (const u of none) {
          expect(text, `${plan.day} ${u.name}`).toContain(shortName(u.name));
          expect(brief.standing.join('\n'), `${plan.day} ${u.name}`).toContain(shortName(u.name));
          expect(verdictWords(u.verdict, t)).toContain(t('verdict.state.no-figure'));
        }
        // The reds the popup counts are those «Bản tin» and the brief count.
        for (const c of redCounts(l)) {
          expect(heading, `${plan.day}`).toContain(`${c.words} ${c.units.length}`);
          expect(popup[j]!.counts).toContainEqual({ words: t(`verdict.red.${c.kind}`), count: c.units.length });
        }
      }
    }
  });

  it('says on 19/11 the red Thanh tra without a figure, with its red of 18/11, where it was counted «vẫn đỏ»', () => {
    const { text, brief, popup } = morning(AN_GIANG_STORY.findIndex((p) => p.day === '2026-11-19'));
    const line = 'Không có điểm trên cổng (2 đơn vị, không xếp màu, không xếp hạng): Sở Dân tộc và Tôn giáo; Thanh tra tỉnh An Giang (lần chụp 18/11/2026: 16 điểm, đỏ).';
    expect(text).toContain('Sở, ban, ngành (15 đơn vị) — vẫn đỏ 2, không có điểm trên cổng 2:');
    expect(text).toContain(line);
    expect(brief.standing).toContain('Sở, ban, ngành: 15 đơn vị — đỏ 2 (vẫn đỏ 2), vàng 11, xanh 0, không có điểm trên cổng 2.');
    expect(brief.standing).toContain('Sở, ban, ngành không có điểm trên cổng: Sở Dân tộc và Tôn giáo; Thanh tra tỉnh An Giang (lần chụp 18/11/2026: 16 điểm, đỏ).');
    expect(popup[0]!.counts).toEqual([{ words: 'vẫn đỏ', count: 2 }, { words: 'không có điểm trên cổng', count: 2 }]);
  });

  it('places a unit among every unit of its level, by one noun on every face: a đặc khu counted «đơn vị cấp xã», a Ban quản lý «sở, ban, ngành»', () => {
    const i = AN_GIANG_STORY.findIndex((p) => p.day === '2026-11-19');
    const { digest, brief } = morning(i);
    const communes = digest.levels.find((l) => l.level === 'commune')!;
    // The 102 the communes are placed among hold the province's three special zones (before: «thứ 78/102 xã, phường»).
    expect(communes.units.filter((u) => u.name.startsWith('UBND Đặc khu')).map((u) => shortName(u.name)).sort()).toEqual(['UBND Đặc khu Kiên Hải', 'UBND Đặc khu Phú Quốc', 'UBND Đặc khu Thổ Châu']);
    // The brief's line of the officer's unit is «Bản tin»'s: every unit of the level ranked, its place without a noun
    // (before: «…, thứ 78/102 đơn vị cấp xã; không đổi so với hôm trước.», the week not said).
    expect(brief.standing).toContain('Đơn vị của tôi: UBND xã Giồng Riềng (thứ 78/102): 64,94 điểm (vàng); không đổi so với hôm trước; giảm 0,5 so với 7 ngày trước (điểm không đổi từ lần chụp 18/11/2026).');
    // The agencies ranked hold two Ban quản lý (before: «thứ 13/13 sở, ngành có số liệu»).
    expect(brief.changes.rows.find((r) => r[0] === 'Sở Tài chính')?.[4]).toBe('thứ 13/13 sở, ban, ngành có số liệu, trong tổng số 15');
    // The popup's preview places a special zone by the same noun, beside its level's title.
    const phuQuoc = communes.units.find((u) => u.name === 'UBND Đặc khu Phú Quốc - tỉnh An Giang')!;
    expect(rankText(phuQuoc.snapshot.unit, phuQuoc.snapshot.period.label, t)).toBe(`đơn vị cấp xã thứ ${phuQuoc.place!.rank}/102 — Tổng điểm · UBND cấp xã · Năm 2026`);
    expect(rankText(phuQuoc.snapshot.unit, phuQuoc.snapshot.period.label, translator('en'))).toMatch(new RegExp(`^commune-level unit ${phuQuoc.place!.rank} of 102 — `));
    const faces = [digestText(digest), ...brief.standing, ...brief.changes.rows.flat(), rankText(phuQuoc.snapshot.unit, phuQuoc.snapshot.period.label, t)].join('\n');
    expect(faces).not.toMatch(/\d xã, phường|\d sở, ngành/);
  });

  it('`thidua watch --json` over the backup of 11/11–19/11 names them and gives the red of 18/11', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'lan-chup'));
    const upTo = captures.slice(0, AN_GIANG_STORY.findIndex((p) => p.day === '2026-11-19') + 1);
    const snapshots = upTo.flatMap((c) => c.snapshots.map((s) => ({ ...s, capturedAt: c.capturedAt })));
    await writeFile(join(dir, 'lan-chup', 'sao-luu.json'), JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-11-20T00:00:00.000Z', snapshots }));
    const run = await runInProcess(['watch', 'lan-chup', '--json'], dir);
    expect(run.code, run.stderr).toBe(0);
    type Level = { level: string; noFigure: string[]; units: { name: string; verdict: { states: string[]; lastFigure?: unknown } }[] };
    const doc = JSON.parse(run.stdout) as { digest: { levels: Level[] } };
    const agencies = doc.digest.levels.find((l) => l.level === 'provincial-agency')!;
    expect(agencies.noFigure.sort()).toEqual([AG.danToc.name, AG.thanhTra.name].sort());
    const thanhTra = agencies.units.find((u) => u.name === AG.thanhTra.name)!;
    expect(thanhTra.verdict).toEqual({ states: ['no-figure'], lastFigure: { day: '2026-11-18', value: 16, colour: 'red' } });
  }, 120_000);
});
