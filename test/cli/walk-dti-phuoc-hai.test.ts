// The officer's whole year on a commune's DTI set as its People's Committee's tracking page keeps it (dti-xa-phuoc-hai:
// 43 indicators «DTI-01»…«DTI-43» under eight group heads, no total and no group maxima written, the scoring frame and
// rules beside each), on the command line: `criteria import` → five communes' `template`s filled by openpyxl (one over
// an indicator's maximum, one leaving an indicator blank, one exactly at the «Tốt» edge, one coming late with a rate ×
// points worked in Excel to more than two decimals, a hair under the «Xuất sắc» edge) → `score`
// (text, --json, the scored copies, tong-hop.xlsx) → the council's review (a rejection with its note, an acceptance) →
// `score --decisions` → the posted list (`papers --posting-list`) → the vote, one commune failing it → `close` →
// `papers`, printed by LibreOffice and read back with pdftotext; and the task pane taking the same table and scoring
// the same reports. Every commune's total is counted here from the table's own cells and what each typed, and every
// face is held to it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundPoints } from '../../core/criteria/rules/reason.js';
import { formatPoints } from '../../core/values.js';
import { besideTotals, communeName, corpusYear, councilsYear, PHUOC_HAI_COMMUNES, summaryRows, type CorpusYear, type PhuocHaiCommune } from './walk.js';

const ENTRY = 'dti-xa-phuoc-hai';
const KIND = 'UBND xã';

type Row = { code: string; words: string; points: number };

const UNITS = PHUOC_HAI_COMMUNES;
type Unit = PhuocHaiCommune;
const nameOf = communeName;

/** What a commune types in «Điểm tự chấm»: every indicator at its «Điểm» but as said here (null: left blank). */
const CHANGES: Record<Unit, Record<string, number | null>> = {
  // DTI-14 (AI, of 4) at 3, DTI-28 at 4 of 5, DTI-41 at 3,5 of 5.
  'phuoc-hai': { 'DTI-14': 3, 'DTI-28': 4, 'DTI-41': 3.5 },
  // DTI-14 «5», over its 4: counted 4, then rejected by the council («Bác số liệu», no evidence) → 0; DTI-36 2 of 4.
  'long-hai': { 'DTI-14': 5, 'DTI-36': 2 },
  // DTI-41 left blank (0, said), DTI-29 3 of 5.
  'dat-do': { 'DTI-41': null, 'DTI-29': 3 },
  // Exactly 80: DTI-28 0 of 5, DTI-29 1,5 of 5, DTI-31 2,5 of 5, DTI-32 0 of 5, DTI-33 0 of 4 — 100 − 20.
  'long-dien': { 'DTI-28': 0, 'DTI-29': 1.5, 'DTI-31': 2.5, 'DTI-32': 0, 'DTI-33': 0 },
  // Late: DTI-27 1 of 3, DTI-30 1,5 of 3, DTI-40 0,5 of 2, DTI-41 0 of 5; DTI-33 «Tỷ lệ * Điểm tối đa» worked in Excel
  // from its 1.199 of 1.200 procedures paid online: 1199/1200 × 4 = 3,9966667, short of the 4.
  'phuoc-tinh': { 'DTI-27': 1, 'DTI-30': 1.5, 'DTI-40': 0.5, 'DTI-41': 0, 'DTI-33': (1199 / 1200) * 4 },
};
/** The council rejects Long Hải's DTI-14 and accepts the rest. */
const REJECTED = { unit: 'long-hai', code: 'DTI-14' } as const;

let rows: Row[];
let items: Row[];
const typedBy = (file: Unit): Record<string, number> =>
  Object.fromEntries(Object.entries({ ...Object.fromEntries(items.map((r) => [r.code, r.points])), ...CHANGES[file] }).filter((e): e is [string, number] => e[1] !== null));
/**
 * An indicator at what the commune typed, at most its «Điểm», blank 0, to the hundredth below (3,9966667 is 3,99: the
 * commune's own figure is short of the 4); after the council, the rejected one at 0.
 */
const pointsOf = (file: Unit, code: string, decided = true) =>
  decided && file === REJECTED.unit && code === REJECTED.code ? 0 : Math.floor(Math.min(typedBy(file)[code] ?? 0, items.find((r) => r.code === code)!.points) * 100) / 100;
/** The hand count, on the table's 100 (its indicators' «Điểm» added: it writes no total). */
const counted = (file: Unit, decided = true) => roundPoints(items.reduce((s, r) => s + pointsOf(file, r.code, decided), 0));
const band = (total: number) => (total >= 90 ? 'Xuất sắc' : total >= 80 ? 'Tốt' : total >= 60 ? 'Đạt' : 'Chưa đạt');
const ranked = () => [...UNITS].sort((a, b) => counted(b[0]) - counted(a[0]));
/** «96,5/100 điểm (96,5%)»: a commune's total as every face words it (of 100, its percent the same figure). */
const totalWords = (total: number) => `${formatPoints(total)}/100 điểm (${formatPoints(total)}%)`;

let y: CorpusYear;

beforeAll(async () => {
  y = await corpusYear({
    entry: ENTRY,
    table: 'bang-dti.xlsx',
    units: UNITS,
    kind: KIND,
    kindId: 'ubnd-xa',
    // «ID», «Tên chỉ số», «Điểm»: a group head has only its words.
    read: (cells) => {
      rows = cells.map(([a, b, c]) => ({
        code: String(a ?? '').trim(),
        words: String(b ?? '').trim(),
        points: c === null ? Number.NaN : Number(String(c).replace(',', '.')),
      }));
      items = rows.filter((r) => r.code !== '');
    },
    typedBy: (file) => typedBy(file as Unit),
    rejected: nameOf(REJECTED.unit),
    // Long Điền 3 of 7 in favour, short of «Trên 50%» of the council's members.
    failing: nameOf('long-dien'),
    place: 'Hội trường UBND xã Phước Hải',
    docs: ['to-trinh', 'bien-ban', 'danh-sach-cong-khai', 'du-thao-quyet-dinh', 'bao-cao-thanh-tich-02-ubnd-xa-long-hai'],
    workbookPath: 'C:\\Users\\Hoa\\Documents\\DTI 2025\\bang-dti.xlsx',
  });
}, 300_000);
afterAll(() => y?.fake.uninstall());

const card = (file: Unit) => y.json.cards.find((c) => c.unitName === nameOf(file))!;
/** A printed table row runs the «Tập thể» column's words into the «Thành tích» column's where it wraps: both read without the names' words. */
const names = new Set(UNITS.flatMap(([, name]) => name.split(' ')));
const unnamed = (text: string) => text.split(/\s+/).filter((w) => !names.has(w)).join(' ');

describe('Phước Hải’s DTI set, as its tracking page keeps it, walked through the year on the command line and in the task pane', () => {
  it('imports the table as it states it: 43 indicators at their «Điểm», eight groups adding to 8 / 10 / 6 / 10 / 5 / 45 / 6 / 10 = 100', () => {
    // The working: each group head's indicators, those under it up to the next head.
    const heads = rows.map((r, k) => [r, k] as const).filter(([r]) => r.code === '');
    const sums = heads.map(([head, k], g) => [head.words, roundPoints(rows.slice(k + 1, heads[g + 1]?.[1] ?? rows.length).reduce((s, r) => s + r.points, 0))]);
    expect(sums.map(([, s]) => s)).toEqual([8, 10, 6, 10, 5, 45, 6, 10]);
    expect(items.length).toBe(43);
    expect(y.set.groups.map((g) => [g.title, g.maxPoints])).toEqual(sums);
    expect(y.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual(items.map((r) => [r.code, r.points]));
    expect(y.imported.stdout).toContain('(43 tiêu chí, 8 nhóm) từ Trang «Sheet1» của tệp bang-dti.xlsx');
    expect(y.imported.stdout).toContain('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (43 số điểm của mục).');
    expect(y.imported.stdout).toContain('Chấm trên tổng 100 điểm.');
    // The «Khung» column is said kept as each indicator's note, not read as a rule.
    expect(y.imported.stdout).toContain('ô D1: Cột «Khung» ghi khung chấm của từng tiêu chí: giữ làm ghi chú của tiêu chí («Khung: …»), không đọc thành chỉ tiêu hay cách tính.');
  });

  it('lists on the first run the commune not yet sent as «Chưa nộp», scores the four that are, and says Long Hải’s 5 over DTI-14’s 4 and Đất Đỏ’s blank DTI-41 where they typed them', () => {
    expect(y.first.stdout).toContain('UBND xã Phước Tỉnh: Chưa nộp: có trong «Danh sách đơn vị» nhưng không có báo cáo');
    // Before the council: Long Hải 100 − 2 (DTI-36) = 98, its DTI-14 «5» counted at its 4.
    expect(counted('long-hai', false)).toBe(98);
    const four = UNITS.slice(0, -1).map(([file]) => [file, counted(file, false)] as const).sort((a, b) => b[1] - a[1]);
    for (const [k, [file, total]] of four.entries()) expect(y.first.stdout).toContain(`${k + 1}. ${nameOf(file)}: ${totalWords(total)} — ${band(total)}`);
    expect(y.first.stdout).toContain('ô K29 — Điểm tự chấm vượt điểm tối đa: điểm tự chấm 5 vượt điểm tối đa 4 → tính 4');
    expect(y.first.stdout).toContain('ô K61 — Thiếu số liệu: chưa có điểm tự chấm → 0 điểm');
  });

  it('scores every commune as the hand count does, on every face: the command line, --json, the scored copy, «Tổng hợp»; Long Điền’s 80 «Tốt» at the edge, Phước Tỉnh’s 89,99 short of «Xuất sắc» by its own 3,9966667 of DTI-33’s 4', async () => {
    // Phước Hải 100 − 1 − 1 − 1,5 = 96,5; Long Hải 98 − 4 (DTI-14 rejected) = 94; Đất Đỏ 100 − 5 − 2 = 93; Long Điền
    // 100 − 5 − 3,5 − 2,5 − 5 − 4 = 80; Phước Tỉnh 100 − 2 − 1,5 − 1,5 − 5 − 0,01 (DTI-33's 3,9966667 of 4) = 89,99,
    // short of «Xuất sắc» by its own figure.
    expect(UNITS.map(([file]) => counted(file))).toEqual([96.5, 94, 93, 80, 89.99]);
    expect(card('phuoc-tinh').criteria.find((c) => c.code === 'DTI-33')!.reason).toBe('Chấm 3,997 → tính 3,99/4 điểm (điểm tính đến hai chữ số thập phân, không làm tròn lên) (theo điểm tự chấm)');
    for (const [file, name] of UNITS) expect([card(file).total, card(file).applicableMax, card(file).percent, card(file).classification?.label], name).toEqual([counted(file), 100, counted(file), band(counted(file))]);
    expect(y.json.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total]))).toEqual(ranked().map(([file, name], k) => [k + 1, name, counted(file)]));
    for (const [k, [file, name]] of ranked().entries()) expect(y.again.stdout).toContain(`${k + 1}. ${name}: ${totalWords(counted(file))} — ${band(counted(file))}`);
    expect(besideTotals(UNITS.map(([file, name]) => [join(y.dir, 'ket-qua', `${file}.cham-diem.xlsx`), name]))).toEqual(UNITS.map(([file]) => [counted(file), band(counted(file))]));
    const { ranked: rows, shortfalls } = await summaryRows(y.dir);
    expect(rows).toEqual(ranked().map(([file, name]) => [name, counted(file), 100, counted(file), band(counted(file))]));
    expect(shortfalls).toEqual([
      [nameOf('long-dien'), 'Xuất sắc', 90 - counted('long-dien')],
      [nameOf('phuoc-tinh'), 'Xuất sắc', roundPoints(90 - counted('phuoc-tinh'))],
    ]);
  });

  councilsYear(
    {
      year: () => y,
      ranked,
      review: [
        ['long-hai', 'K29', 'Bác số liệu', 'Không có minh chứng'],
        ['dat-do', 'K61', 'Chấp nhận', null],
      ],
      rejected: { file: 'long-hai', code: 'DTI-14' },
      accepted: 'dat-do',
      counted,
      pointsOf,
      standing: (file) => `Xếp loại ${band(counted(file))}, ${totalWords(counted(file))}`,
      unnamed,
    },
    'long-dien',
  );

  it('counts in the papers the indicators each commune met in full, of the table’s 43', () => {
    const short = (file: Unit) => items.filter((r) => pointsOf(file, r.code) < r.points);
    expect(UNITS.map(([file]) => short(file).length)).toEqual([3, 2, 2, 5, 5]);
    for (const [file, name] of UNITS) {
      const said = short(file).map((r) => `${r.words} (${formatPoints(pointsOf(file, r.code))}/${formatPoints(r.points)})`).join('; ');
      expect(unnamed(y.printed.get('danh-sach-cong-khai')!), name).toContain(unnamed(`hoàn thành đầy đủ ${43 - short(file).length}/43 tiêu chí; chưa đầy đủ: ${said}`));
    }
    // Long Hải's own report: 41 met, DTI-14 at 0 of 4 as the council left it.
    expect(y.printed.get('bao-cao-thanh-tich-02-ubnd-xa-long-hai')).toContain(`${formatPoints(counted('long-hai'))}/100 điểm (${formatPoints(counted('long-hai'))}%), xếp loại Xuất sắc, hạng 2/5`);
    expect(y.printed.get('bao-cao-thanh-tich-02-ubnd-xa-long-hai')).toContain('Hoàn thành đầy đủ 41 tiêu chí');
  });

  it('the task pane takes the same table as the same set and scores the same reports to the same totals, bands and flags, every cell as the command line writes it', () => {
    expect(y.pane.set.groups.map((g) => [g.title, g.maxPoints])).toEqual(y.set.groups.map((g) => [g.title, g.maxPoints]));
    expect(y.pane.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual(y.set.criteria.map((c) => [c.code, c.maxPoints]));
    // Before any council: every commune's report in, Long Hải's DTI-14 at its 4.
    expect(UNITS.map(([, name]) => {
      const c = y.pane.cards.find((x) => x.unitName === name)!;
      return [name, c.total, c.applicableMax, c.percent, c.classification?.label];
    })).toEqual(UNITS.map(([file, name]) => [name, counted(file, false), 100, counted(file, false), band(counted(file, false))]));
    // The pane's sheets against `thidua score` of the same reports with the pane's set, cell by cell.
    expect(y.pane.against.compared).toBeGreaterThan(2_000);
    expect(y.pane.against.differ).toEqual([]);
    expect(y.pane.cli.cards.map((c) => [c.unitName, c.total])).toEqual(y.pane.cards.map((c) => [c.unitName, c.total]));
    const paneFlags = (file: Unit) => y.pane.cards.find((c) => c.unitName === nameOf(file))!.flags.map((f) => [f.code, f.cell]);
    expect([paneFlags('long-hai'), paneFlags('dat-do')]).toEqual([[['self-score-over-max', 'K29']], [['missing-value', 'K61']]]);
  });
});

// Made for an engineer's walk of a commune's DTI set kept by its tracking page (dti-xa-phuoc-hai) through the year,
// on the command line and in the task pane: Phước Tỉnh's DTI-33 typed 3,9966667 (1199/1200 × 4) was counted 4/4,
// «đầy đủ», and carried it from 89,99 to 90 «Xuất sắc» on every face, without a word.
