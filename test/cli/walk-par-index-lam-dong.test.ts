// The officer's whole year on a plan received as a Word document: Lâm Đồng's PAR INDEX 2025 self-assessment
// (par-index-lam-dong-2025-tu-danh-gia.docx, the Ministry's form as the province filled it: eight fields, criteria x.y
// with their points on the row, component criteria x.y.z under them, numbering with gaps, hundredths, no total row),
// on the command line: `criteria import` of the .docx itself → five departments' `template`s filled by openpyxl (one
// the document's own «Điểm tự đánh giá» column; one saved again by LibreOffice; one self-score over its item's points;
// one department's report coming late, «Chưa nộp» on the first run) → `score` (text, --json, the scored copies,
// tong-hop.xlsx) → the council's decisions on «Rà soát», renamed by the council → `score --decisions` → the vote →
// `close` → `papers` → one paper printed by LibreOffice and read back with pdftotext. Every department's total is
// counted here from the document's own cells (the working below), and every face is held to it.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { RANKING_HEADERS, SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { formatPoints } from '../../core/values.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { readPrinted } from '../papers/pdf-layout.js';
import { openXlsx, runChild, runChildOk, tempDir, type Run } from './helpers.js';
import { besideTotals, walkYear } from './walk.js';

const DOCX = 'par-index-lam-dong-2025-tu-danh-gia.docx';
const CORPUS = join(import.meta.dirname, '../fixtures/real/criteria-corpus', DOCX);

/** The document's tables' rows as Word keeps them (word/document.xml): each cell's paragraphs' text, by table (argv 2). */
const DOC_ROWS = `
import sys, json, zipfile
from xml.etree import ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
doc = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))
table = list(doc.iter(W + 'tbl'))[int(sys.argv[2])]
print(json.dumps([['\\n'.join(''.join(t.text or '' for t in p.iter(W + 't')) for p in tc.findall(W + 'p')).strip() for tc in tr.findall(W + 'tc')] for tr in table.findall(W + 'tr')]))
`;
/** A row of the form: TT, the field's, criterion's or component's words, «Điểm chuẩn», «Điểm tự đánh giá» («8.00», «1.49»), «Tài liệu kiểm chứng». */
type Row = { code: string; words: string; points: number; self: number; evidence: string };

/** The five departments and the file each sends. */
const UNITS = [
  ['noi-vu', 'Sở Nội vụ'],
  ['tu-phap', 'Sở Tư pháp'],
  ['tai-chinh', 'Sở Tài chính'],
  ['khcn', 'Sở Khoa học và Công nghệ'],
  ['xay-dung', 'Sở Xây dựng'],
] as const;
type Unit = (typeof UNITS)[number][0];
const nameOf = (file: Unit) => UNITS.find(([f]) => f === file)![1];

/** «so-khoa-hoc-va-cong-nghe»: how a report's file name ends for a department. */
const slugOf = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-');

let rows: Row[];
/** The rows scored: those with no row numbered under them (the components x.y.z, and 1.1, 2.2, 5.4, 7.1, 8.2, 8.5). */
let items: Row[];
const under = (code: string) => rows.filter((r) => r.code.startsWith(`${code}.`));

/**
 * What a department types in «Điểm tự chấm»: every item at its «Điểm chuẩn» but as said. Sở Nội vụ types the
 * document's own «Điểm tự đánh giá» column; Sở Tài chính 2 at 7.1, over its 1,5.
 */
const CHANGES: Record<Exclude<Unit, 'noi-vu'>, Record<string, number>> = {
  // Saved again by LibreOffice: every item at its points.
  'tu-phap': {},
  // 7.1 «2», over its 1,5: counted 1,5; 8.5 at 0,75 of 1,5.
  'tai-chinh': { '7.1': 2, '8.5': 0.75 },
  // Field 6's 6.1 and 6.3 at 0 (3 + 3), 7.4.7 at 0,5 of 1,5.
  khcn: { '6.1.1': 0, '6.1.2': 0, '6.1.3': 0, '6.3.1': 0, '6.3.2': 0, '6.3.3': 0, '6.3.4': 0, '7.4.7': 0.5 },
  // Late: 1.3.1 at 0,25 of 1, 3.4.1 at 1 of 1,5.
  'xay-dung': { '1.3.1': 0.25, '3.4.1': 1 },
};
const typedBy = (file: Unit): Record<string, number> =>
  Object.fromEntries(items.map((r) => [r.code, file === 'noi-vu' ? r.self : (CHANGES[file][r.code] ?? r.points)]));
const round = (n: number) => Math.round(n * 100) / 100;
/** The hand count: each item at what the department typed, at most its «Điểm chuẩn»; on the document's 61,5. */
const counted = (file: Unit) => round(items.reduce((s, r) => s + Math.min(typedBy(file)[r.code]!, r.points), 0));
const percentOf = (file: Unit) => round((counted(file) / 61.5) * 100);
const band = (file: Unit) => (percentOf(file) >= 90 ? 'Xuất sắc' : percentOf(file) >= 80 ? 'Tốt' : percentOf(file) >= 60 ? 'Đạt' : 'Chưa đạt');

let dir: string;
let set: CriteriaSet;
let imported: Run;
let first: Run;
let again: Run;
let json: ScoreRunOutput;
let closed: Run;
let papers: Run;
let printed: string;

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runChildOk(args, dir);
  await copyFile(CORPUS, join(dir, 'bao-cao-par-index.docx'));
  rows = (JSON.parse(execFileSync('/usr/bin/python3', ['-c', DOC_ROWS, CORPUS, '2'], { encoding: 'utf8' })) as string[][]).slice(1).map(([code, words, points, self, evidence]) => ({
    code: code!,
    words: words!,
    points: Number(points),
    self: Number(self),
    evidence: evidence ?? '',
  }));
  items = rows.filter((r) => r.code.includes('.') && under(r.code).length === 0);
  imported = await thidua('criteria', 'import', 'bao-cao-par-index.docx', '--out', 'bo.json');
  set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
  // Sở Xây dựng's report late, «Chưa nộp» on the first run; Sở Tư pháp's saved again by LibreOffice.
  ({ first, again, json, closed, papers } = await walkYear(dir, UNITS, (file) => typedBy(file as Unit), 'tu-phap', 'Phòng họp Sở Nội vụ'));
  await sofficeAll([join(dir, 'ho-so', 'bien-ban.docx')], join(dir, 'ho-so'), 'pdf');
  printed = (await readPrinted(join(dir, 'ho-so', 'bien-ban.pdf'))).lines.map((l) => l.text).join(' ');
}, 300_000);

const card = (file: Unit) => json.cards.find((c) => c.unitName === nameOf(file))!;
/** «60,5/61,5 điểm (98,37%)»: a department's total as every face words it. */
const totalWords = (file: Unit) => `${formatPoints(counted(file))}/61,5 điểm (${formatPoints(percentOf(file))}%)`;

describe('Lâm Đồng’s PAR INDEX self-assessment, received as a Word document, walked through the year on the command line', () => {
  it('imports the document’s table as it states it: eight fields at their written points, 70 items at theirs, 61,5 in all', () => {
    // The working: each field's «Điểm chuẩn» is its rows' with no row under them, each criterion x.y with components
    // the sum of theirs (21 such), and the eight fields add to 61,5 — the document writes no total row; the covering
    // submission states «Tổng điểm tối đa phần tự đánh giá (theo thang điểm chuẩn): 61,5 điểm».
    const fields = rows.filter((r) => /^\d$/.test(r.code));
    expect(fields.map((f) => [f.code, f.points, round(items.filter((r) => r.code.startsWith(`${f.code}.`)).reduce((s, r) => s + r.points, 0))])).toEqual(fields.map((f) => [f.code, f.points, f.points]));
    const parents = rows.filter((r) => r.code.includes('.') && under(r.code).length > 0);
    expect(parents.map((p) => [p.code, p.points])).toEqual(parents.map((p) => [p.code, round(under(p.code).reduce((s, r) => s + r.points, 0))]));
    expect([fields.length, items.length, parents.length, round(fields.reduce((s, f) => s + f.points, 0))]).toEqual([8, 70, 21, 61.5]);
    // Read as the document states it.
    expect(set.groups.map((g) => [g.title, g.maxPoints])).toEqual(fields.map((f) => [f.words, f.points]));
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual(items.map((r) => [r.code, r.points]));
    expect(imported.stdout).toContain(`(70 tiêu chí, 8 nhóm) từ Bảng 3 («TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CHỈ…») của tệp bao-cao-par-index.docx`);
    expect(imported.stdout).toContain('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (8 phần, 91 số điểm của mục).');
    expect(imported.stdout).toContain('Chấm trên tổng 61,5 điểm.');
  });

  it('says the province’s own self-scores in «Điểm tự đánh giá» and its documents are not kept, and how to score them: not by giving `score` the Word file it cannot read', async () => {
    // The column adds to 60,5, each field to its written self-score: the province's «60,5/61,5 điểm (chỉ số 98,37%)».
    expect(round(items.reduce((s, r) => s + r.self, 0))).toBe(60.5);
    for (const f of rows.filter((r) => /^\d$/.test(r.code))) expect(round(items.filter((r) => r.code.startsWith(`${f.code}.`)).reduce((s, r) => s + r.self, 0)), f.code).toBe(f.self);
    const note = imported.stdout.split('\n').find((l) => l.includes('«Điểm tự đánh giá»'))!;
    expect(note).toContain('ghi điểm tự chấm của một đơn vị: bộ tiêu chí chỉ giữ các tiêu chí và điểm tối đa, không giữ các điểm ấy.');
    // `score` reads .xlsx reports only: the .docx given as a report is refused.
    await mkdir(join(dir, 'chinh-tep'));
    await copyFile(CORPUS, join(dir, 'chinh-tep', DOCX));
    const refused = await runChild(['score', 'chinh-tep', '--criteria', 'bo.json', '--out', 'kq-chinh-tep'], dir);
    expect(refused.stderr).toContain(`Bỏ qua chinh-tep/${DOCX}: không phải sổ tính .xlsx.`);
    expect(note).not.toContain('đưa chính tệp này vào «thidua score»');
    // Nor the province's documents of its «Tài liệu kiểm chứng» column, one a scored row: said, with where they go.
    const documents = items.filter((r) => r.evidence !== '').length;
    expect(documents).toBe(70);
    expect(note).toContain(
      `ghi các điểm ấy vào mẫu báo cáo của đơn vị (thidua template --unit) — cùng tài liệu kiểm chứng ${documents} dòng ghi ở cột E («Tài liệu kiểm chứng (Số, ký hiệu và ngày ban hành của văn bản, Phụ lục giải trình)», ô E1), vào cột «Minh chứng» của mẫu — rồi đưa mẫu ấy vào «thidua score»: «thidua score» chỉ chấm sổ tính .xlsx, không chấm chính tệp bao-cao-par-index.docx.`,
    );
  });

  it('lists on the first run the department not yet sent as «Chưa nộp», and scores the four that are', () => {
    expect(first.stdout).toContain('Sở Xây dựng: Chưa nộp: có trong «Danh sách đơn vị» nhưng không có báo cáo');
    for (const [file, name] of UNITS.slice(0, 4)) expect(first.stdout).toContain(`${name}: ${totalWords(file)}`);
  });

  it('scores every department as the hand count does, on every face: the command line, --json, the scored copy, «Tổng hợp»', async () => {
    // Sở Nội vụ, the document's own column: 61,5 − 0,01 (3.4.1) − 0,28 (6.1.1) − 0,22 (6.1.3) − 0,25 (6.2.3) − 0,04
    // (7.4.7) − 0,2 (8.5) = 60,5, 98,37 % as the submission states; Sở Tư pháp 61,5; Sở Tài chính 61,5 − 0,75 (8.5) =
    // 60,75 (7.1's «2» counted 1,5); Sở KH&CN 61,5 − 3 (6.1) − 3 (6.3) − 1 (7.4.7) = 54,5; Sở Xây dựng 61,5 − 0,75
    // (1.3.1) − 0,5 (3.4.1) = 60,25.
    expect(UNITS.map(([file]) => [counted(file), percentOf(file)])).toEqual([[60.5, 98.37], [61.5, 100], [60.75, 98.78], [54.5, 88.62], [60.25, 97.97]]);
    for (const [file, name] of UNITS) expect([card(file).total, card(file).applicableMax, card(file).percent, card(file).classification?.label], name).toEqual([counted(file), 61.5, percentOf(file), band(file)]);
    const ranked = [...UNITS].sort((a, b) => counted(b[0]) - counted(a[0]));
    expect(json.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total]))).toEqual(ranked.map(([file, name], k) => [k + 1, name, counted(file)]));
    for (const [k, [file, name]] of ranked.entries()) expect(again.stdout).toContain(`${k + 1}. ${name}: ${totalWords(file)} — ${band(file)}`);
    expect(besideTotals(UNITS.map(([file, name]) => [join(dir, 'ket-qua', `${file}.cham-diem.xlsx`), name]))).toEqual(UNITS.map(([file]) => [counted(file), band(file)]));
    const [summary] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SUMMARY_SHEET]);
    const top = summary!.values.findIndex((r) => r[0] === RANKING_HEADERS[0] && r[1] === RANKING_HEADERS[1]);
    expect(summary!.values.slice(top + 1).filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[3], r[4], r[5], r[6]])).toEqual(ranked.map(([file, name]) => [name, counted(file), 61.5, percentOf(file), band(file)]));
  });

  it('says Sở Tài chính’s 2 over 7.1’s 1,5 where it typed it, and keeps the council’s decision under the name it gave «Rà soát»', async () => {
    expect(card('tai-chinh').flags.map((f) => f.code)).toEqual(['self-score-over-max']);
    expect(card('tai-chinh').flags[0]!.message).toContain('điểm tự chấm 2 vượt điểm tối đa 1,5 → tính 1,5');
    expect(again.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Rà soát của Hội đồng']);
    expect(review!.values.filter((r) => r[1] === nameOf('tai-chinh')).map((r) => [r[3], r[8]])).toEqual([[card('tai-chinh').flags[0]!.cell, 'Chấp nhận']]);
  });

  it('closes and writes the papers with every department’s figure as counted, and counts its criteria as the document does: 33 tiêu chí x.y, 58 tiêu chí thành phần x.y.z under 21 of them, printed as LibreOffice prints them', async () => {
    expect(closed.stdout).toMatch(/^Đã chốt kết quả lần 1/);
    expect(papers.code).toBe(0);
    // The document's levels, as its column «Lĩnh vực/Tiêu chí/Tiêu chí thành phần» names them: the criteria x.y (33,
    // 12 scored on their own row, 21 the sum of their components), the components x.y.z (58) — never «70 tiêu chí»,
    // a count it does not state.
    const criteria = rows.filter((r) => /^\d+\.\d+$/.test(r.code));
    const components = rows.filter((r) => /^\d+\.\d+\.\d+$/.test(r.code));
    expect([criteria.length, criteria.filter((c) => under(c.code).length > 0).length, components.length]).toEqual([33, 21, 58]);
    // By hand: Sở Nội vụ short at 3.4 (3.4.1), 6.1 (6.1.1, 6.1.3), 6.2 (6.2.3), 7.4 (7.4.7) and 8.5; Sở Tư pháp at none;
    // Sở Tài chính at 8.5 (7.1's «2» counted 1,5, its full points); Sở KH&CN at 6.1 (three), 6.3 (four) and 7.4 (7.4.7);
    // Sở Xây dựng at 1.3 (1.3.1) and 3.4 (3.4.1).
    // A row below its points at what the department typed; a criterion x.y short when it is, or any of its components.
    const shortIn = (file: Unit) => (r: Row) => Math.min(typedBy(file)[r.code]!, r.points) < r.points;
    const shortCriteria = (file: Unit) => criteria.filter((c) => (under(c.code).length === 0 ? shortIn(file)(c) : under(c.code).some(shortIn(file))));
    expect(UNITS.map(([file]) => [shortCriteria(file).length, components.filter(shortIn(file)).length])).toEqual([[5, 5], [0, 0], [1, 0], [3, 8], [2, 2]]);
    const ranked = [...UNITS].sort((a, b) => counted(b[0]) - counted(a[0]));
    for (const [k, [file, unit]] of ranked.entries()) {
      const short = shortCriteria(file);
      const named = (r: Row) => `${r.words} (${formatPoints(typedBy(file)[r.code]!)}/${formatPoints(r.points)})`;
      // A criterion of components named by its number, its components' points added, then its components short.
      const said = (c: Row) =>
        under(c.code).length === 0 ? named(c) : `tiêu chí ${c.code} (${formatPoints(round(under(c.code).reduce((s, r) => s + Math.min(typedBy(file)[r.code]!, r.points), 0)))}/${formatPoints(c.points)}) — ${under(c.code).filter(shortIn(file)).map(named).join(', ')}`;
      const listed = short.length === 0 ? '' : `; chưa đầy đủ: ${short.map(said).join('; ')}`;
      const met = `${33 - short.length}/33 tiêu chí (${58 - components.filter(shortIn(file)).length}/58 tiêu chí thành phần)`;
      expect(printed, unit).toContain(`${unit} Xếp loại ${band(file)}, ${totalWords(file)}, hạng ${k + 1}/5 trong bảng xếp hạng Cơ quan; hoàn thành đầy đủ ${met}${listed}`);
    }
    expect(printed).not.toMatch(/\d+\/70 tiêu chí/);
    // Each department's achievement report likewise, before its table of every row: the criteria it met in full, one of
    // components by its number with its components' titles — Sở KH&CN's 30 of 33 (50 of 58 components), not «62 tiêu chí».
    for (const [file, unit] of UNITS) {
      const report = readdirSync(join(dir, 'ho-so')).find((f) => f.startsWith('bao-cao-thanh-tich-') && f.endsWith(`-${slugOf(unit)}.docx`))!;
      const said = (c: Row) => (under(c.code).length === 0 ? c.words : `tiêu chí ${c.code} — ${under(c.code).map((r) => r.words).join(', ')}`);
      const met = criteria.filter((c) => !shortCriteria(file).includes(c));
      expect((await mammoth.extractRawText({ path: join(dir, 'ho-so', report) })).value, unit).toContain(`Hoàn thành đầy đủ ${met.length}/33 tiêu chí (${58 - components.filter(shortIn(file)).length}/58 tiêu chí thành phần): ${met.map(said).join('; ')}.`);
    }
    // Sở Nội vụ's six, the document's own: 3.4.1, 6.1.1, 6.1.3, 6.2.3, 7.4.7, 8.5.
    expect(items.filter((r) => r.self < r.points).map((r) => r.code)).toEqual(['3.4.1', '6.1.1', '6.1.3', '6.2.3', '7.4.7', '8.5']);
    expect(printed).toContain('Hội đồng xem xét kết quả chấm điểm năm 2025 của 05 tập thể');
  });
});

// Made for an engineer's walk of a plan received as a Word document (par-index-lam-dong-2025-tu-danh-gia.docx)
// through the year, on the command line.
