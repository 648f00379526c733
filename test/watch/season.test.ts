// A season of the watch, day by day without a browser: Phú Thọ's 90 data days (season-days.ts) saved into the
// extension's store as the popup saves them, each day's «Bản tin» read from the store as the extension reads it
// (digestReadingBack) and its brief, against a count by hand from the answers served that day — units, reds, yellows,
// greens, falls, slides; slides and falls in scores a morning did not capture said as not captured; the history's days,
// records and size after the season; and the history's export read by `thidua watch` printing what the extension shows.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief, changeCell } from '../../core/watch/brief.js';
import { planBrief } from '../../core/watch/plan-brief.js';
import { briefHtml } from '../../core/watch/brief-html.js';
import { addDays, shortDate } from '../../core/watch/data-day.js';
import { digestOf, digestReadingBack, newsLevels, redCounts, redOf, type buildDigest } from '../../core/watch/digest.js';
import type { UnitWatch } from '../../core/watch/units.js';
import { digestText } from '../../core/watch/digest-text.js';
import { readSavedCapture } from '../../core/watch/saved.js';
import { points, shortName } from '../../core/watch/words.js';
import { levelCounts, ownLine, provinceLine } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { MODEL_766 } from '../../core/indicators/model-766/index.js';
import { buildExport } from '../../extension/src/export/backup.js';
import { createStore } from '../../extension/src/storage/store.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { memoryArea } from '../extension/memory-area.js';
import { CAPTURED_DAYS, REFUSED_DAYS, RENAMED, seasonAsked, seasonSaves, WHOLE_TWICE, type SeasonSave } from './season-days.js';
import { captureOf, RANKING } from './six-lists-days.js';

const OWN = 'Xã Đoan Hùng';
const saves = seasonSaves();

// ---- Counted by hand from the answers served ----
const GROUP_OF: Readonly<Record<string, string>> = {
  transparency: 'CKMB',
  'dvc-progress-tree': 'TDGQ',
  'provide-online-tree': 'CLGQ',
  'formality-online-payment-tree': 'TTTT',
  'handling-satisfaction': 'MDHL',
  'dossier-digitized': 'MDSH',
};
type Row = { departmentName: string; departmentLevel?: string; level?: string; totalScore?: number; score?: number };
/** What a data day's answers say of each unit (by name, as the watch knows it): its level, its groups, its total. */
type Seen = Map<string, { commune: boolean; groups: Map<string, number>; total?: number }>;
function seenOf(day: string): Seen {
  const seen: Seen = new Map();
  // The day's saves in their order: a later answer of a list over an earlier (they agree within a data day).
  for (const s of saves.filter((x) => x.day === day)) {
    for (const a of s.asked) {
      if (a.body === undefined) continue;
      const data = (a.body as { data: { children?: Row[]; evaluation?: Row[] } }).data;
      for (const r of data.children ?? data.evaluation!) {
        const u = seen.get(r.departmentName) ?? { commune: (r.departmentLevel ?? r.level) === 'COMMUNE', groups: new Map<string, number>() };
        seen.set(r.departmentName, u);
        if (a.endpoint === RANKING) u.total = r.totalScore!;
        else u.groups.set(GROUP_OF[a.endpoint]!, a.endpoint === 'dvc-progress-tree' ? r.score! : r.totalScore!);
      }
    }
  }
  return seen;
}
const SEEN = new Map(CAPTURED_DAYS.map((d) => [d, seenOf(d)]));
/** The captured days of `day`'s month up to it: the period the page shows (a month's figures compare within it). */
const periodDays = (day: string) => CAPTURED_DAYS.filter((d) => d.slice(0, 7) === day.slice(0, 7) && d <= day);
const colour = (total: number) => (total < 50 ? 'red' : total < 70 ? 'yellow' : 'green');

interface Hand {
  units: number;
  red: number;
  yellow: number;
  green: number;
  fell: string[];
  slid: string[];
  /** Units whose run of falls the last capture saw lies in a score this day's capture lacks. */
  unseenSlides: string[];
}
/** A level's figures on `day`, by hand. */
function byHand(day: string, commune: boolean): Hand {
  const days = periodDays(day);
  const today = SEEN.get(day)!;
  const names = [...today].filter(([, u]) => u.commune === commune).map(([n]) => n);
  // A score's values over the captures of the period holding it, oldest first.
  const series = (name: string, score: string, upTo: readonly string[]) =>
    upTo.flatMap((d) => {
      const u = SEEN.get(d)!.get(name);
      const v = score === 'total' ? u?.total : u?.groups.get(score);
      return v === undefined ? [] : [v];
    });
  const slides = (values: readonly number[]) => values.length > 3 && values.slice(-4).every((v, i, a) => i === 0 || v < a[i - 1]!);
  const scores = ['total', ...Object.values(GROUP_OF)];
  const hand: Hand = { units: names.length, red: 0, yellow: 0, green: 0, fell: [], slid: [], unseenSlides: [] };
  for (const name of names) {
    const u = today.get(name)!;
    if (u.total !== undefined) hand[colour(u.total)]++;
    // The change since each group's last capture in the period, added up: what the day says fell.
    let moved = 0;
    for (const [g, v] of u.groups) {
      const before = series(name, g, days.slice(0, -1));
      if (before.length > 0) moved += v - before.at(-1)!;
    }
    const fell = moved <= -0.5 + 1e-9;
    if (fell) hand.fell.push(name);
    const held = scores.filter((s) => (s === 'total' ? u.total !== undefined : u.groups.has(s)));
    if (!fell && held.some((s) => slides(series(name, s, days)))) hand.slid.push(name);
    const missed = scores.filter((s) => !held.includes(s));
    if (missed.some((s) => slides(series(name, s, days.slice(0, -1))))) hand.unseenSlides.push(name);
  }
  return hand;
}

// ---- The store, as the popup fills it ----
async function storeOf(list: readonly SeasonSave[], area = memoryArea()) {
  const store = createStore(area);
  for (const s of list) await store.save(s.capture.snapshots);
  return { area, store };
}
type Store = Awaited<ReturnType<typeof storeOf>>['store'];
let season: Awaited<ReturnType<typeof storeOf>>;
beforeAll(async () => {
  season = await storeOf(saves);
}, 120_000);

/** The extension's «Bản tin» and brief of each day, as the history page reads them from the store (the first test). */
const shown = new Map<string, { text: string; brief: ReturnType<typeof buildBrief>; digest: ReturnType<typeof buildDigest> }>();

describe('a season of mornings (1/9–29/11/2026, 79 saves on 77 data days), day by day', () => {
  it('every day, «Bản tin» and the brief count the units, reds, yellows, greens, falls and slides the answers give, say a slide in a score not captured as not captured, and a day captured as captured', async () => {
    const { store } = season;
    const days = await store.days();
    expect(days).toEqual(CAPTURED_DAYS);
    // Each stored day read from the store once (the digests of 77 days read ~8 days each).
    const byDay = new Map(await Promise.all(days.map(async (d) => [d, (await store.captures([d])).captures] as const)));
    const wrong: string[] = [];
    for (const [i, day] of days.entries()) {
      const read = (await digestReadingBack(days.slice(0, i + 1), async (which) => which.flatMap((d) => byDay.get(d)!), { own: OWN }))!;
      const { digest, series } = read;
      const brief = buildBrief(digest, series);
      shown.set(day, { text: digestText(digest), brief, digest });
      const text = shown.get(day)!.text.split('\n');
      const whole = [...SEEN.get(day)!.values()].every((u) => u.total !== undefined);
      // A day captured is never said as one without a capture, a capture before the day never as none (other periods too).
      const weekBefore = addDays(day, -7);
      for (const said of [...text, ...brief.notes]) {
        if (CAPTURED_DAYS.includes(weekBefore) && said.startsWith(`Không có lần chụp ngày ${shortDate(weekBefore)}`)) wrong.push(`${day}: «${said}»`);
        if (i > 0 && said === 'Chưa có lần chụp nào trước để so sánh.') wrong.push(`${day}: «${said}»`);
      }
      if (CAPTURED_DAYS.includes(weekBefore) && brief.changes.rows.some((r) => r[3] === 'không có lần chụp')) wrong.push(`${day}: the brief’s «So với 7 ngày trước» «không có lần chụp»`);
      for (const l of newsLevels(digest)) {
        const hand = byHand(day, l.level === 'commune');
        const say = (what: string, got: unknown, want: unknown) => {
          if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${day} ${l.title} ${what}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        };
        const colourCount = (c: string) => l.units.filter((u) => u.verdict.colour === c).length;
        const redCount = redOf(l).length - l.redByGroups.length;
        // The brief's standing and the digest's heading, as the officer reads them.
        const standing = brief.standing.find((s) => s.startsWith(`${l.title}: `))!;
        const heading = text.find((t) => t.startsWith(`${l.title} (`))!;
        const n = (words: string, line: string) => Number(new RegExp(`${words} (\\d+)`).exec(line)?.[1] ?? 0);
        say('units', [l.units.length, n('', `${l.title}: ${l.units.length}`), Number(/\((\d+) đơn vị\)/.exec(heading)?.[1])], [hand.units, hand.units, hand.units]);
        say('brief đỏ/vàng/xanh', [n('— đỏ', standing), n('vàng', standing), n('xanh', standing)], [redCount, colourCount('yellow'), colourCount('green')]);
        say('digest reds', l.redByGroups.length + redCount, redOf(l).length);
        say('fell', [n('giảm từ 0,5 điểm', heading), l.fallers.length], [hand.fell.length, hand.fell.length]);
        say('slid', [n('giảm 3 lần liên tiếp trở lên', heading), l.sliders.length], [hand.slid.length, hand.slid.length]);
        say('fallers', l.fallers.map((u) => u.name).sort(), [...hand.fell].sort());
        say('sliders', l.sliders.map((u) => u.name).sort(), [...hand.slid].sort());
        if (whole) say('đỏ/vàng/xanh', [redCount, colourCount('yellow'), colourCount('green')], [hand.red, hand.yellow, hand.green]);
        // A run of falls in a score the day did not capture: said «chưa biết hôm nay», the score «không có trong lần chụp».
        say('unseen', l.unseen.map((u) => u.name).filter((x) => hand.unseenSlides.includes(x)).sort(), [...hand.unseenSlides].sort());
        if (hand.unseenSlides.length > 0 && !text.some((t) => t.startsWith('Chưa biết hôm nay') && t.includes('không có trong lần chụp'))) wrong.push(`${day} ${l.title}: slides not captured unsaid`);
        if (!whole && heading.includes('không đơn vị nào giảm') && !heading.includes('ở các nhóm đã chụp')) wrong.push(`${day} ${l.title}: «${heading}» on a morning of fewer lists`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe('falls past the threshold, every day', () => {
  it('every unit «Bản tin» says fell from 0,5 points is named by the brief: a row of its changes, else in the line under them (before: on 10/11 two of the ten, UBND xã Hy Cương at 50,17 and UBND xã Chí Tiên down 7,96 over four falls, were among «và 18 đơn vị khác có thay đổi»)', () => {
    const unnamed: string[] = [];
    for (const [day, { digest, brief }] of shown) {
      const rows = new Set(brief.changes.rows.map((r) => r[0]));
      const more = brief.changes.more ?? '';
      for (const u of digest.levels.flatMap((l) => l.fallers)) if (!rows.has(shortName(u.name)) && !more.includes(shortName(u.name))) unnamed.push(`${day}: ${shortName(u.name)}`);
    }
    expect(unnamed).toEqual([]);
    const more = shown.get('2026-11-10')!.brief.changes.more;
    expect(more).toBe('và 18 đơn vị khác có thay đổi, trong đó 2 đơn vị giảm từ 0,5 điểm: UBND xã Hy Cương, UBND xã Chí Tiên');
  });

  it('the brief’s sheet (.xlsx, and the PDF printed from it), cut to one A4 page, still names every red unit and every fall past the threshold: the rows it cuts named under their table', () => {
    const unnamed: string[] = [];
    for (const [day, { digest, brief }] of shown) {
      const sheet = planBrief(brief).blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string').join(' ').replace(/\s+/g, ' ');
      const red = newsLevels(digest).flatMap(redOf);
      const fallers = digest.levels.flatMap((l) => l.fallers);
      // A unit red by its groups alone may be named under its level and kind: «UBND cấp xã — … xã Hy Cương, Xuân Lũng».
      const named = (u: (typeof red)[number]) => sheet.includes(shortName(u.name)) || (red.includes(u) && sheet.includes(shortName(u.name).replace(/^UBND (xã|phường) /i, '')));
      for (const u of [...red, ...fallers]) if (!named(u)) unnamed.push(`${day}: ${shortName(u.name)}`);
    }
    expect(unnamed).toEqual([]);
  });

  it('every day, the brief’s sheet says in its red list what «Bản tin» says of the reds since the day before: by level, the units that entered red and that left it, and on a morning of the short list (the portal refused lists) each red unit’s change as the full table’s «So với hôm trước» says it (before: on 15/9 and 17/11 «ra khỏi vùng đỏ 1» said nowhere on the brief; on 14/10 and 18/11 the short list named ~160 units and not one change — «Công khai, minh bạch tăng 7,96» of Sở Tư pháp on 18/11)', () => {
    const unsaid: string[] = [];
    const short: string[] = [];
    for (const [day, { digest, brief }] of shown) {
      const rows = planBrief(brief).blocks[0]!.values;
      const at = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('3. Danh sách đỏ'));
      const end = rows.findIndex((r, i) => i > at && r.every((v) => v === null));
      const section = rows.slice(at, end).flat().filter((v): v is string => typeof v === 'string').join(' ').replace(/\s+/g, ' ');
      // A commune may be named under its level and kind: «các xã Hy Cương, Xuân Lũng».
      const namedIn = (text: string, u: UnitWatch) => text.includes(shortName(u.name)) || text.includes(shortName(u.name).replace(/^UBND (xã|phường) /i, ''));
      const named = (u: UnitWatch) => namedIn(section, u);
      for (const l of newsLevels(digest)) {
        for (const c of redCounts(l).filter((c) => c.kind === 'into-red' || c.kind === 'left-red')) {
          if (!section.includes(`${l.title} — ${c.words} ${c.units.length}: `)) unsaid.push(`${day} ${l.title}: «${c.words} ${c.units.length}»`);
          unsaid.push(...c.units.filter((u) => !named(u)).map((u) => `${day}: ${shortName(u.name)} (${c.words})`));
        }
      }
      if (!section.includes('— đỏ theo nhóm (không có tổng điểm hôm nay) ')) continue;
      short.push(day);
      // The page (.html, never cut) says them too: its whole table's rows, then the units it names without a row.
      const html = briefHtml(brief);
      for (const u of newsLevels(digest).flatMap(redOf)) {
        const since = changeCell(u, 'day', digest);
        if (since && !(named(u) && section.includes(since))) unsaid.push(`${day}: ${shortName(u.name)} «${since}»`);
        if (since && !(namedIn(html, u) && html.includes(escapeHtml(since)))) unsaid.push(`${day} .html: ${shortName(u.name)} «${since}»`);
      }
    }
    expect(short).toEqual(expect.arrayContaining([...REFUSED_DAYS]));
    expect(unsaid).toEqual([]);
  });

  it('the line under a table the sheet cut names the rows cut first, so no «và … khác» stands with nothing before it (before: with the changes table cut to no row, «và 18 đơn vị khác có thay đổi, …; không đủ chỗ trên một trang cho 8 dòng: …» under its heading)', () => {
    const wrong: string[] = [];
    const states = { none: 0, some: 0, red: 0, drags: 0 };
    for (const [day, { brief }] of shown) {
      const rows = planBrief(brief).blocks[0]!;
      for (const heading of ['2. Thay đổi', '3. Danh sách đỏ']) {
        const at = rows.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(heading));
        // The table ends at the blank row after it; the line under it is its rows in italics.
        const end = rows.values.findIndex((r, i) => i > at && r.every((v) => v === null));
        const part = rows.values.slice(at + 1, end);
        const italic = (i: number) => rows.cellFormats![at + 1 + i]![0]?.italic === true;
        const line = part.filter((_, i) => italic(i)).map((r) => String(r[0]).trim()).join(' ');
        const printed = part.filter((_, i) => !italic(i)).length;
        if (!line.includes('không đủ chỗ') && !line.includes('Không đủ chỗ')) continue;
        if (heading.startsWith('3')) states.red++;
        else if (printed === 0) states.none++;
        else states.some++;
        if (!line.startsWith('Không đủ chỗ trên một trang cho ')) wrong.push(`${day} ${heading} (${printed === 0 ? 'no row' : `${printed - 1} rows`}): «${line}»`);
      }
      if (rows.values.some((r) => typeof r[0] === 'string' && r[0].includes('Không đủ chỗ trên một trang cho điều kéo điểm xuống'))) states.drags++;
    }
    console.log(`cut states over the season: ${JSON.stringify(states)}`);
    expect(states.none).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('where the sheet has no room for what drags a unit down, it sends the reader where that is said (before: «(xem bản tin)», and «Bản tin» says no unit’s drags — 10/9: Văn phòng UBND Tỉnh, Thanh tra tỉnh, Sở Ngoại vụ)', () => {
    const unsaid: string[] = [];
    let cut = 0;
    for (const [day, { text, brief }] of shown) {
      const note = planBrief(brief).blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string').join(' ').replace(/\s+/g, ' ').match(/Không đủ chỗ trên một trang cho điều kéo điểm xuống của: .*?\)\./)?.[0];
      if (!note) continue;
      cut++;
      // The face the note names, as the officer opens it: «Bản tin» (its text), or the brief as a page (.html).
      const face = note.includes('(xem bản tin)') ? text : note.includes('.html') ? briefHtml(brief) : '';
      for (const d of brief.drags.filter((d) => note.includes(d.unit.split(' — ')[0]!))) {
        if (!face.includes(escapeHtml(d.lines[0]!.split('\n')[0]!))) unsaid.push(`${day}: ${d.unit}`);
      }
    }
    expect(cut).toBeGreaterThan(0);
    expect(unsaid).toEqual([]);
  });
});

/** As the page brief writes text (brief-html.ts). */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the province, every day', () => {
  it('«Bản tin», the brief and the popup say the province’s line alike: the brief its whole line, the popup every part of it in the same words (before: beside a total the popup and the brief said «Số hóa hồ sơ»: đỏ where «Bản tin» said «Số hóa hồ sơ đỏ», the brief no week, on a day of fewer lists «chưa đủ nhóm» for the groups and scores «Bản tin» names)', () => {
    const t = translator('vi');
    const wrong: string[] = [];
    let withTotal = 0;
    let without = 0;
    for (const day of CAPTURED_DAYS) {
      const { text, brief, digest } = shown.get(day)!;
      const name = shortName(digest.province!.name);
      const news = text.split('\n').find((l) => l.startsWith(`Tỉnh — ${name}: `))!.slice('Tỉnh — '.length);
      const briefLine = brief.standing.find((l) => l.startsWith(`${name}: `));
      if (briefLine !== `${news}.`) wrong.push(`${day} brief: «${briefLine}» ≠ «${news}.»`);
      const popup = provinceLine(digest, t)!.slice(`${name}: `.length).split('; ');
      const missing = news.slice(`${name}: `.length).split('; ').filter((p) => !popup.includes(p));
      if (missing.length > 0) wrong.push(`${day} popup lacks ${JSON.stringify(missing)}: «${popup.join('; ')}»`);
      if (digest.province!.headline?.measure.code === 'TONG_SCORE') withTotal++;
      else without++;
    }
    // Mornings with the province's total and without (two lists opened, or the ranking refused).
    expect([withTotal > 60, without]).toEqual([true, 9]);
    expect(wrong).toEqual([]);
  });

  it('so the officer’s own unit: the brief says «Bản tin»’s line (before: «chưa đủ nhóm; các nhóm giảm 0,1 so với hôm trước» for the groups and scores «Bản tin» names, ««Số hóa hồ sơ»: đỏ» for «Số hóa hồ sơ đỏ», no week)', () => {
    const wrong: string[] = [];
    for (const day of CAPTURED_DAYS) {
      const { text, brief } = shown.get(day)!;
      const news = text.split('\n').find((l) => l.startsWith('Đơn vị của tôi — '))!.slice('Đơn vị của tôi — '.length);
      const briefLine = brief.standing.find((l) => l.startsWith('Đơn vị của tôi: '));
      if (briefLine !== `Đơn vị của tôi: ${news}.`) wrong.push(`${day} brief: «${briefLine}» ≠ «Đơn vị của tôi: ${news}.»`);
    }
    expect(wrong).toEqual([]);
  });

  it('the popup says «Bản tin»’s line of the officer’s unit, every day (before: «Đơn vị của tôi: vàng; «Số hóa hồ sơ»: đỏ» where «Bản tin» gave its place, total, changes since the day before and 7 days before, runs of falls and groups; and a run of falls its total had, not captured today, as «Bản tin» lists it among the units not known today)', () => {
    const t = translator('vi');
    const wrong: string[] = [];
    const unseenDays: string[] = [];
    for (const day of CAPTURED_DAYS) {
      const { text, digest } = shown.get(day)!;
      const news = text.split('\n').find((l) => l.startsWith('Đơn vị của tôi — '))!.slice('Đơn vị của tôi — '.length);
      const popup = ownLine(digest, t)!;
      if (!popup.startsWith(`Đơn vị của tôi: ${news}`)) wrong.push(`${day} popup: «${popup}» ≠ «Đơn vị của tôi: ${news}»`);
      // After it, what «Bản tin» lists of the unit among those not known today (a run of falls in its total, not captured).
      const rest = popup.slice(`Đơn vị của tôi: ${news}`.length);
      const unseen = text.split('\n').find((l) => l.startsWith('Chưa biết hôm nay (') && l.includes(`${shortName(digest.own!.name)} `));
      if (rest !== '' && !unseen?.includes(rest.slice('; '.length))) wrong.push(`${day} popup: «${rest}» not in «Bản tin»’s «${unseen}»`);
      if ((rest !== '') !== (digest.own!.verdict.unseen !== undefined)) wrong.push(`${day} popup: «${popup}», not known today ${JSON.stringify(digest.own!.verdict.unseen)}`);
      if (rest !== '') unseenDays.push(day);
    }
    expect(unseenDays).toEqual(['2026-10-12', '2026-11-14', '2026-11-25']);
    expect(wrong).toEqual([]);
  });
});

describe('each level’s counts, every day', () => {
  it('the popup counts each level’s falls, slides, units not known today, reds and rises as «Bản tin»’s heading counts them, in the same words (before: «giảm mạnh 15, giảm liên tiếp 16» beside «giảm từ 0,5 điểm 15, giảm 3 lần liên tiếp trở lên 16»)', () => {
    const t = translator('vi');
    const wrong: string[] = [];
    for (const day of CAPTURED_DAYS) {
      const { text, digest } = shown.get(day)!;
      for (const [j, popup] of levelCounts(digest, t).entries()) {
        const l = newsLevels(digest)[j]!;
        const heading = text.split('\n').find((x) => x.startsWith(`${l.title} (`))!;
        // The heading's counts (none when calm), and the popup's without its note of units coloured by the groups captured.
        const news = /^[^—]* — (.*):$/.exec(heading)?.[1]?.split(', ') ?? [];
        const counts = popup.counts.map((c) => `${c.words} ${c.count}`);
        // Units new to the comparison: the popup counts them, «Bản tin» names them in its note.
        const missing = news.filter((c) => !counts.includes(c));
        const more = counts.filter((c) => !news.includes(c) && !c.startsWith(`${t('verdict.state.new')} `));
        if (missing.length + more.length > 0) wrong.push(`${day} ${l.title}: «Bản tin» «${news.join(', ')}», popup «${counts.join(', ')}»`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the officer’s own unit, every day', () => {
  it('«Bản tin» and the brief’s «Đơn vị của tôi» say each run of falls the answers give, alike (before: the brief said none, «Bản tin» the total’s and «Tiến độ giải quyết»’s)', () => {
    const own = [...SEEN.get(CAPTURED_DAYS[0]!)!.keys()].find((n) => n.includes('Đoan Hùng'))!;
    const label = new Map(MODEL_766.map((g) => [g.code as string, g.label]));
    const MAX_OF = new Map(MODEL_766.map((g) => [g.code as string, points(g.max)]));
    const wrong: string[] = [];
    let runs = 0;
    for (const day of CAPTURED_DAYS) {
      const today = SEEN.get(day)!.get(own)!;
      // By hand: each score captured today whose values over the period's captures holding it end in 3 falls or more.
      const said = ['total', ...today.groups.keys()].flatMap((score) => {
        if (score === 'total' && today.total === undefined) return [];
        const values = periodDays(day).flatMap((d) => {
          const u = SEEN.get(d)!.get(own);
          const v = score === 'total' ? u?.total : u?.groups.get(score);
          return v === undefined ? [] : [v];
        });
        let falls = 0;
        while (falls + 1 < values.length && values.at(-1 - falls)! < values.at(-2 - falls)!) falls++;
        if (falls < 3) return [];
        const run = `giảm ${falls} lần liên tiếp, tổng −${points(values.at(-1 - falls)! - values.at(-1)!)} điểm`;
        // A group's after its name, and its score when the unit has no total that day.
        return [score === 'total' ? `; ${run} (` : `; ${label.get(score)} ${today.total === undefined ? `${points(values.at(-1)!)}/${MAX_OF.get(score)}, ` : ''}${run}`];
      });
      runs += said.length;
      const { text, brief } = shown.get(day)!;
      const lines = { 'Bản tin': text.split('\n').find((t) => t.startsWith('Đơn vị của tôi — '))!, brief: brief.standing.find((t) => t.startsWith('Đơn vị của tôi: '))! };
      for (const [face, line] of Object.entries(lines)) {
        const missing = said.filter((r) => !line.includes(r));
        if (missing.length > 0 || (line.match(/lần liên tiếp/g)?.length ?? 0) !== said.length) wrong.push(`${day} ${face}: «${line}» — by hand ${JSON.stringify(said)}`);
      }
    }
    expect(runs).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});

/** The history page's «Xuất JSON» of the days up to `day`, read as `thidua watch` reads a saved file. */
async function exportedDay(store: Store, day: string) {
  const { snapshots } = await store.snapshots((await store.days()).filter((d) => d <= day));
  const read = readSavedCapture(JSON.parse(JSON.stringify(buildExport(snapshots, '2026-12-01T08:00:00.000Z'))), 'chi-so.json', '2026-12-01T08:00:00.000Z');
  if (!read.ok) throw new Error(read.message);
  return digestText(digestOf(read.captures, { own: OWN })!);
}

describe('a month’s first week: the captures of the month before are another period’s, never days without a capture', () => {
  const FIRST_WEEKS = CAPTURED_DAYS.filter((d) => d >= '2026-10-01' && Number(d.slice(8)) <= 7);
  const read = shown;

  it('says the day a week before captured in the month before as another period’s (before: «Không có lần chụp ngày 24/9/2026»), in «Bản tin», the brief’s notes and its column', () => {
    for (const day of FIRST_WEEKS) {
      const weekBefore = addDays(day, -7);
      const { text, brief } = read.get(day)!;
      const before = `Tháng ${Number(weekBefore.slice(5, 7))}/2026`;
      if (!CAPTURED_DAYS.includes(weekBefore) || weekBefore.slice(0, 7) === day.slice(0, 7)) continue;
      const said = `Lần chụp ngày ${shortDate(weekBefore)} là số liệu ${before} (kỳ khác, không so sánh): chưa so sánh được với 7 ngày trước.`;
      expect(text.split('\n'), day).toContain(said);
      expect(brief.notes, day).toContain(said);
      expect(text, day).not.toContain(`Không có lần chụp ngày ${shortDate(weekBefore)}`);
      expect(brief.changes.rows.map((r) => r[3]), day).not.toContain('không có lần chụp');
    }
  });

  it('on the month’s first capture names the capture before it and its period (before: «Chưa có lần chụp nào trước để so sánh.»), and the brief says the other periods as «Bản tin» does', () => {
    const said = [
      ['2026-10-01', 'Chưa có lần chụp nào trước của Tháng 10/2026 để so sánh: lần chụp trước (30/9/2026) là số liệu Tháng 9/2026, kỳ khác, không so sánh.', 'Chỉ so sánh Tháng 10/2026; trong 7 ngày qua cũng có lần chụp kỳ khác (không so sánh): Tháng 9/2026.'],
      ['2026-11-02', 'Chưa có lần chụp nào trước của Tháng 11/2026 để so sánh: lần chụp trước (31/10/2026) là số liệu Tháng 10/2026, kỳ khác, không so sánh.', 'Chỉ so sánh Tháng 11/2026; trong 7 ngày qua cũng có lần chụp kỳ khác (không so sánh): Tháng 10/2026.'],
    ] as const;
    for (const [day, none, others] of said) {
      const { text, brief } = read.get(day)!;
      expect(text.split('\n'), day).toContain(none);
      expect(brief.notes, day).toContain(none);
      expect(text, day).not.toContain('Chưa có lần chụp nào trước để so sánh.');
      expect(text.split('\n'), day).toContain(others);
      expect(brief.notes, day).toContain(others);
    }
  });

  it('on the month’s first capture, the brief’s «So với hôm trước» cells say the capture before is another period’s, as its notes do — never «không có lần chụp» (before: every red unit’s cell on 1/10 and 2/11, with 30/9 and 31/10 captured)', () => {
    for (const [day, cell] of [['2026-10-01', 'kỳ khác (lần chụp 30/9/2026)'], ['2026-11-02', 'kỳ khác (lần chụp 31/10/2026)']] as const) {
      const { brief } = read.get(day)!;
      const cells = [...brief.red.rows.map((r) => r[3]), ...brief.changes.rows.map((r) => r[2])];
      expect(brief.red.rows.length, day).toBeGreaterThan(0);
      expect(cells, day).not.toContain('không có lần chụp');
      expect(new Set(brief.red.rows.map((r) => r[3])), day).toEqual(new Set([cell]));
    }
  });

  it('tells a run of falls from the month’s first capture as whole, not «kéo dài đến lần chụp đầu tiên đọc được … có thể dài hơn» with September stored', () => {
    // 5/10: the units sliding since 1/10 (0; −0,1; −0,2; −0,3 a day in «Tiến độ giải quyết»).
    const { text, brief } = read.get('2026-10-05')!;
    expect(text).toContain('UBND xã Cao Sơn «Tiến độ giải quyết» giảm 3 lần liên tiếp, tổng −0,4 điểm');
    expect(text).not.toContain('lần chụp đầu tiên đọc được');
    expect(brief.notes.join('\n')).not.toContain('lần chụp đầu tiên đọc được');
  });

  it('`thidua watch` over the history’s export of the days up to a day says what the extension’s «Bản tin» says (before, on 1/10: «Ngày 24/9/2026 ở trước lần chụp đầu tiên đọc được (1/10/2026)» against «Không có lần chụp ngày 24/9/2026»)', async () => {
    for (const day of ['2026-10-01', '2026-10-05']) expect(await exportedDay(season.store, day), day).toBe(read.get(day)!.text);
  }, 60_000);

  it('so on a morning the portal refused two lists (14/10), a morning of two lists (12/10) and the day a unit was renamed (20/10): the same reds, falls, slides, what was not captured and the new name', async () => {
    for (const day of [REFUSED_DAYS[0]!, '2026-10-12', RENAMED.on]) {
      const text = read.get(day)!.text;
      expect(await exportedDay(season.store, day), day).toBe(text);
      if (day === REFUSED_DAYS[0]) expect(text, day).toMatch(/Mức độ hài lòng/);
      if (day === RENAMED.on) expect(text, day).toContain(RENAMED.to.replace(/ - Tỉnh Phú Thọ$/, ''));
    }
  }, 60_000);
});

describe('the history after the season', () => {
  it('holds every captured day and record, past chrome.storage.local’s 10 MB; `thidua watch` over its «Xuất JSON» prints the last day’s «Bản tin» (before: September and October named as other periods by the command alone, the extension reading a week); near a full disk the next morning is refused whole, nothing lost', async () => {
    const { area, store } = season;
    const overview = await store.overview();
    expect(overview.days).toEqual(CAPTURED_DAYS);
    expect(overview.unreadable).toBe(0);
    // By hand: each save's units (those its answers name, and the province), the same figures saved again (4/11 at
    // 15:00) stored once.
    const unitsIn = (s: SeasonSave) => new Set(s.asked.flatMap((a) => (a.body === undefined ? [] : ((a.body as { data: { children?: Row[]; evaluation?: Row[] } }).data.children ?? (a.body as { data: { evaluation: Row[] } }).data.evaluation).map((r) => r.departmentName)))).size + 1;
    const stored = saves.filter((s, i) => !(s.day === WHOLE_TWICE && saves[i - 1]?.day === WHOLE_TWICE));
    const records = stored.reduce((n, s) => n + unitsIn(s), 0);
    const { snapshots } = await store.snapshots();
    expect(snapshots).toHaveLength(records);
    // What the history page says the days take, and what Chrome counts of the whole area (each key and its value's JSON, in UTF-8).
    const chrome = await area.bytesInUse([...area.raw.keys()]);
    expect(overview.bytes).toBe(await area.bytesInUse(CAPTURED_DAYS.map((d) => `day:${d}`)));
    console.log(`season: ${CAPTURED_DAYS.length} days, ${records} records, shown ${overview.bytes} B, chrome.storage.local ${chrome} B`);
    // Past chrome.storage.local's 10 MB: the extension asks `unlimitedStorage` (its manifest), so the quota does not bind.
    expect(chrome).toBeGreaterThan(10 * 1024 * 1024);
    expect(readFileSync('extension/manifest.config.ts', 'utf8')).toMatch(/permissions: \[[^\]]*'unlimitedStorage'/);

    const dir = await tempDir();
    await mkdir(join(dir, 'xuat'));
    await writeFile(join(dir, 'xuat', 'chi-so.json'), JSON.stringify(buildExport(snapshots, '2026-11-30T08:00:00.000Z')));
    const run = await runOk(['watch', 'xuat', '--unit', OWN], dir);
    expect(run.stdout.trimEnd()).toBe(shown.get(CAPTURED_DAYS.at(-1)!)!.text);

    // Near a full disk (Chrome's quota error): the next morning refused whole, said as full, nothing stored lost.
    const full = memoryArea({ quotaBytes: chrome + 50_000 });
    for (const [k, v] of area.raw) full.raw.set(k, v);
    const nearly = createStore(full);
    const error = await nearly.save(captureOf('2026-11-30', seasonAsked('2026-11-30')).snapshots).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', kind: 'quota' });
    expect(await nearly.overview()).toEqual(overview);
  }, 120_000);
});
