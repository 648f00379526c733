// A year in the task pane on Thanh Hóa's framework for rating its commune People's Councils, Phụ lục II (corpus
// hdnd-thanh-hoa-cap-xa, as LibreOffice writes the .xlsx: «STT | Nội dung tiêu chí, cách chấm điểm | Điểm tối đa | Điểm
// tự chấm | Điểm thẩm định», groups I–VII «CỘNG 07 NHÓM TIÊU CHÍ» 100 numbered 1, 2 … with parts a, b, c under them, a
// bonus group VIII «tối đa 10 điểm», a deduction group IX «tối đa trừ 20 điểm» written negative with the table's
// sanctions, levels in the parts' words, figures with a decimal comma written as text). The officer opens the table in
// Excel, takes it as the workbook's criteria in the pane and confirms what it shows, makes five councils' report sheets
// and takes back five filled by openpyxl (one saved again by LibreOffice): full marks with two bonuses; a council
// disciplined (IX.7, «không xếp loại từ mức Tốt trở lên») with two late reports; levels between and a figure no level
// gives; 9 on V.1 of 6 with a bonus and IX.9 «kê khai không trung thực» (its sanction partly the council's); one
// part left blank. The pane scores, the council decides on «Rà soát» (renamed «Rà soát HĐ»), the list is posted, the
// council votes on «Biểu quyết» (a tie, a meeting short of half its members), the pane closes and makes the papers,
// one printed by LibreOffice. Each council's total is counted here from the table's own cells; every number the pane
// shows or writes is held to that count and to the command line on the same files (`thidua criteria import`, `score
// --json`, `papers --posting-list`, `close`, `papers`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortfalls } from '../../core/ranking/what-it-takes.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { reconciliationLines } from '../../core/criteria/sheet/reconcile.js';
import { formatDateVi, formatPoints, officerDay } from '../../core/values.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { type ScoreActionResult } from '../../excel-addin/actions/score.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { fillAllByOpenpyxl } from '../helpers/fill-by-openpyxl.js';
import { closedOnBoth, corpusTableInExcel, decideOnBoth, movedIn, notesAsPane, paneTemplates, paperWords, postedOnBoth, printedProposal, roundTrips, takenAndConfirmed, walkFaces, voteOnBoth, type TableRow } from './pane-walk.js';

const NOW = new Date();
const TODAY = officerDay(NOW);
/** A day `days` from today as typed in Excel, dd/mm/yyyy. */
const typedDay = (days: number) => formatDateVi(officerDay(new Date(NOW.getTime() + days * 86_400_000)));

/**
 * The five councils (their files in the alphabet's order, their sheets in the order they came back: the command line
 * reads the one, the pane the other), and what each types in «Điểm tự chấm» beyond every item of groups I–VII at its
 * maximum (null: left blank; bonus and deduction rows blank but for what is written here).
 */
const UNITS = [
  // VIII.1 a model the province spreads (4), VIII.3 a solution still piloted («đang thí điểm: 1,0đ»).
  ['dong-son', 'HĐND xã Đông Sơn', { 'VIII.1': 4, 'VIII.3': 1 }],
  // Saved again by LibreOffice: its chair disciplined, IX.7 typed as the table writes it, −10; two late reports, IX.3 2.
  ['hoang-hoa', 'HĐND xã Hoằng Hóa', { 'IX.7': -10, 'IX.3': 2 }],
  // Levels between: I.3.a «1,5» as text («có 01 nghị quyết»), III.1.a 1,5; II.1.b 3, which no level gives (4 / 2 / 0);
  // II.3 5 (85 % × 6 = 5,1, to 0,25: 5); III.3.a 1 (one session short); VIII.2 1 (praised at the province's meeting).
  ['quang-xuong', 'HĐND xã Quảng Xương', { 'I.3.a': '1,5', 'III.1.a': 1.5, 'II.1.b': 3, 'II.3': 5, 'III.3.a': 1, 'VIII.2': 1 }],
  // V.1 9 of 6 (three models, «tối đa 6,0đ»); VIII.4 2; IX.9 5, an inspection's finding of a false declaration.
  ['tho-xuan', 'HĐND xã Thọ Xuân', { 'V.1': 9, 'VIII.4': 2, 'IX.9': 5 }],
  // VI.2.a left blank; IV.2 3 («cho 02 nội dung»).
  ['nga-son', 'HĐND xã Nga Sơn', { 'VI.2.a': null, 'IV.2': 3 }],
] as const;
type Typed = Record<string, number | string | null>;
const typedOf = (name: string): Typed => UNITS.find(([, n]) => n === name)![2];

let dir: string;
let rows: TableRow[];
let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
let imported: CriteriaSet;
let importLines: string[];
let shownAtConfirm: { lines: string[]; confirmed: boolean };
const { syncs, step } = roundTrips(() => fake);
const summaryFile = () => join(dir, 'ket-qua', 'tong-hop.xlsx');
const { compare, cliScore, paneScore, sheet, firstScored } = walkFaces(() => ({ dir, fake, set }), NOW, step);

let first: ScoreActionResult;
let firstJson: ScoreRunOutput;

/** The table's rows as openpyxl reads them, each with the code its place gives (I.1.a: group I, item 1, part a). */
type Row = TableRow & { item: string };
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX)$/;
function coded(all: readonly TableRow[]): Row[] {
  let group = '';
  let item = '';
  return all.map((r) => {
    if (ROMAN.test(r.code)) [group, item] = [r.code, ''];
    else if (/^\d+$/.test(r.code)) item = `${group}.${r.code}`;
    return { ...r, item: ROMAN.test(r.code) ? group : /^\d+$/.test(r.code) ? item : /^[a-z]$/.test(r.code) ? `${item}.${r.code}` : '' };
  });
}
/** What is scored: each part, and each numbered item with no parts (II.3, IV.2, V.1, VII.1, VII.2 and VIII.*, IX.*). */
const items = () => {
  const all = coded(rows);
  return all.filter((r, i) => /\./.test(r.item) && !(/^\d+$/.test(r.code) && /^[a-z]$/.test(all[i + 1]?.code ?? '')));
};
const groupOf = (r: Row) => r.item.split('.')[0]!;
const sum = (xs: readonly number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 100) / 100;
/** A self-score as typed, read as the table's comma numbers read: «1,5» is 1.5; blank is 0. */
const figure = (v: number | string | null | undefined) => (v === null || v === undefined ? 0 : typeof v === 'number' ? v : Number(v.replace(',', '.')));
/**
 * The levels a row of groups I–VII lists: its words cut at «;» into two or more pieces, each ending «…: n,nđ» (a
 * remark in brackets after it, a full stop), no two alike, the highest its «Điểm tối đa» (I.3.a «…: 4,0đ; có 01 nghị
 * quyết: 1,5đ; từ 02 trở lên: 0đ (đồng thời …).»); not a piece that goes on after its points («: 0đ và bị trừ điểm …»).
 */
const levels = (r: Row) => {
  const pieces = r.words.split(';').map((w) => /:\s*(\d+(?:,\d+)?)đ\s*(?:\([^)]*\))?\.?$/.exec(w.trim())?.[1]);
  const found = pieces.map((p) => Number(p?.replace(',', '.')));
  const levelled = !/^VIII|^IX/.test(r.item) && pieces.length > 1 && pieces.every((p) => p !== undefined) && new Set(found).size === found.length && Math.max(...found) === r.points;
  return levelled ? found : undefined;
};

/**
 * A council's total counted by hand from the table's cells: groups I–VII each row at what was typed — a part of levels
 * at the highest level not above it, any other within 0 … its «Điểm tối đa» (C), blank 0 — and `rejected` rows at 0
 * (the council's «Bác số liệu»: the set's «withdraw_points»); the bonus rows of VIII added, together at most the 10 its
 * heading writes (C71); the deduction rows of IX taken by their size, each at most what it writes (C77:C85), together
 * at most 20 (C76).
 */
function handCount(name: string, rejected: readonly string[] = []): { base: number; bonus: number; deduction: number; total: number } {
  const typed = typedOf(name);
  const got = (r: Row) => (rejected.includes(r.item) ? 0 : r.item in typed ? figure(typed[r.item]) : /^VIII|^IX/.test(r.item) ? 0 : r.points);
  const scored = (r: Row) => {
    const l = levels(r);
    return l ? Math.max(...l.filter((p) => p <= got(r))) : Math.min(r.points, Math.max(0, got(r)));
  };
  const base = sum(items().filter((r) => !/^VIII|^IX/.test(groupOf(r))).map(scored));
  const bonus = Math.min(10, sum(items().filter((r) => groupOf(r) === 'VIII').map(scored)));
  const deduction = Math.min(20, sum(items().filter((r) => groupOf(r) === 'IX').map((r) => Math.min(Math.abs(r.points), Math.abs(got(r))))));
  return { base, bonus, deduction, total: sum([base, bonus, -deduction]) };
}

/**
 * The band as the table's rows say it: the default bands (the import says the table has none: Xuất sắc ≥ 90 %, Tốt ≥
 * 80 %, Đạt ≥ 60 %), then the sanctions of the deductions taken, in the words of IX.7 (B83: «Không xếp loại từ mức Tốt
 * trở lên») and IX.9 (B85: «… hạ 01 mức xếp loại»).
 */
const BANDS = ['Xuất sắc', 'Tốt', 'Đạt', 'Chưa đạt'];
function bandOf(name: string, rejected: readonly string[] = []): string {
  const { total } = handCount(name, rejected);
  let band = total >= 90 ? 0 : total >= 80 ? 1 : total >= 60 ? 2 : 3;
  const taken = (code: string) => !rejected.includes(code) && figure(typedOf(name)[code]) !== 0;
  if (taken('IX.7')) band = Math.max(band, 2);
  if (taken('IX.9')) band = Math.min(3, band + 1);
  return BANDS[band]!;
}

beforeAll(async () => {
  dir = await tempDir();
  const table = await corpusTableInExcel('hdnd-thanh-hoa-cap-xa', dir);
  ({ fake, rows, imported } = table);
  importLines = `${table.importRun.stdout}\n${table.importRun.stderr}`.split('\n').map((l) => l.trim());
  const taken = await takenAndConfirmed(step);
  set = taken.set;
  // What the «Tiêu chí» tab showed above the tree before the officer confirmed (UnderstoodTree's Figures).
  shownAtConfirm = { lines: reconciliationLines(taken.loaded.reconciliation!), confirmed: taken.loaded.confirmed };
  await paneTemplates(step, set, UNITS, 'co-quan', dir);
  const full = Object.fromEntries(items().filter((r) => !/^VIII|^IX/.test(r.item)).map((r) => [r.item, r.points]));
  const fills = UNITS.map(([file, , typed]) => [join(dir, `mau-${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), Object.fromEntries(Object.entries({ ...full, ...typed }).filter((e): e is [string, number | string] => e[1] !== null))] as const);
  fillAllByOpenpyxl(fills, '2025-12-10');
  await movedIn(fake, UNITS.map(([file]) => join(dir, 'bao-cao', `${file}.xlsx`)), join(dir, 'bao-cao', 'hoang-hoa.xlsx'));
  ({ pane: first, cli: firstJson } = await firstScored());
}, 120_000);
afterAll(() => fake?.uninstall());

type Card = { unitName: string; base: number; bonus: number; deduction: number; total: number; applicableMax: number; percent: number; classification?: { label: string } | null; flags: readonly { cell?: string; code: string }[] };
const shown = (cards: readonly Card[]) => UNITS.map(([, name]) => cards.find((c) => c.unitName === name)!).map((c) => [c.unitName, c.base, c.bonus, c.deduction, c.total, c.applicableMax, c.percent, c.classification?.label]);
const flags = (cards: readonly Card[]) => UNITS.flatMap(([, name]) => cards.find((c) => c.unitName === name)!.flags.map((f) => [name, f.cell, f.code]));

describe('Thanh Hóa’s commune council framework through the year in the task pane, against the hand count and the command line', () => {
  it('takes the table as it states it: seven groups adding to «CỘNG 07 NHÓM TIÊU CHÍ» 100, a bonus of 10, deductions of 20 with their sanctions, 56 items', () => {
    const all = coded(rows);
    // The table's own figures: each group's «Điểm tối đa» (C3 … C67), the total row (C70), the bonus and deduction heads (C71, C76).
    expect(all.filter((r) => ROMAN.test(r.code)).map((r) => [`C${r.row}`, r.code, r.points])).toEqual([
      ['C3', 'I', 20], ['C17', 'II', 20], ['C28', 'III', 20], ['C43', 'IV', 15], ['C51', 'V', 10], ['C56', 'VI', 10], ['C67', 'VII', 5], ['C71', 'VIII', 10], ['C76', 'IX', -20],
    ]);
    expect(rows.find((r) => r.words === 'CỘNG 07 NHÓM TIÊU CHÍ')).toMatchObject({ row: 70, points: 100 });
    // 73 point cells under the heads (60 in I–VII, 4 bonus, 9 deductions): the parts add to their item, the items to their group.
    const pointed = all.filter((r) => /\./.test(r.item));
    expect(pointed).toHaveLength(73);
    for (const item of pointed.filter((r) => /^\d+$/.test(r.code) && !/^VIII|^IX/.test(r.item))) {
      const parts = pointed.filter((r) => r.item.startsWith(`${item.item}.`));
      if (parts.length > 0) expect(sum(parts.map((r) => r.points)), item.item).toBe(item.points);
    }
    const groups = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
    expect(groups.map((g) => sum(items().filter((r) => groupOf(r) === g).map((r) => r.points)))).toEqual([20, 20, 20, 15, 10, 10, 5, 10, -54]);
    expect(items()).toHaveLength(56);

    // The pane's set: the same items at the same points, in the same groups, as the table and as `criteria import`;
    // each part whose words list levels read as those levels (14 of them), VIII bonus, IX deductions each at its size.
    expect(set.criteria.map((c) => [c.code, c.group, c.rule.kind === 'deduction' ? -c.maxPoints : c.maxPoints])).toEqual(items().map((r) => [r.item, groupOf(r), r.points]));
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual(groups.map((g, i) => [g, [20, 20, 20, 15, 10, 10, 5, 10, 20][i]]));
    const tiers = set.criteria.filter((c) => c.rule.kind === 'tiers');
    expect(tiers.map((c) => [c.code, c.rule.kind === 'tiers' ? c.rule.tiers.map((t) => t.points) : []])).toEqual(items().filter((r) => levels(r)).map((r) => [r.item, levels(r)]));
    expect(tiers).toHaveLength(14);
    expect(set.criteria.filter((c) => c.group === 'VIII').every((c) => c.rule.kind === 'bonus')).toBe(true);
    expect(set.criteria.filter((c) => c.group === 'IX').every((c) => c.rule.kind === 'deduction')).toBe(true);
    // The sanctions each deduction row writes (B77, B83, B84, B85), the one left to the council said as the table writes it.
    expect(set.criteria.filter((c) => c.sanction).map((c) => [c.code, c.sanction!.cap ?? null, c.sanction!.lower ?? null, c.sanction!.rest ?? null])).toEqual([
      ['IX.1', 'tot', null, null], ['IX.7', 'dat', null, null], ['IX.8', 'tot', null, null], ['IX.9', null, 1, 'Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu'],
    ]);
    expect({ ...set, id: '', title: '' }).toEqual({ ...imported, id: '', title: '' });

    // What the pane shows before the officer confirms: the command line's reconciliation, every figure the table writes
    // reproduced — the 100 of C70, the 9 heads, the 73 cells —, and it waits.
    expect(shownAtConfirm.confirmed).toBe(false);
    expect(shownAtConfirm.lines).toEqual(['Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 9 phần, 73 số điểm của mục).']);
    expect(importLines).toEqual(expect.arrayContaining(shownAtConfirm.lines));
  });

  it('scores each council as the hand count does, on both faces: the bonus outside the base, the table’s sanctions on the band, a figure no level gives said at its cell', () => {
    // Đông Sơn 100 + 4 + 1 = 105; Hoằng Hóa 100 − 10 − 2 = 88 (Tốt, capped at Đạt by IX.7); Quảng Xương 100 − 2,5 − 1,5
    // − 2 (II.1.b's 3 counted at its level 2) − 1 − 0,5 + 1 = 93,5; Thọ Xuân 100 (V.1's 9 counted 6) + 2 − 5 = 97
    // (Xuất sắc, one band down by IX.9: Tốt); Nga Sơn 100 − 2 − 2 = 96.
    const hand = UNITS.map(([, name]) => [name, handCount(name)] as const);
    expect(hand.map(([, h]) => h.total)).toEqual([105, 88, 93.5, 97, 96]);
    expect(UNITS.map(([, name]) => bandOf(name))).toEqual(['Xuất sắc', 'Đạt', 'Xuất sắc', 'Tốt', 'Xuất sắc']);
    expect(shown(first.cards)).toEqual(hand.map(([name, h]) => [name, h.base, h.bonus, h.deduction, h.total, 100, h.total, bandOf(name)]));
    expect(shown(firstJson.cards)).toEqual(shown(first.cards));
    // Ranked band first: Thọ Xuân's 97 under the three «Xuất sắc», as both faces rank it.
    const ranked = (result: { ranking: readonly { entries: readonly { rank: number; unitName: string; total: number; classification: string | null }[] }[] }) =>
      result.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total, e.classification]));
    expect(ranked(first)).toEqual([[1, 'HĐND xã Đông Sơn', 105, 'Xuất sắc'], [2, 'HĐND xã Nga Sơn', 96, 'Xuất sắc'], [3, 'HĐND xã Quảng Xương', 93.5, 'Xuất sắc'], [4, 'HĐND xã Thọ Xuân', 97, 'Tốt'], [5, 'HĐND xã Hoằng Hóa', 88, 'Đạt']]);
    expect(ranked(firstJson)).toEqual(ranked(first));
    // Each flag where the council typed it, the same on both faces: II.1.b's 3 (K25), V.1's 9 (K49), IX.9's sanction
    // left to the council (K77), VI.2.a blank (G56).
    expect(flags(first.cards)).toEqual([
      ['HĐND xã Quảng Xương', 'K25', 'between-levels'], ['HĐND xã Quảng Xương', 'K25', 'self-score-gap'],
      ['HĐND xã Thọ Xuân', 'K49', 'self-score-over-max'], ['HĐND xã Thọ Xuân', 'K77', 'sanction-for-council'],
      ['HĐND xã Nga Sơn', 'G56', 'missing-value'],
    ]);
    expect(flags(firstJson.cards)).toEqual(flags(first.cards));
    // «Còn thiếu gì» as the pane draws it (WhatItTakes: shortfalls) and as the command line writes it, but the file the
    // command line names: no points lift a band the table's sanctions hold (IX.7, IX.9), and both say so.
    const ways = (list: readonly { unitName: string; band?: { words: string }; award?: { words: string } }[]) => list.map((u) => [u.unitName, u.band?.words, u.award?.words]);
    expect(ways(shortfalls(set, first.cards, first.proposals, first.decisions, undefined, TODAY))).toEqual(ways(firstJson.whatItTakes));
    expect(ways(firstJson.whatItTakes)).toEqual([
      ['HĐND xã Hoằng Hóa', 'Không thể đạt Tốt dù thêm điểm: không xếp loại từ Tốt trở lên vì bị trừ điểm mục IX.7, chế tài của bảng', 'Không thể đạt Giấy khen của Chủ tịch UBND xã (từ Tốt) dù thêm điểm: không xếp loại từ Tốt trở lên vì bị trừ điểm mục IX.7, chế tài của bảng'],
      ['HĐND xã Thọ Xuân', 'Không thể đạt Xuất sắc dù thêm điểm: hạ 1 mức xếp loại vì bị trừ điểm mục IX.9, chế tài của bảng', undefined],
    ]);
  });

  it('writes the command line’s every cell, and the table’s sheet as it was', async () => {
    const one = await compare();
    expect(one.differ).toEqual([]);
    expect(one.compared).toBeGreaterThan(3_000);
  });

  it('takes the council’s decisions on its renamed «Rà soát», posts the list, takes a tie and a short meeting, closes and makes the papers as the command line does, printed as counted', async () => {
    // The council's decisions, today: Thọ Xuân's V.1 9 rejected (its points withdrawn, the set's rule) and its IX.9
    // rejected too (the inspection withdrew its finding): 97 − 6 + 5 = 96, no sanction; the others accepted.
    const decisions: Record<string, [string, string]> = {
      'HĐND xã Quảng Xương|K25': ['Chấp nhận', 'Có 01 cuộc giám sát chuyên đề: tính 2 điểm'],
      'HĐND xã Thọ Xuân|K49': ['Bác số liệu', 'Chỉ có 01 mô hình có báo cáo đánh giá'],
      'HĐND xã Thọ Xuân|K77': ['Bác số liệu', 'Kết luận thanh tra đã rút nội dung kê khai không trung thực'],
      'HĐND xã Nga Sơn|G56': ['Chấp nhận', 'Không có số liệu tham dự: tính 0 điểm'],
    };
    expect(decideOnBoth(sheet(first.councilSheets.review), summaryFile(), decisions, 'Lê Văn Hùng', typedDay(0), 'Rà soát HĐ')).toBe(5);
    const decided = await paneScore('decisions');
    const decidedJson = await cliScore();
    expect(decided.councilSheets.review).toBe('Rà soát HĐ');
    const after = (name: string) => (name === 'HĐND xã Thọ Xuân' ? ['V.1', 'IX.9'] : []);
    expect(shown(decided.cards)).toEqual(UNITS.map(([, name]) => { const h = handCount(name, after(name)); return [name, h.base, h.bonus, h.deduction, h.total, 100, h.total, bandOf(name, after(name))]; }));
    expect(shown(decided.cards).map((c) => c[4])).toEqual([105, 88, 93.5, 96, 96]);
    expect(shown(decidedJson.cards)).toEqual(shown(decided.cards));
    // Every flag the council decided stays on its row with its decision: none gone, though no council sent again.
    expect(flags(decided.cards)).toEqual(flags(first.cards));
    expect(flags(decidedJson.cards)).toEqual(flags(first.cards));
    expect((await compare()).differ).toEqual([]);

    // The meeting typed on «Biểu quyết» nine days ahead, and the list posted the five working days before it: the same
    // list from the pane («Lập danh sách niêm yết») and from `thidua papers --posting-list`.
    const meeting: [string, string][] = [['B3', typedDay(9)], ['D3', 'Hội trường HĐND xã Đông Sơn'], ['B4', 'Lê Văn Hùng'], ['D4', 'Phạm Thị Lan'], ['F4', 'Trụ sở HĐND xã Đông Sơn']];
    voteOnBoth(sheet(decided.councilSheets.votes), summaryFile(), meeting, {});
    const posted = await postedOnBoth(step, set, NOW, dir);
    const list = posted.pane;
    expect(list).toBe(posted.cli);
    expect(list).toContain('Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã: 04 tập thể');
    expect(list).not.toContain('Hoằng Hóa');
    expect(posted.notes).toEqual([]);

    // The vote, typed on «Biểu quyết» by a council of 8 (more than half of all members to pass): Quảng Xương 4 for, 4
    // against, a tie; Thọ Xuân with 4 of 8 present, all 4 for.
    const tallies: Record<string, [number, number, number]> = { 'HĐND xã Đông Sơn': [8, 8, 8], 'HĐND xã Nga Sơn': [8, 7, 5], 'HĐND xã Thọ Xuân': [8, 4, 4], 'HĐND xã Quảng Xương': [8, 8, 4] };
    voteOnBoth(sheet(decided.councilSheets.votes), summaryFile(), [], tallies);
    const voted = await paneScore('votes');
    await cliScore();
    expect(voted.votes?.votes.map((v) => [v.unitName, v.tally.members, v.tally.present, v.tally.inFavour])).toEqual(Object.entries(tallies).map(([name, t]) => [name, ...t]));
    expect((await compare()).differ).toEqual([]);

    // Closed on both faces; the pane shows its seal code, the one its minutes print.
    const { outcome, notice, seal, papersNotice, zip, cliClosed, cliPapers } = await closedOnBoth(step, set, NOW, 'Lê Văn Hùng', dir);
    expect(outcome.kind).toBe('closed');
    expect(seal).toBeDefined();
    // What each face says with the closing and the papers, in the same words: the reports whose «Kỳ báo cáo» gave the
    // year in the papers' order, whatever order the files or the sheets came in.
    expect(notice.items?.map((i) => i.text) ?? []).toEqual(notesAsPane(cliClosed));
    expect(papersNotice.items?.map((i) => i.text)).toEqual(notesAsPane(cliPapers));
    expect(papersNotice.items?.map((i) => i.text)).toContainEqual(expect.stringContaining(`— cả 5 báo cáo: ${['Đông Sơn', 'Nga Sơn', 'Thọ Xuân', 'Quảng Xương', 'Hoằng Hóa'].map((n) => `trang «HĐND xã ${n}», ô C8: «Năm 2025»`).join('; ')}.`));
    // The command line's folder, its papers made, still the one it sealed: `thidua verify` with the code it printed.
    const cliSeal = /Mã niêm phong: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec(`${cliClosed.stdout}\n${cliClosed.stderr}`)![1]!;
    expect((await runOk(['verify', 'ket-qua', '--seal', cliSeal], dir)).stdout).toMatch(new RegExp(`^Khớp với kết quả đã chốt \\(lần 1, [^)]*, Lê Văn Hùng\\): 5 tệp\\.\\nKhớp mã niêm phong trên giấy: ${cliSeal}\\.`));
    const files = Object.keys(zip.files).sort();
    expect(files).toEqual(['bao-cao-thanh-tich-01-hdnd-xa-dong-son.docx', 'bao-cao-thanh-tich-02-hdnd-xa-nga-son.docx', 'bien-ban.docx', 'danh-sach-cong-khai.docx', 'du-thao-quyet-dinh.docx', 'to-trinh.docx']);
    for (const f of files) expect(await paperWords(await zip.file(f)!.async('nodebuffer')), f).toBe(await paperWords(await readFile(join(dir, 'ho-so', f))));
    expect(await paperWords(await zip.file('danh-sach-cong-khai.docx')!.async('nodebuffer'))).toBe(list);

    // The minutes: every decision in force, in «Rà soát»'s order; IX.9's rejection with what it did, not «gone».
    const minutes = (await mammoth.extractRawText({ buffer: await zip.file('bien-ban.docx')!.async('nodebuffer') })).value;
    expect(minutes).toContain('1. Quyết định của Hội đồng trên các cảnh báo (5 quyết định):');
    expect(minutes).not.toContain('gửi lại');
    const order = (names: readonly string[]) => names.map((n) => minutes.indexOf(`\n${n}\n\n`, minutes.indexOf('1. Quyết định'))).every((at, i, all) => at > 0 && (i === 0 || at > all[i - 1]!));
    expect(order(['HĐND xã Nga Sơn', 'HĐND xã Thọ Xuân', 'HĐND xã Quảng Xương'])).toBe(true);
    // IX.9 named by its name, not with the line under it that says how it is deducted («Trừ 5đ/trường hợp, …» B85).
    expect(minutes).toContain('\nKê khai, cung cấp hồ sơ minh chứng không trung thực nhằm nâng điểm đánh giá: Chế tài của bảng để Hội đồng quyết định (ô K77)\n');
    expect(minutes).not.toContain('Trừ 5đ/trường hợp');
    expect(minutes).toContain(`Chế tài của bảng để Hội đồng quyết định (ô K77)\n\nBác số liệu — Kết luận thanh tra đã rút nội dung kê khai không trung thực (Lê Văn Hùng, ${typedDay(0)})`);
    // Đông Sơn's achievement report, which lists every criterion, names VIII.1 by its name (B72's first line), not with
    // the condition its guide scores under it («Có văn bản … giới thiệu: 4,0đ. Chỉ tính 01 lần …»).
    const report = await paperWords(await zip.file('bao-cao-thanh-tich-01-hdnd-xa-dong-son.docx')!.async('nodebuffer'));
    expect(report).toContain('\nMô hình, sáng kiến được nhân rộng toàn tỉnh hoặc được Trung ương, báo chí Trung ương giới thiệu\n\nCộng 4 điểm (tối đa 4)');
    expect(report).not.toContain('Có văn bản của Thường trực HĐND tỉnh chỉ đạo');
    // The vote as typed, its share of all 8 members: a tie and a short meeting both «không đạt».
    expect(minutes).toContain('08/08 thành viên có mặt; 08/08 thành viên Hội đồng đồng ý (100%): đạt');
    expect(minutes).toContain('07/08 thành viên có mặt; 05/08 thành viên Hội đồng đồng ý (62,5%): đạt');
    expect(minutes).toContain('04/08 thành viên có mặt; 04/08 thành viên Hội đồng đồng ý (50%): không đạt');
    expect(minutes).toContain('08/08 thành viên có mặt; 04/08 thành viên Hội đồng đồng ý (50%): không đạt');
    expect(minutes).toContain(`Mã niêm phong kết quả đã chốt lần 1: ${seal}`);
    // The prize: 0,6 × the base salary 2.530.000 = 1.518.000, rounded up to ten thousand, for each of the two.
    const prize = Math.ceil((0.6 * 2_530_000) / 10_000) * 10_000;
    const decision = await paperWords(await zip.file('du-thao-quyet-dinh.docx')!.async('nodebuffer'));
    expect(decision).toContain(`mỗi tập thể được thưởng 0,6 lần mức lương cơ sở (${prize.toLocaleString('vi-VN')} đồng)`);
    expect(decision).toContain(`Tổng số tiền thưởng ${(2 * prize).toLocaleString('vi-VN')} đồng`);

    // The pane's «Tờ trình» printed by LibreOffice and read back: the two that passed as counted by hand, ranked among the five.
    const { printed, unnamed } = await printedProposal(zip, dir, UNITS.map(([, name]) => name));
    expect(printed).toContain(unnamed('tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 02 tập thể'));
    const dongSon = handCount('HĐND xã Đông Sơn');
    expect(printed).toContain(unnamed(`Xếp loại Xuất sắc, ${formatPoints(dongSon.total)} điểm (${formatPoints(dongSon.base)}/100 điểm chuẩn, cộng ${formatPoints(dongSon.bonus)} điểm thưởng), hạng 1/5 trong bảng xếp hạng Cơ quan`));
    expect(printed).toContain(unnamed(`Xếp loại Xuất sắc, ${formatPoints(handCount('HĐND xã Nga Sơn').total)}/100 điểm (96%), hạng 2/5 trong bảng xếp hạng Cơ quan`));
    expect(printed).not.toContain('Thọ Xuân');
    // The round trips of each step, as for any workbook: none grows with the 56 items or the five sheets.
    expect(syncs).toEqual({ criteria: 3, confirm: 2, templates: 2, score: 3, decisions: 3, post: 3, votes: 3, close: 4, papers: 2 });
  });
});

// Made for: the task pane walked through the year on Thanh Hóa's commune council framework (corpus
// hdnd-thanh-hoa-cap-xa), which found IX.9's sanction flag gone once the council rejected its deduction (the minutes
// saying the council resent a report it never sent again), and the minutes' decisions in the order the files or the
// sheets came in.
