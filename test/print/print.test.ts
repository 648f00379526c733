// Every workbook thidua writes, printed the way an officer without Excel would print it: written with
// the real code (the package writer every face but the add-in writes with), turned into PDF by
// LibreOffice, read back with pdftotext. A4 pages, every word of every printable cell on paper (a row
// one line high prints only its last line), no word printed under 8 pt (measured against 11 pt printed at full size), a hamlet's blank report on one sheet of paper, a
// scored unit sheet in one band of columns with the unit's name and period on every page and its
// totals whole, tables that go on to another page with their header, pages numbered within their sheet.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLAG_TITLES } from '../../core/checks/titles.js';
import { builtinSets, findBuiltin } from '../../core/criteria/builtin/index.js';
import { planCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { planTemplate } from '../../core/workbook/plan-template.js';
import { planAwardList } from '../../core/workbook/plan-award-list.js';
import { planReview } from '../../core/workbook/plan-review.js';
import { planSummarySheets } from '../../core/workbook/plan-summary.js';
import { rank } from '../../core/ranking/rank.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { shortfalls } from '../../core/ranking/what-it-takes.js';
import { planClosing } from '../../core/run/plan-closing.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { planVotes } from '../../core/workbook/plan-votes.js';
import { NO_VOTES } from '../../core/council/vote.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { exportTable } from '../../extension/src/export/table.js';
import { buildXlsx } from '../../extension/src/export/xlsx.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { translator } from '../../extension/src/i18n.js';
import { snapshot } from '../extension/snapshots.js';
import { buildBrief, changeCell } from '../../core/watch/brief.js';
import { watchSeries, type Capture } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { planBrief } from '../../core/watch/plan-brief.js';
import { provinceCaptures } from '../../scripts/harness/watch-days.js';
import { storyCaptures } from '../watch/real-days.js';
import { REFUSED_DAYS, seasonSaves } from '../watch/season-days.js';
import { newsLevels, redOf } from '../../core/watch/digest.js';
import { shortName } from '../../core/watch/words.js';

const run = promisify(execFile);
const SET = findBuiltin('ta-ma-2025')!;
const DATE = '2025-11-06';
const example = (path: string) => readFile(new URL(`../../examples/${path}`, import.meta.url));

type Word = { text: string; height: number; page: number; x: number; y: number };
type Page = { width: number; height: number; words: Word[] };
type Pdf = { pages: Page[]; words: Word[] };

/** The scored copy's unit sheet, and the period its header prints. */
const UNIT_SHEET = 'UBND xã Ta Ma';
const PERIOD = 'Giai đoạn I (2023 - 2025), đánh giá hằng năm và sơ kết quý IV/2025';

/** The example reports the scored copies are made from, by the copy's name: what the unit typed prints as typed. */
const INPUTS: Record<string, string> = { 'ban-cham': 'bao-cao/ubnd-xa-ta-ma.xlsx', 'ban-cham-canh-bao': 'bao-cao/ban-phieng-pi.xlsx', 'ban-cham-hai-canh-bao': 'bao-cao/ban-sang-to.xlsx' };

/** The workbooks, by file name (without .xlsx). */
async function workbooks(): Promise<Record<string, Uint8Array>> {
  const template = OoxmlWorkbook.create();
  await template.apply({ sheets: [planTemplate(SET, { name: 'Bản Hua Ca', kindId: 'ban' })] });

  const scored = OoxmlWorkbook.open(await example('bao-cao/ubnd-xa-ta-ma.xlsx'));
  await scoreWorkbook(scored, SET, { date: DATE });
  // A report made for an older version of the set: a flag about the whole sheet, above its table.
  const flagged = OoxmlWorkbook.open(await example('bao-cao/ban-phieng-pi.xlsx'));
  await scoreWorkbook(flagged, SET, { date: DATE });
  // Two flags about the whole sheet: sent late, made for another set.
  const twoFlags = OoxmlWorkbook.open(await example('bao-cao/ban-sang-to.xlsx'));
  await scoreWorkbook(twoFlags, SET, { date: DATE });

  // Tổng hợp and Rà soát over the whole commune, as `thidua score` writes tong-hop.xlsx.
  const commune = await scoreWorkbook(OoxmlWorkbook.open(await example('xa-ta-ma-2025.xlsx')), SET, { date: DATE });
  const summary = OoxmlWorkbook.create();
  await summary.apply({
    sheets: [
      ...planSummarySheets(SET, commune.cards, commune.ranking, commune.proposals, { date: DATE, whatItTakes: shortfalls(SET, commune.cards, commune.proposals, commune.decisions) }),
      planReview(commune.cards),
      ...planAwardList(commune.proposals),
      // «Biểu quyết» as every run writes it, the meeting typed: its notes once ran past the table and printed it at 5 pt.
      planVotes(nomineesOf(commune.proposals), {
        ...NO_VOTES,
        meeting: { ...NO_VOTES.meeting, date: '2026-11-20', place: 'Hội trường Ủy ban nhân dân xã Ta Ma', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải', present: ['Lò Văn Thành', 'Quàng Văn Hải', 'Lò Thị Mai', 'Tòng Văn Sơn', 'Quàng Thị Hoa', 'Lò Văn Hùng', 'Cà Văn Tươi'], absent: ['Lường Văn Chung'] },
      }),
      // «Chốt kết quả» as `thidua close` adds it: who, when, and a SHA-256 a file (its record is not printed).
      planClosing([{ number: 1, closedBy: 'Nguyễn Văn A', closedAt: '2025-11-27T09:30', reason: '', covers: 'files', files: commune.cards.map((_, i) => ({ name: `don-vi-${i + 1}.cham-diem.xlsx`, sha256: String(i).repeat(64).slice(0, 64) })), record: undefined as never, seal: 'f'.repeat(64) }]),
    ],
  });

  // A long ranking: the commune's units five times over (75 units), as a large commune's or a district's run ranks them.
  const many = [1, 2, 3, 4, 5].flatMap((n) => commune.cards.map((c) => ({ ...c, sheet: `${c.sheet} ${n}`, unitName: `${c.unitName} ${n}` })));
  const long = OoxmlWorkbook.create();
  await long.apply({ sheets: planSummarySheets(SET, many, rank(SET, many), proposeAwards(SET, many), { date: DATE }) });

  // 11 pt at full size: how tall LibreOffice's words of that size come out, whatever font stands in for Calibri.
  const ruler = new ExcelJS.Workbook();
  ruler.addWorksheet('Thước').getCell('A1').value = 'Mười một';

  const criteria = OoxmlWorkbook.create();
  await criteria.apply({ sheets: [planCriteriaSheet(SET)] });

  const snapshots = [
    snapshot({ unit: 'Xã Tà Mung, huyện Than Uyên, tỉnh Lai Châu', values: { TONG_SCORE: 78.5, CKMB: 16 } }),
    snapshot({ unit: 'Xã Ta Ma', hash: 'h2', values: { CKMB: 12 } }),
  ];
  // The province watch's one-page brief: Phú Thọ's saved progress figures with a procedure filtered, and a province
  // with every group whose units move each day.
  const brief = async (captures: Capture[], own: string) => {
    const series = watchSeries(captures)!;
    const wb = OoxmlWorkbook.create();
    await wb.apply({ sheets: [planBrief(buildBrief(buildDigest(series, { own }), series))] });
    return wb.toBuffer();
  };

  return {
    'bao-cao-nhanh': await brief(storyCaptures(), 'Xã Bình Phú'),
    'bao-cao-nhanh-du-nhom': await brief(provinceCaptures(9, 150, '2026-09-12'), 'Xã Số 17'),
    // Phú Thọ's 10/9 (season-days.ts): the sheet cut to one page, five of its eight red rows among what is cut.
    'bao-cao-nhanh-cat': await brief(CUT_DAY(), 'Xã Đoan Hùng'),
    // The two mornings the portal refused two lists (season-days.ts): ~160 units red by their groups alone.
    ...Object.fromEntries(await Promise.all(REFUSED_DAYS.map(async (day) => [`bao-cao-nhanh-${day}`, await brief(seasonSaves(day).map((s) => s.capture), 'Xã Đoan Hùng')]))),
    // A month's first capture (2/11), 31/10 captured: every red row says the capture before is another period's.
    'bao-cao-nhanh-2026-11-02': await brief(seasonSaves('2026-11-02').map((s) => s.capture), 'Xã Đoan Hùng'),
    'mau-bao-cao': await template.toBuffer(),
    'ban-cham': await scored.toBuffer(),
    'ban-cham-canh-bao': await flagged.toBuffer(),
    'ban-cham-hai-canh-bao': await twoFlags.toBuffer(),
    'tong-hop': await summary.toBuffer(),
    'tong-hop-dai': await long.toBuffer(),
    'tieu-chi': await criteria.toBuffer(),
    'chi-so': await buildXlsx(exportTable(snapshots, translator('vi')), 'Chỉ số'),
    thuoc: new Uint8Array(await ruler.xlsx.writeBuffer()),
  };
}

/** Phú Thọ's mornings up to 10/9 (season-days.ts), as the popup saved them. */
const CUT_DAY = () => seasonSaves('2026-09-10').map((s) => s.capture);

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function readPdf(path: string): Promise<Pdf> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('<page ').slice(1).map((chunk, page): Page => {
    const size = /^width="([\d.]+)" height="([\d.]+)">/.exec(chunk)!;
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: unescapeXml(m[4]!).normalize('NFC'),
      height: Number(m[3]) - Number(m[2]),
      page,
      x: Number(m[1]),
      y: Number(m[2]),
    }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
  return { pages, words: pages.flatMap((p) => p.words) };
}

/** Words of the text cells LibreOffice prints: visible sheets, inside the print area when there is one, not formatted to show nothing («;;;»). */
async function printableWords(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const words: string[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.state !== 'visible') continue;
    const area = ws.pageSetup.printArea?.replace(/\$/g, '').split(':');
    const inArea = (cell: ExcelJS.Cell) => {
      if (!area) return true;
      const [from, to] = area.map((a) => ws.getCell(a));
      return cell.row >= from!.row && cell.row <= to!.row && cell.col >= from!.col && cell.col <= to!.col;
    };
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : null;
        if (text && inArea(cell) && cell.numFmt !== ';;;') words.push(...text.normalize('NFC').split(/\s+/).filter(Boolean));
      }),
    );
  }
  return words;
}

/** A page's text, words joined by spaces in reading order (pdftotext's). */
const pageText = (page: Page) => page.words.map((w) => w.text).join(' ');

/** The footer «<sheet> — Trang <n>» of every page, as sheet and number. */
function footers(pdf: Pdf): { sheet: string; n: number }[] {
  return pdf.pages.map((page) => {
    const m = /(\S.*) — Trang (\d+)$/.exec(pageText({ ...page, words: page.words.filter((w) => w.y > page.height - 50) }));
    return m ? { sheet: m[1]!, n: Number(m[2]) } : { sheet: '', n: 0 };
  });
}

/** Pages of one sheet, by its footer. */
const pagesOf = (pdf: Pdf, sheet: string) => pdf.pages.filter((_, i) => footers(pdf)[i]!.sheet === sheet);

describe('printing on A4 (LibreOffice → PDF)', () => {
  const pdfs = new Map<string, Pdf>();
  const expected = new Map<string, string[]>();

  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'thidua-print-'));
    const files: string[] = [];
    for (const [name, bytes] of Object.entries(await workbooks())) {
      const file = join(dir, `${name}.xlsx`);
      await writeFile(file, bytes);
      files.push(file);
      expected.set(name, await printableWords(bytes));
    }
    // Every file in one conversion: starting LibreOffice is most of the cost.
    await sofficeAll(files, dir, 'pdf');
    for (const name of expected.keys()) pdfs.set(name, await readPdf(join(dir, `${name}.pdf`)));
  }, 300_000);

  const NAMES = ['mau-bao-cao', 'ban-cham', 'ban-cham-canh-bao', 'ban-cham-hai-canh-bao', 'tong-hop', 'tong-hop-dai', 'tieu-chi', 'chi-so', 'bao-cao-nhanh', 'bao-cao-nhanh-du-nhom', 'bao-cao-nhanh-cat'];
  /** Points of text per point of word height, from the ruler: 11 pt printed at full size. */
  const ptPerHeight = () => 11 / pdfs.get('thuoc')!.words[0]!.height;

  it.each(NAMES)('%s.xlsx prints on A4 pages', (name) => {
    const pdf = pdfs.get(name)!;
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const page of pdf.pages) {
      expect([Math.round(Math.min(page.width, page.height)), Math.round(Math.max(page.width, page.height))]).toEqual([595, 842]);
    }
  });

  // The criteria sheet included: the set's notes (~2,000 characters) run on over several rows, each within
  // Excel's tallest row (409 pt), so none of it is cut on paper.
  it.each(NAMES)('%s.xlsx prints every word of every printable cell, nothing as ###', (name) => {
    const pdf = pdfs.get(name)!;
    // Joined without spaces: a word LibreOffice breaks across lines still counts as printed, read across the
    // page or down its left-aligned column (a link broken over six lines of a narrow column, others beside it).
    const down = pdf.pages.flatMap((p) => [...p.words].sort((a, b) => a.x - b.x || a.y - b.y));
    const printed = pdf.words.map((w) => w.text).join('') + '\n' + down.map((w) => w.text).join('');
    const missing = [...new Set(expected.get(name)!)].filter((word) => !printed.includes(word));
    expect(missing).toEqual([]);
    expect(pdf.words.some((w) => /^#{3,}$/.test(w.text))).toBe(false);
  });

  it.each(NAMES)('%s.xlsx prints no word under 8 pt (the scale LibreOffice applies × the font size)', (name) => {
    const small = pdfs.get(name)!.words.filter((w) => w.height * ptPerHeight() < 7.95);
    expect(small.map((w) => `${w.text} (trang ${w.page + 1}: ${(w.height * ptPerHeight()).toFixed(1)} pt)`)).toEqual([]);
  });

  it.each(NAMES.filter((n) => n !== 'chi-so'))('%s.xlsx numbers its pages within each sheet: «<trang tính> — Trang 1, 2…»', (name) => {
    const feet = footers(pdfs.get(name)!);
    expect(feet.every((f) => f.n > 0)).toBe(true);
    feet.forEach((f, i) => expect(f.n, `page ${i + 1}`).toBe(i > 0 && feet[i - 1]!.sheet === f.sheet ? feet[i - 1]!.n + 1 : 1));
  });

  it('the scored unit sheet (16 criteria) prints in one band of columns, the name and period on every page, on at most 2 pages', () => {
    const pages = pagesOf(pdfs.get('ban-cham')!, UNIT_SHEET);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const page of pages) {
      const text = pageText(page);
      // The first column's header and the last scored column's, on every page: no band of columns printed apart.
      expect(text).toContain('STT');
      expect(text).toContain('Diễn giải');
      const top = pageText({ ...page, words: page.words.filter((w) => w.y < 50) });
      expect(top).toContain(UNIT_SHEET);
      expect(top).toContain(PERIOD);
    }
  });

  // Wrapped in the narrow «Cảnh báo» column, the two flags stood 8 lines tall each above the table: 3 pages.
  it('a hamlet\'s scored sheet with two flags about the whole sheet prints on at most 2 pages, the flags whole on its first', () => {
    const pages = pagesOf(pdfs.get('ban-cham-hai-canh-bao')!, 'Bản Sáng Tớ');
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
    const first = pages[0]!.words.map((w) => w.text).join(' ');
    for (const title of [FLAG_TITLES['late-submission'], FLAG_TITLES['criteria-set-mismatch']]) expect(first).toContain(`[${title}]`);
  });

  it("the extension's export prints its columns in one band: the first and the last on every page", () => {
    for (const page of pdfs.get('chi-so')!.pages) {
      expect(pageText(page)).toContain('Đơn vị');
      expect(pageText(page)).toContain('Địa chỉ trang');
    }
  });

  it("the scored unit sheet's totals print whole", () => {
    const printed = pagesOf(pdfs.get('ban-cham')!, UNIT_SHEET).map(pageText).join(' ').replace(/\s+/g, '');
    for (const label of ['Tổng điểm', 'Điểm cộng', 'Điểm trừ', 'Điểm tối đa áp dụng', 'Tỷ lệ %', 'Xếp loại', 'Điểm tự chấm']) expect(printed).toContain(label.replace(/\s+/g, ''));
  });

  it('a table that goes on to another page prints its header row there', () => {
    const pdf = pdfs.get('tong-hop')!;
    // Rows of the proposals («Xét khen thưởng») and of the flags («Rà soát»): a page holding one holds its header
    // («Tổng hợp», several tables, has its own test below).
    for (const [sheet, row, header] of [
      ['Xét khen thưởng', /(Bằng khen|Giấy khen) của Chủ tịch/, 'Hình thức'],
      ['Rà soát', /Ô [A-Z]+\d+:/, 'Mức độ'],
    ] as const) {
      const pages = pagesOf(pdf, sheet).filter((p) => row.test(pageText(p)));
      expect(pages.length, sheet).toBeGreaterThan(0);
      for (const page of pages) expect(pageText(page), sheet).toContain(header);
    }
  });

  // Officers know sets, kinds, bands, award forms and flags by their names: an id with a hyphen («ta-ma-2025»,
  // «ubnd-xa, co-quan», «chua-dat», «late-submission») is thidua's own and never goes on paper — but for what a
  // unit typed in its own sheet (an older template's «ta-ma-2025@2024.1»), which prints as typed.
  it.each(NAMES)('%s.xlsx prints no internal code', async (name) => {
    const ids = [
      SET.id,
      ...SET.subjectKinds.map((k) => k.id),
      ...SET.classification.map((b) => b.id),
      ...SET.awards.forms.map((f) => f.id),
      ...Object.keys(FLAG_TITLES),
    ].filter((id) => id.includes('-'));
    const typed = INPUTS[name] ? (await printableWords(await example(INPUTS[name]))).join(" ").replace(/[,;.:()«»"“”]/g, "") : "";
    const printed = pdfs.get(name)!.words.map((w) => w.text.replace(/[,;.:()«»"“”]/g, ''));
    // «ta-ma-2025@2025.1» is the set's id too: a word is a code when it is one, or starts with one and «@».
    // A command-line option («--round») or the add-in named in English is no officer's word on paper either.
    const codes = printed.filter((word) => ids.some((id) => word === id || word.startsWith(`${id}@`)) || /^--[a-z]|^add-in$/.test(word));
    expect(codes.filter((code) => !typed.includes(code))).toEqual([]);
  });

  // «Tổng hợp» is one table, its header written once and repeated on every page by the sheet's print titles.
  it('«Tổng hợp» of a long ranking prints its header at the top of every page, page 2 included, and nowhere else', () => {
    const pages = pagesOf(pdfs.get('tong-hop-dai')!, 'Tổng hợp');
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, page] of pages.entries()) {
      // «Hạng» heads the first column only (a kind's row says «Xếp hạng —», in lower case): once a page.
      const heads = page.words.filter((w) => w.text === 'Hạng');
      expect(heads, `trang ${i + 1}`).toHaveLength(1);
      const row = page.words.filter((w) => Math.abs(w.y - heads[0]!.y) < 4).map((w) => w.text).join(' ');
      expect(row, `trang ${i + 1}`).toContain('Điểm tối đa');
      expect(row, `trang ${i + 1}`).toContain('Số cảnh báo');
      // Page 1 has the title and the lines under it first; every page after starts with the header.
      if (i > 0) expect(heads[0]!.y - Math.min(...page.words.map((w) => w.y)), `trang ${i + 1}`).toBeLessThan(4);
    }
    // Every unit ranked is on paper once.
    expect(pages.flatMap((p) => p.words).filter((w) => w.text === 'Trạm')).toHaveLength(5);
  });

  it('promises no chart it does not draw: no «Biểu đồ» heading over a table', () => {
    const words = pdfs.get('tong-hop')!.words;
    expect(words.some((w, i) => w.text === 'Biểu' && words[i + 1]?.text === 'đồ')).toBe(false);
  });

  // A bold cell written with a font of <b/> alone (no name, no size) prints in LibreOffice's own serif face,
  // wider than the Calibri every width and height here is measured for: labels then break and overprint.
  it.each(['mau-bao-cao', 'tong-hop', 'tieu-chi'])('%s.xlsx prints in the workbook font (Calibri, Carlito in LibreOffice), bold included', async (name) => {
    const { stdout } = await run('pdffonts', [join(dir, `${name}.pdf`)]);
    const faces = stdout.split('\n').slice(2).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter(Boolean);
    expect(faces.filter((f) => !f.startsWith('Carlito'))).toEqual([]);
  });

  // The notes (~2,000 characters) as a document reads them: lines across the page under «Lưu ý», not one tall
  // narrow cell running over pages 2–10 of 22.
  it("the criteria sheet prints its notes across its first page, and the whole set on at most 5 pages", () => {
    const pdf = pdfs.get('tieu-chi')!;
    expect(pdf.pages.length).toBeLessThanOrEqual(5);
    const first = pdf.pages[0]!.words.map((w) => w.text).join('');
    const words = SET.notes!.normalize('NFC').split(/\s+/).filter(Boolean);
    expect(words.filter((w) => !first.includes(w))).toEqual([]);
  });

  it("a hamlet's blank report fits on one page", () => {
    expect(pdfs.get('mau-bao-cao')!.pages).toHaveLength(1);
  });

  it('the brief cut to one page still names every red unit on it, the rows cut named under their table (before: «5 dòng không đủ chỗ trên một trang», five of the eight unnamed)', () => {
    const series = watchSeries(CUT_DAY())!;
    const red = newsLevels(buildDigest(series, { own: 'Xã Đoan Hùng' })).flatMap(redOf).map((u) => shortName(u.name));
    expect(red).toHaveLength(8);
    const pdf = pdfs.get('bao-cao-nhanh-cat')!;
    expect(pdf.pages).toHaveLength(1);
    const text = pageText(pdf.pages[0]!).replace(/\s+/g, ' ');
    expect(text).toContain('Không đủ chỗ trên một trang cho 5 dòng: ');
    expect(red.filter((name) => !text.includes(name))).toEqual([]);
  });

  it.each(REFUSED_DAYS)('on %s, a morning the portal refused two lists, the brief prints on one page and names every red unit, those red by their groups alone in one paragraph by level, with each one’s change since the day before (before: a row or a name each, «UBND xã …», on 2 pages; then by level with no change — «Công khai, minh bạch tăng 7,96» of 10 units on 18/11 printed nowhere)', (day) => {
    const series = watchSeries(seasonSaves(day).map((s) => s.capture))!;
    const digest = buildDigest(series, { own: 'Xã Đoan Hùng' });
    const red = newsLevels(digest).flatMap(redOf).map((u) => shortName(u.name));
    // What the whole red table's «So với hôm trước» says of each red unit, printed on the page.
    const moved = new Set(newsLevels(digest).flatMap(redOf).flatMap((u) => changeCell(u, 'day', digest) || []));
    expect(red.length).toBeGreaterThan(150);
    const pdf = pdfs.get(`bao-cao-nhanh-${day}`)!;
    expect(pdf.pages).toHaveLength(1);
    const text = pageText(pdf.pages[0]!).replace(/\s+/g, ' ');
    expect(text).toContain('UBND cấp xã — đỏ theo nhóm (không có tổng điểm hôm nay) ');
    // The changes table cut to no row: under its heading the rows cut, never «và … khác» with nothing before it.
    expect(text).toMatch(/2\. Thay đổi so với hôm trước và 7 ngày trước Không đủ chỗ trên một trang cho 8 dòng: /);
    // A commune's name under its level and kind: «xã Hy Cương, Xuân Lũng, …».
    expect(red.filter((name) => !text.includes(name) && !text.includes(name.replace(/^UBND (xã|phường) /i, '')))).toEqual([]);
    expect(moved.size).toBeGreaterThan(0);
    expect([...moved].filter((words) => !text.includes(`${words} ở `))).toEqual([]);
    expect(text).toContain('và so với hôm trước, ');
  });

  it.each(['bao-cao-nhanh', 'bao-cao-nhanh-du-nhom', 'bao-cao-nhanh-cat', ...REFUSED_DAYS.map((d) => `bao-cao-nhanh-${d}`)])("the province watch's brief %s.xlsx prints on one A4 page, portrait, its four parts on it", (name) => {
    const pdf = pdfs.get(name)!;
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.width).toBeLessThan(pdf.pages[0]!.height);
    const text = pageText(pdf.pages[0]!);
    for (const part of ['1. Vị trí', '2. Thay đổi', '3. Danh sách đỏ', '4. Điều kéo điểm xuống']) expect(text).toContain(part);
  });

  it('on a month’s first capture (2/11) the brief prints its eight red rows on one page, each «So với hôm trước» saying the capture before is another period’s (before: «không có lần chụp», with 31/10 captured)', () => {
    const pdf = pdfs.get('bao-cao-nhanh-2026-11-02')!;
    expect(pdf.pages).toHaveLength(1);
    const text = pageText(pdf.pages[0]!).replace(/\s+/g, ' ');
    expect(text.match(/kỳ khác \(lần chụp 31\/10\/2026\)/g)).toHaveLength(8);
    expect(text).not.toMatch(/Không đủ chỗ trên một trang cho \d+ dòng/);
    expect(text).toContain('lần chụp trước (31/10/2026) là số liệu Tháng 10/2026, kỳ khác, không so sánh.');
  });
});

// Every built-in set's criteria sheet, as its print area holds it (LibreOffice above prints one of them): no set's
// id, no command-line option, no «add-in» in its notes, titles or rules.
describe('the printed columns of every built-in criteria sheet', () => {
  it.each(builtinSets().map((s) => s.id))('%s names no set by its id, and no command-line option', (id) => {
    const edit = planCriteriaSheet(findBuiltin(id)!);
    const last = /^A1:([A-Z]+)\d+$/.exec(edit.print!.printArea!)![1]!.charCodeAt(0) - 64;
    const printed = edit.blocks[0]!.values.flatMap((row) => row.slice(0, last)).filter((v) => typeof v === 'string').join(' ');
    const codes = printed.match(/--[a-z]+|\badd-in\b/g) ?? [];
    expect([...codes, ...builtinSets().map((s) => s.id).filter((setId) => printed.includes(setId))]).toEqual([]);
  });
});
