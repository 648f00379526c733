// The officer's whole year on a commune's PAR INDEX set as its People's Committee's tracking page keeps it
// (par-xa-phuoc-hai: parts I (76) and II (20) under part and field heads, part III «ĐIỂM THƯỞNG, ĐIỂM TRỪ … (Tối đa 04
// điểm)» of four bonus rows +1 and four deductions −1 under one written cap, no total written), on the command line:
// `criteria import` → five communes' `template`s filled by openpyxl (one claiming all four bonus rows and two
// deductions, one over an item's maximum, one leaving an item blank, one exactly at the «Tốt» edge of 80% of 96,
// one coming late, its deduction taking it from 90% to under) → `score` (text, --json, the scored copies, tong-hop.xlsx) → the council's review (a rejection with
// its note, an acceptance) → `score --decisions` → the posted list → the vote, one commune failing it → `close` →
// `papers`, printed by LibreOffice and read back with pdftotext; and the task pane taking the same table and scoring
// the same reports. Every commune's total is counted here from the table's own cells and what each typed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundPoints } from '../../core/criteria/rules/reason.js';
import { understoodLines, understoodSet } from '../../core/criteria/sheet/understood.js';
import { formatPoints } from '../../core/values.js';
import { beside, communeName, corpusYear, councilsYear, PHUOC_HAI_COMMUNES, summaryRows, type CorpusYear, type PhuocHaiCommune } from './walk.js';

const ENTRY = 'par-xa-phuoc-hai';
const KIND = 'UBND xã';

/** A row of the table: its code as thidua names it (the part's numeral before codes numbered again in II and III), its «Điểm». */
type Row = { code: string; words: string; points: number; part: string };

const UNITS = PHUOC_HAI_COMMUNES;
type Unit = PhuocHaiCommune;
const nameOf = communeName;

/**
 * What a commune types in «Điểm tự chấm»: every item of parts I and II at its «Điểm», part III blank (nothing to add
 * or take), but as said here (null: left blank).
 */
const CHANGES: Record<Unit, Record<string, number | null>> = {
  // All four bonus rows (+4, the part's «Tối đa 04 điểm») and two deductions, one typed 1 and one −1 as the table
  // writes it; I.3.7.1 2,5 of 3: 95,5 + 4 − 2 = 97,5.
  'phuoc-hai': { 'III.1.1': 1, 'III.1.2': 1, 'III.1.3': 1, 'III.1.4': 1, 'III.2.2': 1, 'III.2.3': -1, 'I.3.7.1': 2.5 },
  // I.3.7.1 «4» over its 3: counted 3, then rejected by the council («Bác số liệu») → 0; one bonus row.
  'long-hai': { 'I.3.7.1': 4, 'III.1.4': 1 },
  // I.5.5 left blank (0, said); II.1 8,5 of 10.
  'dat-do': { 'I.5.5': null, '1': 8.5 },
  // Exactly 80% of 96, the «Tốt» edge: I.7 0 of 14, II.1 4,8 of 10 → 76,8.
  'long-dien': { 'I.7': 0, '1': 4.8 },
  // Late: I.7 4,4 of 14, 86,4 — 90% of 96 exactly — then a deduction III.2.4 typed −1 as the table writes it: 85,4,
  // 88,96%, «Tốt».
  'phuoc-tinh': { 'I.7': 4.4, 'III.2.4': -1 },
};
const REJECTED = { unit: 'long-hai', code: 'I.3.7.1' } as const;

let rows: Row[];
let items: Row[];
const base = () => items.filter((r) => r.part !== 'III');
const typedBy = (file: Unit): Record<string, number> =>
  Object.fromEntries(Object.entries({ ...Object.fromEntries(base().map((r) => [r.code, r.points])), ...CHANGES[file] }).filter((e): e is [string, number] => e[1] !== null));
/** An item at what the commune typed, at most its «Điểm», blank 0; after the council, the rejected one at 0. */
const pointsOf = (file: Unit, code: string, decided = true) =>
  decided && file === REJECTED.unit && code === REJECTED.code ? 0 : Math.min(typedBy(file)[code] ?? 0, items.find((r) => r.code === code)!.points);
/** Part III: each bonus row adds what was typed (at most its 1), each deduction takes what was typed, 1 or −1 alike. */
const bonusOf = (file: Unit) => items.filter((r) => r.part === 'III' && r.points > 0).reduce((s, r) => s + Math.min(typedBy(file)[r.code] ?? 0, r.points), 0);
const deductionOf = (file: Unit) => items.filter((r) => r.part === 'III' && r.points < 0).reduce((s, r) => s + Math.abs(typedBy(file)[r.code] ?? 0), 0);
const baseOf = (file: Unit, decided = true) => roundPoints(base().reduce((s, r) => s + pointsOf(file, r.code, decided), 0));
/** The hand count: the base of the table's 96 (parts I and II: it writes no total), part III outside it, the 4 never reached. */
const counted = (file: Unit, decided = true) => roundPoints(baseOf(file, decided) + bonusOf(file) - deductionOf(file));
const percentOf = (file: Unit, decided = true) => roundPoints((counted(file, decided) / 96) * 100);
const band = (percent: number) => (percent >= 90 ? 'Xuất sắc' : percent >= 80 ? 'Tốt' : percent >= 60 ? 'Đạt' : 'Chưa đạt');
const ranked = () => [...UNITS].sort((a, b) => percentOf(b[0]) - percentOf(a[0]));

let y: CorpusYear;
let paneWords: string[];

beforeAll(async () => {
  y = await corpusYear({
    entry: ENTRY,
    table: 'bang-par.xlsx',
    units: UNITS,
    kind: KIND,
    kindId: 'ubnd-xa',
    read: (cells) => {
      let part = '';
      rows = cells.map(([a, b, c]) => {
        const words = String(b ?? '').trim();
        // A part's head: «ĐÁNH GIÁ KẾT QUẢ…» I, «ĐÁNH GIÁ TÁC ĐỘNG…» II, «ĐIỂM THƯỞNG, ĐIỂM TRỪ…» III (a field's head otherwise).
        if (a === null && c === null && /^(ĐÁNH GIÁ|ĐIỂM THƯỞNG)/.test(words)) part = ['I', 'II', 'III'][['', 'I', 'II'].indexOf(part)]!;
        // Codes numbered again in each part: thidua names I's and III's with the part before them, II's as written.
        const code = a === null ? '' : part === 'II' ? String(a).trim() : `${part}.${String(a).trim()}`;
        return { code, words, points: c === null ? Number.NaN : Number(String(c).replace(',', '.')), part };
      });
      items = rows.filter((r) => r.code !== '');
    },
    typedBy: (file) => typedBy(file as Unit),
    rejected: nameOf(REJECTED.unit),
    failing: nameOf('long-dien'),
    place: 'Hội trường UBND xã Phước Hải',
    docs: ['to-trinh', 'bien-ban', 'danh-sach-cong-khai', 'du-thao-quyet-dinh', 'bao-cao-thanh-tich-01-ubnd-xa-phuoc-hai'],
    workbookPath: 'C:\\Users\\Hoa\\Documents\\PAR 2026\\bang-par.xlsx',
  });
  paneWords = understoodLines(understoodSet(y.pane.set));
}, 300_000);
afterAll(() => y?.fake.uninstall());

const card = (file: Unit) => y.json.cards.find((c) => c.unitName === nameOf(file))!;
/** A printed table row runs the «Tập thể» column's words into the «Thành tích» column's where it wraps: both read without the names' words. */
const names = new Set(UNITS.flatMap(([, name]) => name.split(' ')));
const unnamed = (text: string) => text.split(/\s+/).filter((w) => !names.has(w)).join(' ');
/**
 * A commune's total as every face words it: «93,5/96 điểm (97,4%)», or with part III «97,5 điểm (95,5/96 điểm chuẩn,
 * cộng 4 điểm thưởng, trừ 2 điểm)» (its percent of 96 over 100 is on «Tổng hợp», not in the words).
 */
const totalWords = (file: Unit, decided = true) => {
  const [added, taken] = [bonusOf(file), deductionOf(file)];
  if (added === 0 && taken === 0) return `${formatPoints(counted(file, decided))}/96 điểm (${formatPoints(percentOf(file, decided))}%)`;
  const parts = [added > 0 ? `cộng ${formatPoints(added)} điểm thưởng` : '', taken > 0 ? `trừ ${formatPoints(taken)} điểm` : ''].filter(Boolean);
  return `${formatPoints(counted(file, decided))} điểm (${formatPoints(baseOf(file, decided))}/96 điểm chuẩn, ${parts.join(', ')})`;
};
const PART_III = 'III. ĐIỂM THƯỞNG, ĐIỂM TRỪ TRONG CÔNG TÁC CCHC (Tối đa 04 điểm) — ngoài tổng điểm: cộng thêm tối đa 4; trừ tối đa 4';
const TOTAL = 'Chấm trên tổng 96 điểm (điểm thưởng cộng thêm tối đa 4; điểm trừ tối đa 4).';

describe('Phước Hải’s PAR INDEX set, as its tracking page keeps it, walked through the year on the command line and in the task pane', () => {
  it('imports the table as it states it: 81 items, parts I and II adding to 76 and 20 (base 96), part III’s four +1 and four −1 outside it, its «Tối đa 04 điểm» said', () => {
    const sum = (part: string, sign: number) => roundPoints(items.filter((r) => r.part === part && Math.sign(r.points) === sign).reduce((s, r) => s + r.points, 0));
    expect([sum('I', 1), sum('II', 1), sum('III', 1), sum('III', -1)]).toEqual([76, 20, 4, -4]);
    expect(items.length).toBe(81);
    expect(y.set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 76], ['II', 20], ['III', 4]]);
    // Every item's «Điểm» as the table writes it, a deduction's −1 read as a deduction of 1.
    expect(y.set.criteria.map((c) => [c.code, c.rule.kind === 'deduction' ? -c.maxPoints : c.maxPoints])).toEqual(items.map((r) => [r.code, r.points]));
    expect(y.set.criteria.filter((c) => c.group === 'III').map((c) => c.rule.kind)).toEqual([...Array(4).fill('bonus'), ...Array(4).fill('deduction')]);
    expect(y.imported.stdout).toContain('(81 tiêu chí, 3 nhóm) từ Trang «Sheet1» của tệp bang-par.xlsx');
    expect(y.imported.stdout).toContain('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (81 số điểm của mục).');
    // The part's one written cap, and what its rows can move the total by either way: the 4 the table writes.
    expect(y.imported.stdout).toContain(PART_III);
    expect(y.imported.stdout).toContain(TOTAL);
  });

  it('lists on the first run the commune not yet sent as «Chưa nộp», scores the four that are, and says Long Hải’s 4 over I.3.7.1’s 3 and Đất Đỏ’s blank I.5.5 where they typed them', () => {
    expect(y.first.stdout).toContain('UBND xã Phước Tỉnh: Chưa nộp: có trong «Danh sách đơn vị» nhưng không có báo cáo');
    // Before the council: Long Hải 96 + 1 = 97, its I.3.7.1 «4» counted at its 3.
    expect(counted('long-hai', false)).toBe(97);
    const four = UNITS.slice(0, -1).map(([file]) => [file, percentOf(file, false)] as const).sort((a, b) => b[1] - a[1]);
    for (const [k, [file, percent]] of four.entries()) expect(y.first.stdout).toContain(`${k + 1}. ${nameOf(file)}: ${totalWords(file, false)} — ${band(percent)}`);
    expect(y.first.stdout).toContain('ô K46 — Điểm tự chấm vượt điểm tối đa: điểm tự chấm 4 vượt điểm tối đa 3 → tính 3');
    expect(y.first.stdout).toContain('ô K74 — Thiếu số liệu: chưa có điểm tự chấm → 0 điểm');
  });

  it('scores every commune as the hand count does, on every face: Phước Hải’s four bonus rows and two deductions 95,5 + 4 − 2 = 97,5 (101,56% of 96), Long Điền’s 76,8 «Tốt» at 80% exactly, Phước Tỉnh’s 86,4 taken under 90% by its deduction', async () => {
    // Phước Hải 96 − 0,5 + 4 − 2 = 97,5 (the part's «Tối đa 04 điểm» bounds bonus and deductions alike; 4 added and 2
    // taken stay within it, however it is read); Long Hải 96 − 3 (I.3.7.1 rejected) + 1 = 94; Đất Đỏ 96 − 1 − 1,5 = 93,5;
    // Long Điền 96 − 14 − 5,2 = 76,8, 80% of 96; Phước Tỉnh 96 − 9,6 − 1 = 85,4.
    expect(UNITS.map(([file]) => counted(file))).toEqual([97.5, 94, 93.5, 76.8, 85.4]);
    expect(UNITS.map(([file]) => percentOf(file))).toEqual([101.56, 97.92, 97.4, 80, 88.96]);
    for (const [file, name] of UNITS) {
      expect([card(file).total, card(file).bonus, card(file).deduction, card(file).applicableMax, card(file).percent, card(file).classification?.label], name).toEqual([
        counted(file), bonusOf(file), deductionOf(file), 96, percentOf(file), band(percentOf(file)),
      ]);
    }
    expect(y.json.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total, e.percent]))).toEqual(ranked().map(([file, name], k) => [k + 1, name, counted(file), percentOf(file)]));
    for (const [k, [file, name]] of ranked().entries()) expect(y.again.stdout).toContain(`${k + 1}. ${name}: ${totalWords(file)} — ${band(percentOf(file))}`);
    // Each scored copy's totals under its table: part III's bonus and deductions apart, the 96, the percent.
    const labels = ['Tổng điểm', 'Điểm cộng', 'Điểm trừ', 'Điểm tối đa áp dụng', 'Tỷ lệ %', 'Xếp loại'];
    expect(beside(UNITS.map(([file, name]) => [join(y.dir, 'ket-qua', `${file}.cham-diem.xlsx`), name]), labels)).toEqual(
      UNITS.map(([file]) => [counted(file), bonusOf(file), deductionOf(file), 96, percentOf(file), band(percentOf(file))]),
    );
    const { ranked: rows, shortfalls } = await summaryRows(y.dir);
    expect(rows).toEqual(
      ranked().map(([file, name]) => [name, counted(file), 96, percentOf(file), band(percentOf(file))]),
    );
    // What each «Tốt» commune lacks for «Xuất sắc»: 90% of 96 = 86,4 less its total, the deduction counted.
    expect(shortfalls).toEqual([
      [nameOf('long-dien'), 'Xuất sắc', roundPoints(86.4 - counted('long-dien'))],
      [nameOf('phuoc-tinh'), 'Xuất sắc', roundPoints(86.4 - counted('phuoc-tinh'))],
    ]);
  });

  councilsYear(
    {
      year: () => y,
      ranked,
      review: [
        ['long-hai', 'K46', 'Bác số liệu', 'Không có minh chứng'],
        ['dat-do', 'K74', 'Chấp nhận', null],
      ],
      rejected: { file: 'long-hai', code: 'I.3.7.1' },
      accepted: 'dat-do',
      counted,
      pointsOf,
      standing: (file) => `Xếp loại ${band(percentOf(file))}, ${totalWords(file)}`,
      unnamed,
    },
    'long-dien',
  );

  it('counts in the papers the items each commune met in full, of parts I and II’s 73 (part III’s rows are no task to meet), and prints Phước Hải’s part III row by row', () => {
    const short = (file: Unit) => base().filter((r) => pointsOf(file, r.code) < r.points);
    expect(base().length).toBe(73);
    expect(UNITS.map(([file]) => short(file).length)).toEqual([1, 1, 2, 2, 1]);
    for (const [file, name] of UNITS) {
      const said = short(file).map((r) => `${r.words} (${formatPoints(pointsOf(file, r.code))}/${formatPoints(r.points)})`).join('; ');
      expect(unnamed(y.printed.get('danh-sach-cong-khai')!), name).toContain(unnamed(`hoàn thành đầy đủ ${73 - short(file).length}/73 tiêu chí; chưa đầy đủ: ${said}`));
    }
    const own = y.printed.get('bao-cao-thanh-tich-01-ubnd-xa-phuoc-hai')!;
    expect(own).toContain(`${totalWords('phuoc-hai')}, xếp loại Xuất sắc, hạng 1/5`);
    expect(own).toContain('Hoàn thành đầy đủ 72 tiêu chí');
    // Four bonus rows «cộng 1 (tối đa 1)», the deductions typed 1 and −1 each «trừ 1», the two left blank not taken.
    expect(own.split('cộng 1 (tối đa 1)').length - 1).toBe(4);
    expect(own.split('trừ 1 (tối đa 1)').length - 1).toBe(2);
    expect(own.split('không bị trừ (tối đa trừ 1)').length - 1).toBe(2);
  });

  it('the task pane takes the same table as the same set, says part III in the same words, and scores the same reports to the same totals, bands and flags, every cell as the command line writes it', () => {
    expect(y.pane.set.groups.map((g) => [g.id, g.maxPoints])).toEqual(y.set.groups.map((g) => [g.id, g.maxPoints]));
    expect(y.pane.set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual(y.set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind]));
    expect(paneWords.map((l) => l.trim())).toContain(PART_III);
    expect(paneWords.map((l) => l.trim())).toContain(TOTAL);
    // Before any council: every commune's report in, Long Hải's I.3.7.1 at its 3.
    expect(UNITS.map(([, name]) => {
      const c = y.pane.cards.find((x) => x.unitName === name)!;
      return [name, c.total, c.bonus, c.deduction, c.applicableMax, c.percent, c.classification?.label];
    })).toEqual(UNITS.map(([file, name]) => [name, counted(file, false), bonusOf(file), deductionOf(file), 96, percentOf(file, false), band(percentOf(file, false))]));
    expect(y.pane.against.compared).toBeGreaterThan(4_000);
    expect(y.pane.against.differ).toEqual([]);
    expect(y.pane.cli.cards.map((c) => [c.unitName, c.total])).toEqual(y.pane.cards.map((c) => [c.unitName, c.total]));
    const paneFlags = (file: Unit) => y.pane.cards.find((c) => c.unitName === nameOf(file))!.flags.map((f) => [f.code, f.cell]);
    expect([paneFlags('long-hai'), paneFlags('dat-do')]).toEqual([[['self-score-over-max', 'K46']], [['missing-value', 'K74']]]);
  });
});

// Made for an engineer's walk of a commune's PAR INDEX set kept by its tracking page (par-xa-phuoc-hai) through the
// year, on the command line and in the task pane: the one table whose bonus and deduction part shares one written cap
// «(Tối đa 04 điểm)» over four +1 and four −1 rows, and whose base (96) is written nowhere.
