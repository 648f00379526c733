// A year of individuals (cá nhân) on the command line, to their printed papers: the real Mẫu 03 a ward school of Đà
// Nẵng filled for a teacher (ccvc-son-tra-mau-03.xlsx: «PHIẾU THEO DÕI, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ/CÔNG
// CHỨC/VIÊN CHỨC», A 30 + B 70 = 100, B's items scored by their levels, part C's bonus recorded beside the total and
// its deductions per case) → `criteria import` → the council's confirmation on the set's «Tiêu chí» sheet (the year,
// the ward, three award forms for individuals) → nine civil servants of the ward's office, each a `template` filled by
// openpyxl (one saved again by LibreOffice; one over an item's maximum; one with a deduction; one with a bonus; one
// sent back blank; one late, «Chưa nộp» on the first run) → `score` (text, --json, the scored copies, tong-hop.xlsx)
// → the council's decisions → `score --decisions` → the vote → `close` → `papers` → the proposal printed by
// LibreOffice and read back with pdftotext. Each person's total is counted here from the form's own cells.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { RANKING_HEADERS, SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { PROPOSALS_SHEET } from '../../core/workbook/plan-proposals.js';
import { formatPoints } from '../../core/values.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { readPrinted } from '../papers/pdf-layout.js';
import { openXlsx, runChildOk, tempDir, type Run } from './helpers.js';
import { besideTotals, walkYear, type Year } from './walk.js';

const XLSX = 'ccvc-son-tra-mau-03.xlsx';
const CORPUS = join(import.meta.dirname, '../fixtures/real/criteria-corpus', XLSX);

/** The form's rows 15–92 on its second sheet as openpyxl reads them: STT (A), words (B), «Thang điểm tối đa» (E). */
const FORM_ROWS = `
import sys, json
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1]).worksheets[1]
print(json.dumps([[r, ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 5).value] for r in range(15, 93)], default=str))
`;
type Row = { row: number; mark: string; words: string; max: number | undefined };

/** A Word paper's paragraphs as Word keeps them (word/document.xml; argv 1), each its runs' text, one a line. */
const PARAGRAPHS = `
import sys, zipfile
from xml.etree import ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
doc = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))
print('\\n'.join(''.join(t.text or '' for t in p.iter(W + 't')) for p in doc.iter(W + 'p')))
`;
const paragraphs = (paper: string, at = dir) => execFileSync('/usr/bin/python3', ['-c', PARAGRAPHS, join(at, 'ho-so', `${paper}.docx`)], { encoding: 'utf8' }).split('\n');

/**
 * The council's confirmation on the imported set's «Tiêu chí» sheet (argv 1), in Excel's place: the year, the ward,
 * and the award forms (argv 2: [form, lowest band, quota, code, «Đồng thời tặng» if any]) in place of the default one;
 * «Đồng thời tặng» is found by its header on the sheet `criteria import` wrote. A quota given as a number is typed as
 * Excel keeps «15%»: 0,15 in a percent format.
 */
const CONFIRM = `
import sys, json
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1]); ws = wb['Tiêu chí']
at = {ws.cell(r, 2).value: r for r in range(1, ws.max_row + 1)}
for key, value in (('Kỳ', 'Năm 2025'), ('Từ ngày', '01/01/2025'), ('Đến ngày', '31/12/2025'), ('Xã', 'Phường Sơn Trà'), ('Tỉnh', 'Thành phố Đà Nẵng')): ws.cell(at[key], 3, value)
forms = json.loads(sys.argv[2])
head = at['Hình thức']
also = next((k for k in range(2, 15) if ws.cell(head, k).value == 'Đồng thời tặng'), None)
ws.insert_rows(head + 2, len(forms) - 1)
for i, (label, band, quota, code, *given) in enumerate(forms):
    for k in range(2, 15): ws.cell(head + 1 + i, k, None)
    for k, value in ((2, label), (3, 'Xã'), (4, 'Hằng năm'), (5, band), (7, quota), (14, code)): ws.cell(head + 1 + i, k, value)
    if isinstance(quota, float): ws.cell(head + 1 + i, 7).number_format = '0%'
    if given and also: ws.cell(head + 1 + i, also, given[0])
wb.save(sys.argv[1])
`;
import { linesAbove } from '../helpers/lines-above.js';

/** Nine civil servants of the ward's office, each the file they send. */
const PEOPLE = [
  ['nguyen-van-an', 'Nguyễn Văn An'],
  ['tran-thi-binh', 'Trần Thị Bình'],
  ['le-van-cuong', 'Lê Văn Cường'],
  ['pham-thi-dung', 'Phạm Thị Dung'],
  ['hoang-van-em', 'Hoàng Văn Em'],
  ['vu-thi-giang', 'Vũ Thị Giang'],
  ['dang-van-hung', 'Đặng Văn Hùng'],
  ['bui-thi-lan', 'Bùi Thị Lan'],
  ['ngo-van-minh', 'Ngô Văn Minh'],
] as const;
type Person = (typeof PEOPLE)[number][0];
const nameOf = (file: Person) => PEOPLE.find(([f]) => f === file)![1];

/**
 * What each types in «Điểm tự chấm»: every item of A at its maximum and every item of B at its level «a», but as said
 * (B's items typed as the points of the level chosen). Vũ Thị Giang sends the template back blank.
 */
const CHANGES: Record<Exclude<Person, 'vu-thi-giang'>, Record<string, number>> = {
  // Bonus C.I.1 (1) and C.I.3 (2): recorded beside the total, not added.
  'nguyen-van-an': { 'C.I.1': 1, 'C.I.3': 2 },
  // Saved again by LibreOffice: B.3 at its level b (25).
  'tran-thi-binh': { 'B.3': 25 },
  // A.I.2.d «2,5», over its 2: counted 2; A.III.1 at 1,5 of 2,5.
  'le-van-cuong': { 'A.I.2.d': 2.5, 'A.III.1': 1.5 },
  // B.2 at its level b (15); one violation reprimanded, C.II.1: «trừ 01 điểm/lần vi phạm».
  'pham-thi-dung': { 'B.2': 15, 'C.II.1': 1 },
  // B.1, B.2 at level b (15 each), B.3 at level c (20).
  'hoang-van-em': { 'B.1': 15, 'B.2': 15, 'B.3': 20 },
  // A.I.1.a 0,5 of 0,75, A.III.2 and A.III.3 at 1 of 2,5, B.3 at level b (25).
  'dang-van-hung': { 'A.I.1.a': 0.5, 'A.III.2': 1, 'A.III.3': 1, 'B.3': 25 },
  // B.1, B.2 at level c (10 each), B.3 at level c (20): 70, the band's edge.
  'bui-thi-lan': { 'B.1': 10, 'B.2': 10, 'B.3': 20 },
  // Late: B.2 at level b (15).
  'ngo-van-minh': { 'B.2': 15 },
};
const SENT = PEOPLE.map(([file]) => file).filter((f): f is Exclude<Person, 'vu-thi-giang'> => f !== 'vu-thi-giang');

let rows: Row[];
/** The form's items by the codes its numbering gives (A.I.1.a, A.III.1, B.1, C.II.1), each with its row. */
let items: Map<string, Row>;
/** B's items' levels: the letter rows under each, with their points. */
let levels: Map<string, number[]>;

/** Reads the form's numbering: A / B / C, I / II / III, 1–4, a–g — a code for each row that carries a maximum or words. */
function numbered(form: Row[]): void {
  items = new Map();
  levels = new Map();
  let part = '';
  let roman = '';
  let item = '';
  for (const r of form) {
    if (r.row >= 84) break;
    if (/^[ABC]$/.test(r.mark)) [part, roman, item] = [r.mark, '', ''];
    else if (/^(I|II|III)$/.test(r.mark)) [roman, item] = [r.mark, ''];
    else if (/^\d$/.test(r.mark)) {
      item = [part, roman, r.mark].filter(Boolean).join('.');
      items.set(item, r);
    } else if (/^\p{Ll}$/u.test(r.mark)) {
      // Under B a letter is a level of its item; under A a letter row is the item, its number row the sum of them.
      if (part === 'B') levels.set(item, [...(levels.get(item) ?? []), r.max!]);
      else {
        items.delete(item);
        items.set(`${item.split('.').slice(0, 3).join('.')}.${r.mark}`, r);
      }
    }
  }
}
const scored = () => [...items.keys()].filter((code) => !code.startsWith('C.'));
/** Every item of A and B at its maximum (B's level a), then the person's changes. */
const typedBy = (file: Person): Record<string, number> => (file === 'vu-thi-giang' ? {} : { ...Object.fromEntries(scored().map((c) => [c, items.get(c)!.max!])), ...CHANGES[file] });
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The hand count: each item of A at what was typed, at most its «Thang điểm tối đa»; each of B at the level typed
 * (one of its rows' points); the deduction C.II.1 1 point a violation; the bonus C.I recorded beside the total, not
 * added (A85: «3. Tổng điểm theo dõi, đánh giá chính thức:100» and «4. Tổng điểm cộng (nếu có): 2» apart).
 */
const counted = (file: Person): number => {
  const typed = typedBy(file);
  const base = scored().reduce((s, code) => s + Math.min(typed[code]!, items.get(code)!.max!), 0);
  return round(base - (typed['C.II.1'] ?? 0));
};
const bonusOf = (file: Person) => ['C.I.1', 'C.I.2', 'C.I.3', 'C.I.4'].reduce((s, c) => s + (typedBy(file)[c] ?? 0), 0);
/** The bands as B92–H92 write them: from 90, from 70, from 50, below 50 — on the 100 points. */
const band = (file: Person) => (counted(file) >= 90 ? 'Hoàn thành xuất sắc nhiệm vụ' : counted(file) >= 70 ? 'Hoàn thành tốt nhiệm vụ' : counted(file) >= 50 ? 'Hoàn thành nhiệm vụ' : 'Không hoàn thành nhiệm vụ');
/** Ranked by total, then the earlier sent (the set's tie-breaks): Bình's 95 sent 10/12 before Minh's 95, late. */
const ranked = () => [...SENT].sort((a, b) => counted(b) - counted(a) || Number(a === 'ngo-van-minh') - Number(b === 'ngo-van-minh'));

let dir: string;
let imported: Run;
/** What `criteria export` said of the council's «Tiêu chí» sheet. */
let exported: Run;
/** What the year's commands said. */
let year: Year;
let printed: string;

/**
 * The council's three forms, their quotas typed as shares: «Chiến sĩ thi đua cơ sở» in the law's words, of the
 * persons reaching «Lao động tiên tiến» (from «Hoàn thành tốt nhiệm vụ»: all 8 ranked) — 15 % of 8 is 1,2, one
 * (rounded down: the plan says no rounding); «không quá 25% số cá nhân» of the 8 ranked is 2 Giấy khen. `also`, what
 * the council types in its «Đồng thời tặng»; `cstd`, the first form's quota as typed.
 */
const CSTD_QUOTA = 'không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến';
const FORMS = (also?: string, cstd: string | number = CSTD_QUOTA) => [
  ['Chiến sĩ thi đua cơ sở', 'Hoàn thành xuất sắc nhiệm vụ', cstd, 'cstd-co-so', ...(also ? [also] : [])],
  ['Giấy khen của Chủ tịch UBND phường', 'Hoàn thành xuất sắc nhiệm vụ', 'không quá 25% số cá nhân', 'giay-khen-phuong'],
  ['Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ', '', 'lao-dong-tien-tien'],
];

/**
 * The form imported, confirmed with `forms`, and the year walked in a folder of its own; with `sentIn`, the folder of
 * a walk whose set made the same templates, the people's list and reports that walk's (walkYear).
 */
async function walkWith(forms: (string | number)[][], sentIn?: string): Promise<{ dir: string; imported: Run; exported: Run; year: Year }> {
  const at = await tempDir();
  const thidua = (...args: string[]) => runChildOk(args, at);
  await copyFile(CORPUS, join(at, XLSX));
  const imported = await thidua('criteria', 'import', XLSX, '--out', 'bo-nhap.xlsx');
  execFileSync('/usr/bin/python3', ['-c', CONFIRM, join(at, 'bo-nhap.xlsx'), JSON.stringify(forms)]);
  const exported = await thidua('criteria', 'export', 'bo-nhap.xlsx', '--out', 'bo.json');
  // Ngô Văn Minh's report late, «Chưa nộp» on the first run; Trần Thị Bình's saved again by LibreOffice.
  const year = await walkYear(at, PEOPLE, (file) => typedBy(file as Person), 'tran-thi-binh', 'Phòng họp UBND phường Sơn Trà', 'Cá nhân', sentIn);
  return { dir: at, imported, exported, year };
}

beforeAll(async () => {
  rows = (JSON.parse(execFileSync('/usr/bin/python3', ['-c', FORM_ROWS, CORPUS], { encoding: 'utf8' })) as [number, unknown, unknown, unknown][]).map(([row, a, b, e]) => ({
    row,
    mark: String(a ?? '').trim(),
    words: String(b ?? '').trim(),
    max: e === null || e === undefined ? undefined : Number(e),
  }));
  numbered(rows);
  // The council's «Đồng thời tặng» left empty: each person one form.
  ({ dir, imported, exported, year } = await walkWith(FORMS()));
  await sofficeAll([join(dir, 'ho-so', 'to-trinh.docx')], join(dir, 'ho-so'), 'pdf');
  printed = (await readPrinted(join(dir, 'ho-so', 'to-trinh.pdf'))).lines.map((l) => l.text).join(' ');
}, 300_000);

const card = (file: Person) => year.json.cards.find((c) => c.unitName === nameOf(file))!;
/** «100/100 điểm (100%; điểm cộng ghi nhận 3, không cộng vào tổng)», «94 điểm (95/100 điểm chuẩn, trừ 1 điểm)», «99/100 điểm (99%)». */
function totalWords(file: Person): string {
  const deduction = typedBy(file)['C.II.1'] ?? 0;
  if (deduction > 0) return `${formatPoints(counted(file))} điểm (${formatPoints(counted(file) + deduction)}/100 điểm chuẩn, trừ ${formatPoints(deduction)} điểm)`;
  const recorded = bonusOf(file) > 0 ? `; điểm cộng ghi nhận ${formatPoints(bonusOf(file))}, không cộng vào tổng` : '';
  return `${formatPoints(counted(file))}/100 điểm (${formatPoints(counted(file))}%${recorded})`;
}

describe('a year of individuals on Mẫu 03 (ccvc-son-tra-mau-03.xlsx), walked on the command line to the printed papers', () => {
  it('imports the form as it states it: A 30 (I, II, III 10 each) + B 70 = 100, 35 items, B’s levels, C outside the 100', () => {
    // The working, from the form's cells: A's 25 items (rows 18–25, 27–30, 33–35, 37–38, 40–41, 43–44, 46–49) add to
    // E15's 30 — I (E16) 10, II (E31) 10, III (E45) 10; B's three items E51 20, E58 20, E65 30 add to E50's 70, each
    // the highest of its levels (a–e; a–g); A + B = E73's «TỔNG SỐ ĐIỂM ĐẠT ĐƯỢC (A+B)» 100. Part C (rows 74–83):
    // four bonus rows E76–E79 (1, 1, 2, 2), three deductions with no points cell (B81 «trừ 01 điểm/lần vi phạm»).
    const at = (row: number) => rows.find((r) => r.row === row)!.max;
    const sum = (prefix: string) => round(scored().filter((c) => c.startsWith(prefix)).reduce((s, c) => s + items.get(c)!.max!, 0));
    expect([sum('A.I.'), sum('A.II.'), sum('A.III.'), sum('A.'), sum('B.')]).toEqual([at(16), at(31), at(45), at(15), at(50)]);
    expect([at(15), at(50), at(73)]).toEqual([30, 70, 100]);
    expect([...levels].map(([code, points]) => [code, points])).toEqual([['B.1', [20, 15, 10, 5, 1, 0]], ['B.2', [20, 15, 10, 5, 1, 0]], ['B.3', [30, 25, 20, 15, 10, 5, 0]]]);
    expect([scored().length, items.size]).toEqual([28, 35]);
    expect(['C.I.1', 'C.I.2', 'C.I.3', 'C.I.4'].map((c) => items.get(c)!.max)).toEqual([1, 1, 2, 2]);
    expect(imported.stdout).toContain('(35 tiêu chí, 3 nhóm)');
    expect(imported.stdout).toContain('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 5 phần, 57 số điểm của mục, 4 mức xếp loại).');
    expect(imported.stdout).toContain('Chấm trên tổng 100 điểm (điểm cộng ghi nhận tối đa 6, không cộng vào tổng; điểm trừ tối đa 5).');
    expect(imported.stdout).toContain('điểm cộng C.I.1, C.I.2, C.I.3, C.I.4 được ghi nhận bên cạnh tổng điểm chính thức, không cộng vào tổng.');
  });

  it('lists on the first run the late one as «Chưa nộp», and the blank template as not sent, never ranked at 0 % «Không hoàn thành nhiệm vụ»', () => {
    expect(year.first.stdout).toContain('Ngô Văn Minh: Chưa nộp: có trong «Danh sách đơn vị» nhưng không có báo cáo');
    for (const run of [year.first, year.again]) {
      expect(run.stdout).toContain('Vũ Thị Giang (tệp bao-cao/vu-thi-giang.xlsx, trang «Vũ Thị Giang»): Chưa nộp: báo cáo còn để trống, không xếp hạng, không đề xuất');
      expect(run.stdout).not.toMatch(/Vũ Thị Giang: 0\/100 điểm/);
    }
    expect(card('vu-thi-giang').flags.map((f) => [f.code, f.message])).toEqual([['blank-report', 'mẫu gửi lại chưa điền số liệu nào (28 tiêu chí để trống): Vũ Thị Giang không xếp hạng, không đề xuất']]);
  });

  it('scores every individual as the hand count does, on every face: the command line, --json, the scored copy, «Tổng hợp»', async () => {
    // An 100 (bonus 1 + 2 recorded); Bình 100 − 5 (B.3 b) = 95; Cường 100 − 1 (A.III.1) = 99, A.I.2.d's 2,5 counted
    // 2; Dung 100 − 5 (B.2 b) − 1 (C.II.1) = 94; Em 100 − 5 − 5 − 10 = 80; Hùng 100 − 0,25 − 1,5 − 1,5 − 5 = 91,75;
    // Lan 100 − 10 − 10 − 10 = 70; Minh 100 − 5 = 95.
    expect(SENT.map((f) => [f, counted(f), bonusOf(f)])).toEqual([
      ['nguyen-van-an', 100, 3], ['tran-thi-binh', 95, 0], ['le-van-cuong', 99, 0], ['pham-thi-dung', 94, 0],
      ['hoang-van-em', 80, 0], ['dang-van-hung', 91.75, 0], ['bui-thi-lan', 70, 0], ['ngo-van-minh', 95, 0],
    ]);
    for (const f of SENT) expect([card(f).unitKind, card(f).total, card(f).recorded, card(f).applicableMax, card(f).classification?.label], f).toEqual(['ca-nhan', counted(f), bonusOf(f), 100, band(f)]);
    expect(year.json.ranking.map((r) => r.kindLabel)).toEqual(['Cá nhân']);
    expect(year.json.ranking[0]!.entries.map((e) => [e.rank, e.unitName, e.total])).toEqual(ranked().map((f, k) => [k + 1, nameOf(f), counted(f)]));
    for (const [k, f] of ranked().entries()) expect(year.again.stdout).toContain(`${k + 1}. ${nameOf(f)}: ${totalWords(f)} — ${band(f)}`);
    expect(besideTotals(SENT.map((f) => [join(dir, 'ket-qua', `${f}.cham-diem.xlsx`), nameOf(f)]))).toEqual(SENT.map((f) => [counted(f), band(f)]));
    const [summary] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SUMMARY_SHEET]);
    const top = summary!.values.findIndex((r) => r[0] === RANKING_HEADERS[0] && r[1] === RANKING_HEADERS[1]);
    expect(summary!.values.slice(top + 1).filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[3], r[6]])).toEqual(ranked().map((f) => [nameOf(f), counted(f), band(f)]));
  });

  it('says Cường’s 2,5 over A.I.2.d’s 2 where he typed it, and proposes each form within the quota the council typed', async () => {
    expect(card('le-van-cuong').flags.map((f) => [f.code, f.cell])).toEqual([['self-score-over-max', 'K25']]);
    expect(card('le-van-cuong').flags[0]!.message).toContain('điểm tự chấm 2,5 vượt điểm tối đa 2 → tính 2');
    // One form a person, highest first: the one «Chiến sĩ thi đua cơ sở» to the first, the two «Giấy khen» to the
    // next two, «Lao động tiên tiến» (no number: the council decides) listed for the rest at «Hoàn thành tốt» or above.
    // The quotas the council typed: 15 % of the 8 persons reaching «Lao động tiên tiến» (each at 70 or above, its
    // band «Hoàn thành tốt nhiệm vụ») is 1,2 — one, rounded down; 25 % of the 8 ranked is 2.
    const reachLdtt = SENT.filter((f) => counted(f) >= 70);
    expect([reachLdtt.length, Math.floor(0.15 * reachLdtt.length), 0.25 * SENT.length]).toEqual([8, 1, 2]);
    const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
    expect(exported.stdout + exported.stderr).toMatch(
      /ô G\d+: Chỉ tiêu «không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến»: 15% số cá nhân đạt Lao động tiên tiến trong lượt chấm \(sau quyết định của Hội đồng\), làm tròn xuống/,
    );
    expect(set.awards.forms.find((f) => f.id === 'cstd-co-so')!.quotas).toEqual([{ subject: 'individual', percent: 15, of: 'lao-dong-tien-tien' }]);
    const reason = (form: string) => year.json.proposals.find((p) => p.form === form && p.proposed)!.reason;
    expect(reason('cstd-co-so')).toContain('trong chỉ tiêu 1 cá nhân (15% của 8 cá nhân đạt Lao động tiên tiến = 1,2, làm tròn xuống; kế hoạch không nêu cách làm tròn)');
    expect(reason('giay-khen-phuong')).toContain('trong chỉ tiêu 2 cá nhân (25% của 8 cá nhân được chấm điểm, xếp hạng = 2)');
    const proposed = (form: string) => year.json.proposals.filter((p) => p.form === form && (p.proposed || p.eligible)).map((p) => p.unitName);
    const [cstd, ...rest] = ranked();
    expect(proposed('cstd-co-so')).toEqual([nameOf(cstd!)]);
    expect(proposed('giay-khen-phuong')).toEqual(rest.slice(0, 2).map(nameOf));
    expect(proposed('lao-dong-tien-tien')).toEqual(rest.slice(2).map(nameOf));
    expect(year.json.proposals.some((p) => p.unitName === 'Vũ Thị Giang')).toBe(false);
  });

  it('closes and writes the papers for individuals — counts, quotas, names, totals and bands as counted — printed as LibreOffice prints them', () => {
    expect(year.closed.stdout).toMatch(/^Đã chốt kết quả lần 1/);
    expect(year.papers.code).toBe(0);
    const [cstd, ...rest] = ranked();
    expect(printed).toContain('1. Đề nghị Chủ tịch Ủy ban nhân dân phường tặng Chiến sĩ thi đua cơ sở cho 01 cá nhân:');
    expect(printed).toContain('2. Đề nghị Chủ tịch Ủy ban nhân dân phường tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 02 cá nhân:');
    expect(printed).toContain(`3. Đề nghị Chủ tịch Ủy ban nhân dân phường tặng Lao động tiên tiến cho ${String(rest.length - 2).padStart(2, '0')} cá nhân:`);
    expect(printed).not.toContain('tập thể:');
    for (const [k, f] of [cstd!, ...rest].entries()) {
      // Each person's items below their maximum, named as the form names them (B's by their first line, not the
      // formula, example and note under it), at what was counted of their maximum.
      const typed = typedBy(f);
      const short = scored().filter((c) => Math.min(typed[c]!, items.get(c)!.max!) < items.get(c)!.max!);
      const named = (c: string) => items.get(c)!.words.split('\n')[0]!.trim();
      const listed = short.length === 0 ? '' : `; chưa đầy đủ: ${short.slice(0, 3).map((c) => `${named(c)} (${formatPoints(typed[c]!)}/${formatPoints(items.get(c)!.max!)})`).join('; ')}`;
      // LibreOffice prints the name beside the first line of the achievement: each read apart.
      expect(printed, f).toContain(nameOf(f));
      expect(printed, f).toContain(`Xếp loại ${band(f)}, ${totalWords(f)}, hạng ${k + 1}/${SENT.length} trong bảng xếp hạng Cá nhân; hoàn thành đầy đủ ${28 - short.length}/28 tiêu chí${listed}`);
    }
    expect(printed).not.toContain('Lưu ý: Chỉ điền');
    // The ward's plan is the ward's.
    expect(printed).toContain('Thực hiện Kế hoạch phát động phong trào thi đua chuyển đổi số của phường;');
    expect(printed).not.toContain('Vũ Thị Giang');
  });

  it('counts the individuals in the minutes and the decision as the command line does: 8 scored, 1 not sent and not scored, 1 + 2 + 5 awarded, the prizes', () => {
    const minutes = paragraphs('bien-ban');
    expect(minutes).toContain(`Hội đồng xem xét kết quả chấm điểm năm 2025 của 08 cá nhân, ${/đã được Hội đồng chốt ngày \d\d\/\d\d\/\d{4}/.exec(minutes.join(' '))![0]}; 01 cá nhân chưa nộp báo cáo: Vũ Thị Giang.`);
    // The council's decision on the blank form: no points kept, as none were scored.
    const row = minutes.indexOf('Vũ Thị Giang');
    expect(minutes.slice(row, row + 4)).toEqual(['Vũ Thị Giang', 'Đơn vị chưa nộp báo cáo', 'Chấp nhận (Lò Văn Thành, 20/11/2026)', 'không chấm điểm, không xếp hạng (chưa nộp báo cáo)']);
    expect(minutes).toContain('Chiến sĩ thi đua cơ sở (chỉ tiêu 1 cá nhân — 15% của 8 cá nhân đạt Lao động tiên tiến = 1,2, làm tròn xuống; kế hoạch không nêu cách làm tròn):');
    expect(minutes).toContain('Giấy khen của Chủ tịch Ủy ban nhân dân phường (chỉ tiêu 2 cá nhân — 25% của 8 cá nhân được chấm điểm, xếp hạng = 2):');
    const [cstd, ...rest] = ranked().map(nameOf);
    expect(minutes).toContain(`- Đề nghị tặng Chiến sĩ thi đua cơ sở cho 01 cá nhân: ${cstd};`);
    expect(minutes).toContain(`- Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 02 cá nhân: ${rest.slice(0, 2).join('; ')};`);
    expect(minutes).toContain(`- Đề nghị tặng Lao động tiên tiến cho 05 cá nhân: ${rest.slice(2).join('; ')};`);
    const decision = paragraphs('du-thao-quyet-dinh');
    expect(decision.find((l) => l.startsWith('Điều 1.'))).toBe(
      'Điều 1. Tặng Chiến sĩ thi đua cơ sở cho 01 cá nhân; Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 02 cá nhân; Tặng Lao động tiên tiến cho 05 cá nhân đã có thành tích trong phong trào thi đua chuyển đổi số năm 2025 (có danh sách kèm theo).',
    );
    // 1 × 2.530.000 for the one; 0,3 × 2.530.000 = 759.000, rounded up to 760.000, for each of the other seven.
    expect(decision.find((l) => l.startsWith('Điều 2.'))).toContain(`Tổng số tiền thưởng ${(2_530_000 + 7 * 760_000).toLocaleString('vi-VN')} đồng`);
    expect(['DANH SÁCH 01 CÁ NHÂN ĐƯỢC TẶNG CHIẾN SĨ THI ĐUA CƠ SỞ', 'DANH SÁCH 05 CÁ NHÂN ĐƯỢC TẶNG LAO ĐỘNG TIÊN TIẾN'].every((l) => decision.includes(l))).toBe(true);
  });

  it('says who reaches «Lao động tiên tiến» but is listed for another form, where the set does not say the other also gives it — on the command line and «Đề xuất khen thưởng» with where the set would say it, the minutes, the proposal, the posted list and the decision by count and list', async () => {
    // The three proposed for the higher forms (100, 99, 95 ≥ 70, «Hoàn thành tốt nhiệm vụ» or above), in rank order.
    const [cstd, gk1, gk2] = ranked().map(nameOf);
    const said = `03 cá nhân đạt mức Lao động tiên tiến được đề nghị hình thức khác, không ghi trong danh sách Lao động tiên tiến: Chiến sĩ thi đua cơ sở — ${cstd}; Giấy khen của Chủ tịch UBND phường — ${gk1}, ${gk2}; nếu quy định xét cả hai danh hiệu, ghi ở cột «Đồng thời tặng» của trang «Tiêu chí».`;
    expect(year.again.stdout).toContain(said);
    const [proposals] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([PROPOSALS_SHEET]);
    // Under the title, broken at words into rows within the table's width (so the sheet prints fitted to the page).
    expect(linesAbove(proposals!.values, 'Hình thức')).toContain(said);
    // The quota's working, of those reaching «Lao động tiên tiến», on the sheet as in --json.
    const working = '15% của 8 cá nhân đạt Lao động tiên tiến = 1,2, làm tròn xuống; kế hoạch không nêu cách làm tròn';
    expect(proposals!.values.flat().some((v) => typeof v === 'string' && v.includes(working))).toBe(true);
    // The proposal names each person once, at the item listing them: the sentence says how many and where (the chair
    // who signs it, Nguyễn Văn An of the walk's council, under «Nơi nhận»).
    const body = printed.slice(0, printed.indexOf('Nơi nhận:'));
    const head = '03 cá nhân đạt mức Lao động tiên tiến được đề nghị hình thức khác, không ghi trong danh sách Lao động tiên tiến:';
    const byItem = `${head} 01 cá nhân ở mục 1 (Chiến sĩ thi đua cơ sở); 02 cá nhân ở mục 2 (Giấy khen của Chủ tịch Ủy ban nhân dân phường).`;
    expect(printed).toContain(byItem);
    for (const name of [cstd!, gk1!, gk2!]) expect(body.split(name).length - 1, name).toBe(1);
    // The posted list says it in the same words, each person named once above its signature (the chair signs it);
    // the decision (its annexed lists not numbered) by their lists, in the check after them.
    const posted = paragraphs('danh-sach-cong-khai');
    expect(posted).toContain(byItem);
    const listed = posted.slice(0, posted.findIndex((l) => l.startsWith('Nơi nhận'))).join('\n');
    for (const name of [cstd!, gk1!, gk2!]) expect(listed.split(name).length - 1, name).toBe(1);
    const decision = paragraphs('du-thao-quyet-dinh');
    const byList = `${head} 01 cá nhân ở danh sách Chiến sĩ thi đua cơ sở; 02 cá nhân ở danh sách Giấy khen của Chủ tịch Ủy ban nhân dân phường.`;
    expect(decision.slice(decision.indexOf('THÔNG TIN KIỂM TRA DANH SÁCH'))).toContain(byList);
    // The minutes, signed, in the decision's words: no word to the clerk on the «Tiêu chí» sheet's columns.
    expect(paragraphs('bien-ban')).toContain(`- ${byList}`);
    expect(paragraphs('bien-ban').join('\n')).not.toContain('Đồng thời tặng');
  });

  it('heads the minutes’ columns of individuals «Cá nhân», never «Đơn vị»', () => {
    const minutes = paragraphs('bien-ban');
    const head = minutes.indexOf('Số liệu');
    expect(minutes.slice(head - 2, head + 3)).toEqual(['STT', 'Cá nhân', 'Số liệu', 'Quyết định', 'Điểm trước → sau']);
    const votes = minutes.indexOf('Kết quả biểu quyết');
    expect(minutes.slice(votes - 3, votes + 1)).toEqual(['STT', 'Cá nhân', 'Thành tích', 'Kết quả biểu quyết']);
  });
});

describe('the same year with the council’s «Đồng thời tặng»: Chiến sĩ thi đua cơ sở also gives Lao động tiên tiến (Law 06/2022/QH15; the 2026 text not verified, so the council types it)', () => {
  let both: { dir: string; year: Year };
  beforeAll(async () => {
    // The same nine reports as the first walk's: the forms the council typed are on no template. The first form's
    // quota typed as Excel keeps «15%»: 0,15 in a percent format, of all the persons ranked — one.
    both = await walkWith(FORMS('Lao động tiên tiến', 0.15), dir);
  }, 300_000);

  it('lists the one «Chiến sĩ thi đua cơ sở» for «Lao động tiên tiến» too: 06 of them, each title’s prize counted', () => {
    const [cstd, ...rest] = ranked().map(nameOf);
    const listed = (form: string) => both.year.json.proposals.filter((p) => p.form === form && (p.proposed || p.eligible)).map((p) => p.unitName);
    expect(listed('cstd-co-so')).toEqual([cstd]);
    expect(listed('giay-khen-phuong')).toEqual(rest.slice(0, 2));
    // The five left, and the one «Chiến sĩ thi đua cơ sở» first by rank: 6.
    expect(listed('lao-dong-tien-tien')).toEqual([cstd, ...rest.slice(2)]);
    const minutes = paragraphs('bien-ban', both.dir);
    expect(minutes).toContain(`- Đề nghị tặng Lao động tiên tiến cho 06 cá nhân: ${[cstd, ...rest.slice(2)].join('; ')};`);
    const decision = paragraphs('du-thao-quyet-dinh', both.dir);
    expect(decision.find((l) => l.startsWith('Điều 1.'))).toContain('Tặng Lao động tiên tiến cho 06 cá nhân');
    expect(decision).toContain('DANH SÁCH 06 CÁ NHÂN ĐƯỢC TẶNG LAO ĐỘNG TIÊN TIẾN');
    // 1 × 2.530.000 for «Chiến sĩ thi đua cơ sở»; 760.000 for each of the two Giấy khen and each of the six LĐTT.
    expect(decision.find((l) => l.startsWith('Điều 2.'))).toContain(`Tổng số tiền thưởng ${(2_530_000 + 8 * 760_000).toLocaleString('vi-VN')} đồng`);
    // The two Giấy khen, which the council did not say also gives it, still said.
    const said = `02 cá nhân đạt mức Lao động tiên tiến được đề nghị hình thức khác, không ghi trong danh sách Lao động tiên tiến: Giấy khen của Chủ tịch UBND phường — ${rest[0]}, ${rest[1]}; nếu quy định xét cả hai danh hiệu, ghi ở cột «Đồng thời tặng» của trang «Tiêu chí».`;
    expect(both.year.again.stdout).toContain(said);
    expect(both.year.again.stdout).not.toContain(`Chiến sĩ thi đua cơ sở — ${cstd}`);
  });
});

// Made for an engineer's walk of individuals (cá nhân) through the year to their papers, on the command line, on a
// real civil servant's evaluation form (ccvc-son-tra-mau-03.xlsx).
