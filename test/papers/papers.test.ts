// The papers of a closed round from the example commune's real run, after the council's meeting typed into its
// tong-hop.xlsx as an officer would (a decision on the flags, one error left open, the vote on each nominee), closed
// by `thidua close`, written as .docx, converted to PDF by LibreOffice with Liberation Serif (Times New Roman's
// metrics) and read back: their words, and their form as the chairman would sign them (Decree 30/2020/NĐ-CP).
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePaper } from '../../adapters/docx/write-document.js';
import ExcelJS from 'exceljs';
import type { ClosedRound, RecordedUnit } from '../../core/run/closing.js';
import { papersCheck, papersOf } from '../../core/papers/index.js';
import { nameAndTitle } from '../../core/papers/proposed.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { translator } from '../../excel-addin/shared/i18n.js';

/** A unit as the papers' lists name it: a collective by its name, a person by the name without the title. */
const listedName = (u: RecordedUnit) => (u.collective ? u.unitName : nameAndTitle(u.unitName).name);
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { scoredCommune } from '../council/example-commune.js';
import { readSummary, typeDecisions, typeVotes } from '../council/council-meeting.js';
import { parseStrictXml } from '../helpers/strict-xml.js';
import { centreOf, fontsOf, longestRule, MM, readPrinted, sizeOf, type PrintedLine, type PrintedPdf } from './pdf-layout.js';

const run = promisify(execFile);
const PAPERS = ['to-trinh', 'bien-ban', 'du-thao-quyet-dinh', 'danh-sach-cong-khai', 'to-trinh-cap-tren'] as const;
/** The three papers of the council and the chairman, also written with a careless unit name. */
const SIGNED = ['to-trinh', 'bien-ban', 'du-thao-quyet-dinh'] as const;
/** Instructions to a clerk the papers used to carry («chỉ giữ lại…», «……/……», «(trình cấp có thẩm quyền)») and any dotted blank. */
const CLERK = /chỉ giữ lại|……|\(trình cấp có thẩm quyền\)|…\/|theo biên bản\)/;
/** A4 with the margins the writer sets (Decree 30/2020: top 20–25 mm, bottom 20–25, left 30–35, right 15–20). */
const PAGE = { width: 210 * MM, height: 297 * MM, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const TEXT_CENTRE = PAGE.left + (PAGE.width - PAGE.left - PAGE.right) / 2;
/** Where the two-column heading divides (the left column is 40 % of the text width). */
const HEADING_DIVIDE = PAGE.left + 0.4 * (PAGE.width - PAGE.left - PAGE.right);
/** The sentence every paper listing the Giấy khen says of the `count` reaching it who are listed `at` another form (held-elsewhere.ts). */
const held = (count: string, at: string) => `${count} đạt mức Giấy khen của Chủ tịch UBND xã được đề nghị hình thức khác, không ghi trong danh sách Giấy khen của Chủ tịch UBND xã: ${count} ở ${at}.`;
/**
 * What every face says of the Fatherland Front once the vote did not pass it for the Bằng khen: it reaches the Giấy
 * khen, on no list now, and the council is to vote on it or say it does not propose it (proposed.ts listedNowhere).
 */
const NOWHERE =
  'Ủy ban MTTQ Việt Nam xã Ta Ma không được Hội đồng thông qua đề nghị Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm); đạt điều kiện Giấy khen của Chủ tịch UBND xã nhưng chưa có trong danh sách nào: Hội đồng biểu quyết đề nghị Giấy khen của Chủ tịch UBND xã, hoặc ghi rõ không đề nghị.';
/** A unit's name as a careless paste leaves it: a Word line break and two characters XML 1.0 forbids. */
const HOSTILE = 'Bản Ta\u000BMa\uFFFF\uFFFE';

describe('papers of a closed round (.docx → LibreOffice → PDF)', () => {
  const text = new Map<string, string>();
  const printed = new Map<string, PrintedPdf>();
  let dir: string;
  let closed: ClosedRound;
  let hostile: ClosedRound;
  let year: string;
  /** Tổng hợp's rank of each unit, as the sheet prints it. */
  const summaryRank = new Map<string, number>();
  const reports: string[] = [];
  /** What LibreOffice did not convert, as `sofficeAll` says it. */
  let unconverted = '';
  /** What `thidua close` said. */
  let closing: Run;

  beforeAll(async () => {
    // The example commune scored (made once a run), in this file's own copy.
    const scored = await scoredCommune();
    dir = scored.dir;
    const thidua = (...args: string[]) => runInProcess(args, dir);
    const score = () => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
    const summaryFile = join(dir, 'kq', 'tong-hop.xlsx');
    expect(scored.run.code).toBe(0);
    // The council rejects the missing evidence of the teacher and the health station, accepts the rest, and leaves
    // the primary school's numerator above its denominator undecided.
    await typeDecisions(summaryFile, (unit, flag) =>
      flag === 'Tử số lớn hơn mẫu số' ? '' : flag === 'Thiếu minh chứng' && !unit.startsWith('Trường') ? 'Bác số liệu' : 'Chấp nhận',
    );
    expect((await score()).code).toBe(0);
    // Nine members, eight present; the Fatherland Front falls short of half of all members.
    await typeVotes(summaryFile, (unit) => [9, 8, unit.startsWith('Ủy ban MTTQ') ? 4 : 7]);
    closing = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect(closing.code).toBe(0);
    closed = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    year = closed.closedAt.slice(0, 4);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summaryFile);
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      const [rank, name] = [row.getCell(1).value, row.getCell(2).value];
      if (typeof rank === 'number' && typeof name === 'string' && !summaryRank.has(name)) summaryRank.set(name, rank);
    });
    const careless = closed.record.units.map((u) => (u.unitName === 'Bản Ta Ma' ? { ...u, unitName: HOSTILE } : u));
    const votes = closed.votes && { ...closed.votes, votes: closed.votes.votes.map((v) => (v.unitName === 'Bản Ta Ma' ? { ...v, unitName: HOSTILE } : v)) };
    hostile = { ...closed, record: { ...closed.record, units: careless }, ...(votes ? { votes } : {}) };
    const files: string[] = [];
    for (const [prefix, round] of [['', closed], ['hostile-', hostile]] as const) {
      for (const paper of papersOf(round)) {
        if (prefix && !(SIGNED as readonly string[]).includes(paper.name)) continue;
        if (!prefix && paper.name.startsWith('bao-cao-thanh-tich')) reports.push(paper.name);
        const file = join(dir, `${prefix}${paper.name}.docx`);
        await writeFile(file, await writePaper(paper));
        files.push(file);
      }
    }
    // One conversion for all; a file LibreOffice cannot open gives no PDF, which its own test says.
    unconverted = await sofficeAll(files, dir, 'pdf').then(
      () => '',
      (error: Error) => {
        if (!error.message.startsWith('LibreOffice did not convert')) throw error;
        return error.message;
      },
    );
    for (const name of [...PAPERS, ...SIGNED.map((n) => `hostile-${n}`), ...reports]) {
      const pdf = join(dir, `${name}.pdf`);
      if (!existsSync(pdf)) continue;
      // -raw: the text in the order LibreOffice wrote it, cell by cell, so a wrapped name stays whole.
      await run('pdftotext', ['-raw', pdf, join(dir, `${name}.txt`)]);
      text.set(name, (await readFile(join(dir, `${name}.txt`), 'utf8')).replace(/\s+/g, ' '));
      printed.set(name, await readPrinted(pdf));
    }
  }, 600_000);

  const pdfOf = (name: string) => join(dir, `${name}.pdf`);
  const linesOf = (name: string) => printed.get(name)!.lines;
  const first = (name: string, match: (l: PrintedLine) => boolean) => {
    const found = linesOf(name).find(match);
    expect(found, `${name}: no such line`).toBeDefined();
    return found!;
  };
  /** The heading's rows on page 1, above the paper's kind (TỜ TRÌNH, BIÊN BẢN, QUYẾT ĐỊNH), on one side of it. */
  const headingLines = (name: string, side: 'left' | 'right'): PrintedLine[] => {
    const kind = first(name, (l) => l.page === 0 && /^(TỜ TRÌNH|BIÊN BẢN|QUYẾT ĐỊNH|DANH SÁCH)$/.test(l.text));
    const rows: PrintedLine[] = [];
    const pieces = linesOf(name).filter((l) => l.page === 0 && l.yMax < kind.yMin && (side === 'left' ? l.xMax < HEADING_DIVIDE : l.xMin > HEADING_DIVIDE));
    // pdftotext cuts a row at wide gaps («Số:   /TTr-…», «ngày   tháng   năm»): one printed row is one line here.
    for (const piece of [...pieces].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
      const row = rows.find((r) => Math.abs(r.yMin - piece.yMin) < 1);
      if (!row) rows.push({ ...piece });
      else Object.assign(row, { text: `${row.text} ${piece.text}`, xMax: Math.max(row.xMax, piece.xMax), yMax: Math.max(row.yMax, piece.yMax) });
    }
    return rows;
  };

  /** Nominees by whether the council's vote passed them, as «unit» lists. */
  const nominees = () => closed.record.units.filter((u) => u.proposals.some((p) => p.proposed || p.eligible));
  const failed = () => nominees().filter((u) => u.unitName.startsWith('Ủy ban MTTQ'));
  const passedUnits = () => nominees().filter((u) => !failed().includes(u));

  it('the example run proposes units, the council voted on each, and the papers may be written', () => {
    expect(passedUnits().length).toBeGreaterThan(0);
    expect(failed()).toHaveLength(1);
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).unvoted).toEqual([]);
  });

  it('the Fatherland Front, not passed for the Bằng khen but reaching the Giấy khen, is said by `close` and before the papers: on no list, never moved to one', () => {
    expect(closing.stderr).toContain(`Lưu ý: ${NOWHERE}`);
    // The pane says at closing what `close` says (the page too: both notesAfterClosing); `thidua papers`, the pane and
    // the page say papersCheck's warnings before the papers.
    expect(closedNotice(closed, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(NOWHERE);
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContain(NOWHERE);
  });

  /** The papers dated by what they record: the minutes by the meeting, the posting list by its first day of posting. */
  const DATED: Partial<Record<(typeof PAPERS)[number], string>> = { 'bien-ban': 'Ta Ma, ngày 20 tháng 11 năm 2026', 'danh-sach-cong-khai': 'Ta Ma, ngày 13 tháng 11 năm 2026' };

  it.each(PAPERS)('%s carries the national heading, the motto and the place line', (name) => {
    const t = text.get(name)!;
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    // The minutes record a meeting held: dated its day; the posting list its first day of posting (5 working days
    // before the meeting of 20/11); the papers to be signed leave the day to the signer.
    const dated = DATED[name];
    if (dated) expect(t).toContain(dated);
    else expect(t).toMatch(new RegExp(`Ta Ma, ngày\\s+tháng\\s+năm ${year}`));
    expect(t).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/); // dates never ISO on paper
  });

  it('after the decisions and the vote, no paper carries an instruction to the clerk or a dotted blank', () => {
    // The achievement reports keep the decree's form: a field thidua does not know is the form's own labelled blank.
    const formBlanks = (t: string) => t.replace(/: …+/g, ':');
    for (const name of [...PAPERS, ...reports]) expect(formBlanks(text.get(name)!), name).not.toMatch(CLERK);
  });

  it('every «Căn cứ» carries its number and date, chosen by the closing day; no person is named in one', () => {
    for (const name of PAPERS) {
      const bases = text.get(name)!.match(/Căn cứ [^;]*;/g) ?? [];
      for (const basis of bases) {
        expect(basis, name).toMatch(/số \d+\/\d{4}\/[A-ZĐ0-9-]+/);
        expect(basis, name).toMatch(/ngày \d{1,2} tháng \d{1,2} năm \d{4}|ngày \d{2}\/\d{2}\/\d{4}/);
        expect(basis, name).not.toContain('Lò Văn Thành');
      }
    }
    const decision = text.get('du-thao-quyet-dinh')!;
    expect(decision).toMatch(/Căn cứ Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15 ngày 16 tháng 6 năm 2025;/);
    expect(decision).toContain('Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025');
    // Closed after 01/10/2026: the amending law is cited beside the 2022 law.
    expect(closed.closedAt >= '2026-10-01').toBe(true);
    expect(decision).toContain('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 06/2026/QH16');
    // The plan of the example has no number: it is named, not cited as a basis, and a warning says why.
    expect(decision).toContain('Thực hiện Kế hoạch Phát động');
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text).join(' ')).toContain('không ghi số và ngày của kế hoạch');
  });

  it('the proposal letter names every unit the vote passed once and none it did not', () => {
    const t = text.get('to-trinh')!;
    expect(t).toContain('TỜ TRÌNH');
    expect(t).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Ta Ma');
    expect(t).toMatch(/đã được Hội đồng chốt ngày \d{2}\/\d{2}\/\d{4} và kết quả biểu quyết của Hội đồng tại cuộc họp ngày 20\/11\/2026/);
    for (const unit of passedUnits()) expect(t.split(listedName(unit)).length - 1, unit.unitName).toBe(1);
    // Named only in the sentence saying it is on no list (below).
    for (const unit of [...failed(), ...closed.record.units.filter((u) => !nominees().includes(u))]) expect(t.replace(NOWHERE, '')).not.toContain(`${unit.unitName} `);
    expect(t).toContain('Đề nghị Chủ tịch Ủy ban nhân dân xã trình Chủ tịch Ủy ban nhân dân tỉnh Điện Biên xét, tặng Bằng khen');
    expect(t).toContain(held('03 tập thể và 01 cá nhân', 'mục 1 (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)'));
    // Said once, under the Giấy khen's list, after the sentence of those listed for the Bằng khen.
    expect(t.split(NOWHERE).length - 1).toBe(1);
    expect(t.indexOf(NOWHERE)).toBeGreaterThan(t.indexOf(held('03 tập thể và 01 cá nhân', 'mục 1 (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)')));
  });

  it('the minutes name each decision of the council with its figure and points, each tally, and what was open by unit and cell', () => {
    const t = text.get('bien-ban')!;
    expect(t).toContain('BIÊN BẢN');
    expect(t).toContain('Thời gian: ngày 20/11/2026.');
    expect(t).toContain('Thành viên Hội đồng có mặt: 08/09.');
    // Each decision in its unit's row, its cell named; Trạm Y tế's three missing figures accepted alike in one row.
    for (const d of closed.decisions!) expect(t, `${d.unitName}: ${d.flag}`).toMatch(new RegExp(`${d.flag}(: [^(]*)? \\(ô [^)]*\\b${d.cell}\\b`));
    expect(closed.decisions!.length).toBe(19);
    expect(t).toContain('1. Quyết định của Hội đồng trên các cảnh báo (19 quyết định, ghi gộp thành 17 dòng theo đơn vị, cảnh báo và lý do):');
    expect(t).toContain('Trạm Y tế xã Ta Ma Thiếu số liệu: tiêu chí CQS4, CQS7, TT4 (ô G16, G18, G24) Chấp nhận (Lò Văn Thành, 20/11/2026) giữ nguyên 57,76 điểm');
    // The teacher's rejected evidence: the criterion's points and her total, before → after.
    expect(t).toMatch(/Quàng Thị Lan \(giáo viên Trường Tiểu học\) Có sáng kiến[^]*?Thiếu minh chứng \(ô J15\) Bác số liệu[^]*?điểm tiêu chí: 20 → 0; tổng: 80 → 60 điểm/);
    expect(t).toContain('Trường PTDTBT Tiểu học Ta Ma: cảnh báo «Tử số lớn hơn mẫu số» (ô H19) chưa có quyết định của Hội đồng');
    for (const unit of nominees()) expect(t.split(unit.unitName).length - 1, unit.unitName).toBeGreaterThanOrEqual(2); // decision table or vote, and the conclusion
    expect(t.split('08/09 thành viên có mặt; 07/09 thành viên Hội đồng đồng ý (77,78%): đạt').length - 1).toBe(passedUnits().length);
    expect(t).toContain('08/09 thành viên có mặt; 04/09 thành viên Hội đồng đồng ý (44,44%): không đạt');
    expect(t).toMatch(/Không đạt số phiếu đồng ý: Ủy ban MTTQ Việt Nam xã Ta Ma/);
    // After the vote the Front is listed for no form: not among those the Bằng khen holds, said on no list in the same words.
    expect(t).toContain('03 tập thể và 01 cá nhân đạt mức Giấy khen của Chủ tịch UBND xã được đề nghị hình thức khác');
    expect(t).toContain(`- ${NOWHERE}`);
  });

  it('the draft decision gives the commune\'s award to those the vote passed, worded as decisions read, with its prize', () => {
    const t = text.get('du-thao-quyet-dinh')!;
    expect(t).toContain('QUYẾT ĐỊNH');
    expect(t).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TA MA');
    expect(t).toContain('Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 02 tập thể đã có thành tích');
    // Decided after 01/07/2026: 0,6 × 2.530.000 = 1.518.000, rounded up to ten thousand; the terms said with their sources.
    expect(t).toContain('mỗi tập thể được thưởng 0,6 lần mức lương cơ sở (1.520.000 đồng). Tiền thưởng tính theo mức lương cơ sở 2.530.000 đồng/tháng (Nghị định số 161/2026/NĐ-CP');
    expect(t).toContain('tiền thưởng làm tròn lên hàng chục nghìn đồng (khoản 2 Điều 68 Nghị định số 91/2017/NĐ-CP; chưa kiểm chứng với Nghị định 152/2025/NĐ-CP). Tổng số tiền thưởng 3.040.000 đồng');
    for (const unit of ['Công an xã Ta Ma', 'Bản Ta Ma']) expect(t.split(unit).length - 1, unit).toBe(1);
    // The chairman signs no other award; the check after the lists says who reaches the Giấy khen but goes up for the
    // Bằng khen (by its list: the submission's), as the proposal says it.
    const check = t.indexOf('THÔNG TIN KIỂM TRA DANH SÁCH');
    expect(t.slice(0, check)).not.toContain('Bằng khen');
    expect(t.slice(check)).toContain(held('03 tập thể và 01 cá nhân', 'danh sách Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'));
    expect(t.slice(check)).toContain(NOWHERE);
    expect(t).not.toContain('Quàng Thị Lan'); // her rejected figure left her short of the Giấy khen's conditions
  });

  it('the submission to the province carries the awards above the commune, for those the vote passed', () => {
    const t = text.get('to-trinh-cap-tren')!;
    expect(t).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Điện Biên.');
    expect(t).toContain('Đề nghị Chủ tịch Ủy ban nhân dân tỉnh Điện Biên tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 tập thể và 01 cá nhân');
    expect(t).not.toContain('Ủy ban MTTQ Việt Nam xã Ta Ma');
    expect(t).toContain('TM. ỦY BAN NHÂN DÂN');
    // It lists no Giấy khen: who reaches it is said where the Giấy khen is listed.
    expect(t).not.toContain('được đề nghị hình thức khác');
  });

  it('the list for posting gives its period and every unit the vote passed; one achievement report per such unit', () => {
    const t = text.get('danh-sach-cong-khai')!;
    expect(t).toMatch(/Niêm\s+yết\s+công\s+khai\s+tại\s+trụ\s+sở\s+Ủy\s+ban\s+nhân\s+dân\s+xã\s+Ta\s+Ma\s+từ\s+ngày\s+\d{2}\/\d{2}\/\d{4}\s+đến\s+hết\s+ngày\s+\d{2}\/\d{2}\/\d{4}/);
    for (const unit of passedUnits()) expect(t, unit.unitName).toContain(listedName(unit));
    // A person's name as written and the title the name cell carried, in a column of its own.
    expect(t).toContain('STT Họ và tên Chức vụ, đơn vị Thành tích 1 Lò Văn Minh công chức Văn hóa - Xã hội, Ủy ban nhân dân xã Ta Ma Xếp loại');
    expect(t).not.toContain('Lò Văn Minh (');
    // Before the vote, all five proposed for the Bằng khen reach the Giấy khen too: said under its list, each named once.
    expect(t).toContain(held('04 tập thể và 01 cá nhân', 'mục 1 (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)'));
    for (const unit of nominees()) expect(t.split(listedName(unit)).length - 1, unit.unitName).toBe(1);
    expect(reports).toHaveLength(passedUnits().length);
    for (const unit of passedUnits()) {
      // «Tên tập thể đề nghị (…): Bản Ta Ma.», «- Họ tên (…): Lò Văn Minh - Sinh ngày…»
      const own = reports.filter((r) => text.get(r)!.includes(`: ${listedName(unit)}${unit.collective ? '.' : ' - Sinh ngày'}`));
      expect(own, unit.unitName).toHaveLength(1);
      const r = text.get(own[0]!)!;
      expect(r).toContain('BÁO CÁO THÀNH TÍCH');
      expect(r).toContain(`${unit.total.toString().replace('.', ',')}/${unit.applicableMax} điểm`);
      expect(r).toContain('Minh chứng');
      expect(r).toMatch(/Đề nghị tặng (Giấy|Bằng) khen/);
      // The prize is the decision's: a unit's report carries no amount.
      expect(r).not.toMatch(/lương cơ sở|đồng\)/);
    }
  });

  describe('signable as written (Decree 30/2020/NĐ-CP)', () => {
    it.each(PAPERS)('%s: a solid rule as long as the motto under it, and one of a third to a half of the issuer\'s name under the name', async (name) => {
      const motto = first(name, (l) => l.page === 0 && l.text === 'Độc lập - Tự do - Hạnh phúc');
      const date = first(name, (l) => l.page === 0 && l.text.startsWith('Ta Ma, ngày'));
      const under = await longestRule(pdfOf(name), 0, { xMin: motto.xMin - 30, xMax: motto.xMax + 30, yMin: (motto.yMin + motto.yMax) / 2, yMax: (date.yMin + date.yMax) / 2 }, join(dir, `${name}-motto`));
      const mottoWidth = motto.xMax - motto.xMin;
      expect(Math.abs(under.length - mottoWidth) / mottoWidth, `rule ${under.length.toFixed(1)} pt under a motto ${mottoWidth.toFixed(1)} pt wide`).toBeLessThan(0.04);
      expect(Math.abs(under.centre - centreOf(motto))).toBeLessThan(2);

      const left = headingLines(name, 'left');
      const number = left.find((l) => l.text.startsWith('Số:'))!;
      // The issuer's name: the bold lines under the body it belongs to («UBND XÃ TA MA», not bold, has no rule).
      const issuer = left.filter((l) => l.yMin < number.yMin && !l.text.startsWith('UBND '));
      const widest = Math.max(...issuer.map((l) => l.xMax - l.xMin));
      const last = issuer.at(-1)!;
      const rule = await longestRule(pdfOf(name), 0, { xMin: PAGE.left, xMax: HEADING_DIVIDE, yMin: (last.yMin + last.yMax) / 2, yMax: (number.yMin + number.yMax) / 2 }, join(dir, `${name}-issuer`));
      expect(rule.length, `rule ${rule.length.toFixed(1)} pt under a name ${widest.toFixed(1)} pt wide`).toBeGreaterThanOrEqual(widest / 3);
      expect(rule.length).toBeLessThanOrEqual(widest / 2);
      expect(Math.abs(rule.centre - centreOf(last))).toBeLessThan(2);
    });

    it.each(PAPERS)('%s: page numbers from page 2, centred at the top', (name) => {
      const pdf = printed.get(name)!;
      if (name === 'to-trinh' || name === 'bien-ban') expect(pdf.pages, 'the letter and the minutes run over several pages').toBeGreaterThanOrEqual(3);
      for (let page = 0; page < pdf.pages; page++) {
        const top = pdf.lines.filter((l) => l.page === page && l.yMax < PAGE.top);
        if (page === 0) {
          expect(top, 'page 1 carries no number').toEqual([]);
          continue;
        }
        expect(top.map((l) => l.text), `page ${page + 1}`).toEqual([String(page + 1)]);
        expect(Math.abs(centreOf(top[0]!) - TEXT_CENTRE), `page ${page + 1}'s number is centred`).toBeLessThan(3);
      }
    });

    const SIGNERS: Record<(typeof PAPERS)[number], string[][]> = {
      'to-trinh': [['TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'CHỦ TỊCH']],
      'bien-ban': [['THƯ KÝ'], ['CHỦ TRÌ']],
      'du-thao-quyet-dinh': [['CHỦ TỊCH']],
      'danh-sach-cong-khai': [['TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'CHỦ TỊCH']],
      'to-trinh-cap-tren': [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    };
    /** The signer's name under the block where «Biểu quyết» gives it (the chair, the secretary); room to write it elsewhere. */
    const NAMES: Record<string, string> = { 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG': 'Lò Văn Thành', 'THƯ KÝ': 'Quàng Văn Hải', 'CHỦ TRÌ': 'Lò Văn Thành' };
    it.each(PAPERS)("%s: the signer's block — authority, title, «(Ký, ghi rõ họ tên)», name — on one page with the paper's last sentence", (name) => {
      const lines = linesOf(name);
      const closing = lines.findLast((l) => l.text.endsWith('./.'))!;
      for (const titles of SIGNERS[name]) {
        const block = titles.map((title) => first(name, (l) => l.text === title));
        const top = block.at(-1)!;
        const column = (l: PrintedLine) => Math.abs(centreOf(l) - centreOf(top)) < 20;
        const sign = lines.find((l) => l.text === '(Ký, ghi rõ họ tên)' && column(l) && (l.page > top.page || (l.page === top.page && l.yMin > top.yMin)));
        expect(sign, `«(Ký, ghi rõ họ tên)» under ${titles.join(' / ')}`).toBeDefined();
        const known = NAMES[titles[0]!];
        const signer = known ? lines.find((l) => l.text === known && column(l) && (l.page > sign!.page || (l.page === sign!.page && l.yMin > sign!.yMin))) : sign;
        expect(signer, `the signer's name under ${titles.join(' / ')}`).toBeDefined();
        expect([...block, sign!, signer!, closing].map((l) => l.page + 1), `${titles.join(' / ')}: pages`).toEqual(Array(block.length + 3).fill(closing.page + 1));
      }
    });

    const ISSUER_LINES: Record<(typeof PAPERS)[number], string[]> = {
      'to-trinh': ['UBND XÃ TA MA', 'HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG'],
      'bien-ban': ['UBND XÃ TA MA', 'HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG'],
      'du-thao-quyet-dinh': ['ỦY BAN NHÂN DÂN', 'XÃ TA MA'],
      'danh-sach-cong-khai': ['UBND XÃ TA MA', 'HỘI ĐỒNG', 'THI ĐUA - KHEN THƯỞNG'],
      'to-trinh-cap-tren': ['ỦY BAN NHÂN DÂN', 'XÃ TA MA'],
    };
    it.each(PAPERS)('%s: no name is broken across the lines of the heading', (name) => {
      const left = headingLines(name, 'left').map((l) => l.text);
      expect(left.slice(0, left.findIndex((l) => l.startsWith('Số:')))).toEqual(ISSUER_LINES[name]);
      const right = headingLines(name, 'right').map((l) => l.text);
      expect(right).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', DATED[name] ?? `Ta Ma, ngày tháng năm ${year}`]);
    });

    /** A paragraph that wraps, its first line's start: the space before it and its line pitch are measured on it. */
    const WRAPPING: Record<(typeof PAPERS)[number], string> = {
      'to-trinh': 'Căn cứ Nghị định số',
      // The list's posting, long on any day: «Hội đồng xem xét …» fits one line when the round was closed after the meeting.
      'bien-ban': 'Danh sách tập thể, cá nhân được đề nghị',
      'du-thao-quyet-dinh': 'Căn cứ Nghị định số',
      'danh-sach-cong-khai': 'Trong thời gian niêm yết',
      'to-trinh-cap-tren': 'Căn cứ Nghị định số',
    };
    it.each(PAPERS)('%s: A4 with the decree\'s margins, Times-metric body 13–14 pt, ≥ 6 pt between paragraphs, 1 to 1.5 lines', async (name) => {
      const pdf = printed.get(name)!;
      expect(pdf.width).toBeCloseTo(PAGE.width, 0);
      expect(pdf.height).toBeCloseTo(PAGE.height, 0);
      expect(await fontsOf(pdfOf(name))).toMatch(/LiberationSerif/);
      for (const l of pdf.lines.filter((x) => x.yMax >= PAGE.top)) {
        expect(l.xMin, l.text).toBeGreaterThanOrEqual(PAGE.left - 1);
        expect(l.xMax, l.text).toBeLessThanOrEqual(PAGE.width - PAGE.right + 1);
        expect(l.yMax, l.text).toBeLessThanOrEqual(PAGE.height - PAGE.bottom + 1);
      }
      const at = pdf.lines.findIndex((l) => l.text.startsWith(WRAPPING[name]));
      const [before, line, next] = [pdf.lines[at - 1]!, pdf.lines[at]!, pdf.lines[at + 1]!];
      expect(sizeOf(line)).toBeGreaterThanOrEqual(12.9);
      expect(sizeOf(line)).toBeLessThanOrEqual(14.1);
      const pitch = next.yMin - line.yMin;
      // Liberation Serif's single line is 1.149 em.
      expect(pitch / (1.149 * sizeOf(line))).toBeGreaterThanOrEqual(0.99);
      expect(pitch / (1.149 * sizeOf(line))).toBeLessThanOrEqual(1.51);
      expect(line.yMin - before.yMin - pitch, `space before «${line.text}»`).toBeGreaterThanOrEqual(5.9);
    });

    it('the period label is printed as the set writes it, never lower-cased', () => {
      const label = closed.record.set.period.label;
      expect(label).not.toBe(label.toLowerCase());
      expect(text.get('to-trinh')).toContain(label);
      for (const name of PAPERS) expect(text.get(name), name).not.toContain(label.toLowerCase());
    });

    it("a yearly round's title says its year, not the phase", () => {
      expect(closed.record.round).toBe('hang-nam');
      const titles = {
        'to-trinh': /TỜ TRÌNH (.*?) Kính gửi/,
        'bien-ban': /BIÊN BẢN (.*?) Thời gian/,
        'du-thao-quyet-dinh': /QUYẾT ĐỊNH (.*?) \(DỰ THẢO\)/,
      };
      for (const name of SIGNED) {
        const title = titles[name].exec(text.get(name)!)?.[1] ?? '';
        expect(title, name).toMatch(/năm 2025$/);
        // The phase («Giai đoạn I (2023 - 2025)») is not said; the movement's own name («… giai đoạn 2023 - 2030») is.
        expect(title, name).not.toMatch(/giai đoạn I\b/i);
        expect(title, name).toContain('phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2030” năm 2025');
      }
    });

    it('no paper carries a note about how it was made', () => {
      for (const name of PAPERS) {
        expect(text.get(name), name).not.toMatch(/Lập từ|thidua/i);
        expect(linesOf(name).at(-1)!.text, `${name} ends with its last list or its signer`).not.toMatch(/^\((?!Ký, ghi rõ họ tên\)).*\)$/);
      }
    });

    it('no paper names a district, though the set still does (none since 1/7/2025)', () => {
      expect(closed.record.set.district).toBe('Tuần Giáo');
      // «huyện» in a criterion's own words («hệ thống … của tỉnh, huyện») is the plan's; a district named is not.
      for (const name of PAPERS) expect(text.get(name), name).not.toMatch(/Tuần Giáo|huyện\s+\p{Lu}/u);
    });

    it('the proposal letter speaks as the council that signs it: it never asks the council to decide', () => {
      const t = text.get('to-trinh')!;
      expect(t).toContain('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
      expect(t).not.toMatch(/đề nghị Hội đồng|Hội đồng quyết định/);
    });

    it('the lists come in one order on every face: award form → collectives before individuals → score, with Tổng hợp\'s rank', () => {
      // The pane's record holds its units in sheet order, the command line's in file order.
      const paneOrder = { ...closed, record: { ...closed.record, units: [...closed.record.units].reverse() } };
      expect(papersOf(paneOrder)).toEqual(papersOf(closed));

      const listed = passedUnits();
      const formOf = (u: RecordedUnit) => u.proposals.find((p) => p.proposed || p.eligible)!.form;
      for (const name of ['to-trinh', 'danh-sach-cong-khai'] as const) {
        const t = text.get(name)!;
        const sequence = listed.filter((u) => t.includes(u.unitName)).sort((a, b) => t.indexOf(a.unitName) - t.indexOf(b.unitName));
        expect(sequence.map(formOf).filter((f, j, all) => f !== all[j - 1]), `${name}: each form together, in the set's order`).toEqual(
          closed.record.forms.map((f) => f.id).filter((id) => sequence.some((u) => formOf(u) === id)),
        );
        for (const form of closed.record.forms) {
          const units = sequence.filter((u) => formOf(u) === form.id);
          const said = `${name}, ${form.label}: ${units.map((u) => `${u.unitName} (${u.percent}%)`).join('; ')}`;
          units.slice(1).forEach((b, k) => {
            const a = units[k]!;
            expect(a.collective || !b.collective, `${said}: collectives first`).toBe(true);
            if (a.collective === b.collective) expect(a.percent, `${said}: by score`).toBeGreaterThanOrEqual(b.percent);
          });
        }
      }
      // The rank every paper prints is the one «Tổng hợp» prints for the unit.
      for (const unit of listed) {
        expect(summaryRank.get(unit.unitName), unit.unitName).toBe(unit.rank);
        const among = closed.record.units.filter((u) => u.kindLabel === unit.kindLabel && u.rank !== null).length;
        if (among > 1) expect(text.get('to-trinh'), unit.unitName).toContain(`hạng ${unit.rank}/${among} trong bảng xếp hạng ${unit.kindLabel}`);
        else expect(text.get('to-trinh'), unit.unitName).not.toContain(`trong bảng xếp hạng ${unit.kindLabel}`);
      }
      // Giấy khen nominees are a numbered table with their achievements, like the Bằng khen ones.
      expect(text.get('du-thao-quyet-dinh')).toMatch(/STT Tên tập thể Thành tích 1 (Công an xã Ta Ma|Bản Ta Ma) Xếp loại/);
    });

    it.each(SIGNED)("%s opens with characters XML forbids in a unit's name, the name kept readable", async (name) => {
      const docx = unzipSync(await readFile(join(dir, `hostile-${name}.docx`)));
      expect(() => parseStrictXml(new TextDecoder().decode(docx['word/document.xml']!), `hostile-${name}.docx/word/document.xml`)).not.toThrow();
      expect(existsSync(pdfOf(`hostile-${name}`)), unconverted || 'LibreOffice opened it').toBe(true);
      expect(text.get(`hostile-${name}`)).toContain('Bản Ta Ma ');
    });
  });
});
