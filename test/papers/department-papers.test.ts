// The papers of a round on a real table that is not a commune's (the Tiền Giang department table, corpus): imported
// by the command line with no commune name, a unit's report filled at every item's maximum but with two deductions
// typed on the items' own lines (a1.1, and 2.1.1.1 «Khiển trách»), scored, the council meeting on 15/12/2025 typed on
// «Biểu quyết», closed later (today), and `thidua papers` run: what an officer's walk of such a round read in its papers.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runOk, tempDir, type Run } from '../cli/helpers.js';
import { readSummary, typeVotes } from '../council/council-meeting.js';
import { councilMinutes } from '../../core/papers/minutes.js';
import { defaultPaperOptions } from '../../core/papers/index.js';
import { closedFixture, paperText } from './closed-fixture.js';

const UNIT = 'Phòng Tài nguyên và Môi trường huyện Châu Thành';
/** What the unit typed on its items' own deduction lines: a1 loses 1 of its 3, 2.1 («Chấp hành tốt nội qui…») its 1. */
const DEDUCTIONS: Record<string, number> = { 'a1.1': 1, '2.1.1.1': 1 };

let dir: string;
let papers: Run;
/** The unit's achievement report, the only one of the round. */
/** Its name cut at a word, never mid-word («…-huyen-cha» before). */
const REPORT = 'bao-cao-thanh-tich-01-phong-tai-nguyen-va-moi-truong-huyen';
const text = async (name: string) => (await mammoth.extractRawText({ path: join(dir, 'ho-so', `${name}.docx`) })).value;

/** The unit's hand: every item at its maximum in «Điểm tự chấm» (and «Kết quả», which the level items read), the deductions on their lines. */
async function fill(template: string, out: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const ws = book.worksheets[0]!;
  const header = ws.getRow(12);
  const col = (title: string) => (header.values as unknown[]).indexOf(title);
  const [code, max, result, self] = [col('Mã tiêu chí'), col('Điểm tối đa'), col('Kết quả'), col('Điểm tự chấm')];
  ws.eachRow((row, n) => {
    if (n <= 12) return;
    const c = String(row.getCell(code).value ?? '');
    const top = row.getCell(max).value;
    if (c in DEDUCTIONS) row.getCell(self).value = DEDUCTIONS[c]!;
    else if (typeof row.getCell(1).value === 'number' && typeof top === 'number') {
      row.getCell(self).value = top;
      row.getCell(result).value = top;
    }
  });
  await book.xlsx.writeFile(out);
}

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await copyFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx'), join(dir, 'bang-diem.docx'));
  await thidua('criteria', 'import', 'bang-diem.docx', '--out', 'tieu-chi.xlsx');
  await thidua('template', '--criteria', 'tieu-chi.xlsx', '--unit', UNIT, '--kind', 'co-quan', '--out', 'mau.xlsx');
  await mkdir(join(dir, 'bao-cao'));
  await fill(join(dir, 'mau.xlsx'), join(dir, 'bao-cao', 'chau-thanh.xlsx'));
  await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'ket-qua');
  // The council met on 15/12/2025; the round is closed today, after the meeting.
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), () => [9, 7, 7], { B3: '15/12/2025', D3: 'Phòng họp số 2', B4: 'Trần Thị Mai', D4: 'Lê Văn Tâm' });
  await thidua('close', 'ket-qua', '--by', 'Trần Thị Mai', '--accept-open');
  papers = await thidua('papers', 'ket-qua', '--out', 'ho-so');
}, 300_000);

const A1 = 'Triển khai kịp thời, đầy đủ Luật Đất đai 2013';
const RULES = 'Chấp hành tốt nội qui, qui chế của cơ quan';
/** «Hoàn thành đầy đủ 34 tiêu chí: …» as a paper prints it, up to the end of its paragraph (or of its table cell). */
const fullyMet = (t: string) => /[Hh]oàn thành đầy đủ (\d+) tiêu chí: ([^\n]*)/.exec(t);

describe('a criterion with a deduction taken (walk item 1)', () => {
  it('is not «hoàn thành đầy đủ» in the report, the others at their maximum are; the minutes and the lists count them and name it short', async () => {
    const unit = (await readSummary(join(dir, 'ket-qua'))).rounds.at(-1)!.record.units.find((u) => u.unitName === UNIT)!;
    expect(unit.achievements.some((a) => a.startsWith(A1))).toBe(false);
    expect(unit.achievements).not.toContain(RULES);
    expect(unit.achievements.length).toBeGreaterThan(20);
    const met = fullyMet(await text(REPORT));
    expect(met).not.toBeNull();
    expect(Number(met![1])).toBe(unit.achievements.length);
    expect(met![2]).not.toContain(A1);
    expect(met![2]).not.toContain(RULES);
    // The lists count what is met and name what is short: the two items with a deduction taken, their points and what was
    // taken — over the document's 31 items as `criteria import` counts them, C3, C4, C5 each once by its parts.
    const items = new Set(unit.criteria!.filter((c) => c.kind === undefined && c.max > 0).map((c) => c.partOf?.code ?? c.code)).size;
    expect(items).toBe(31);
    for (const name of ['bien-ban', 'to-trinh', 'danh-sach-cong-khai']) {
      const said = new RegExp(`hoàn thành đầy đủ ${items - 2}/${items} tiêu chí; chưa đầy đủ: ([^\\n]*)`).exec(await text(name));
      expect(said, name).not.toBeNull();
      expect(said![1], name).toContain(`${A1}`);
      expect(said![1], name).toMatch(/\(3\/3, trừ 1\)/);
      expect(said![1], name).toContain(`${RULES} (1/1, trừ 1)`);
    }
  });

  it('shows the points after the deduction beside the item’s own, adding up to the unit’s total', async () => {
    expect(papers.stdout).toContain(`ho-so/${REPORT}.docx`);
    const report = await text(REPORT);
    expect(report).toContain('3/3, trừ 1 → 2');
    expect(report).toContain('1/1, trừ 1 → 0');
    const unit = (await readSummary(join(dir, 'ket-qua'))).rounds.at(-1)!.record.units.find((u) => u.unitName === UNIT)!;
    const net = unit.criteria!.reduce((sum, c) => sum + c.points + (c.bonus ?? 0) - (c.deduction ?? 0), 0);
    expect(Math.round(net * 100) / 100).toBe(unit.total);
    // The total with what it is made of: the base at its maximum, the table's bonus row, the two lines' deductions.
    expect(report).toContain(`: ${unit.total} điểm (100/100 điểm chuẩn, cộng 1 điểm thưởng, trừ 2 điểm), xếp loại`);
  });
});

describe('a set that names no commune (walk item 2)', () => {
  it('is said where the missing plan number is, naming where to type the name', () => {
    expect(papers.stderr).toContain('Lưu ý: Bộ tiêu chí không ghi số và ngày của kế hoạch');
    expect(papers.stderr).toContain('Lưu ý: Bộ tiêu chí không ghi tên xã (ô bên phải nhãn «Xã» ở đầu trang «Tiêu chí» của tệp bộ tiêu chí)');
  });

  it.each(['to-trinh', 'bien-ban', 'du-thao-quyet-dinh', 'danh-sach-cong-khai', REPORT])('%s: no empty name before punctuation, the blank to write it in', async (name) => {
    const t = await text(name);
    expect(t).not.toMatch(/xã[ \u00A0]+[.,;:)]/i);
    expect(t).not.toMatch(/xã[ \u00A0]{2,}/i);
    expect(t).not.toMatch(/XÃ[ \u00A0]+$/m);
    expect(t).not.toMatch(/^[ \u00A0]*, ngày/m);
    expect(t).toMatch(/^……………, ngày/m);
  });

  it('a set naming no period: the proposal says no «(kỳ )» with nothing in it', async () => {
    const proposal = await text('to-trinh');
    expect(proposal).toContain('theo bộ tiêu chí «');
    expect(proposal).not.toMatch(/\(kỳ[ \u00A0]*\)/);
  });

  it('the proposal and the decision leave the blank where the name goes', async () => {
    expect(await text('to-trinh')).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã\u00A0…………….');
    expect(await text('du-thao-quyet-dinh')).toContain('Theo đề nghị của Hội đồng Thi đua - Khen thưởng xã\u00A0…………….');
  });
});

describe('a round closed after the meeting (walk item 3)', () => {
  it('the minutes never say the meeting had a result closed later; they say when it was closed', async () => {
    const closedAt = (await readSummary(join(dir, 'ket-qua'))).rounds.at(-1)!.closedAt.slice(0, 10);
    const day = closedAt.split('-').reverse().join('/');
    const minutes = await text('bien-ban');
    expect(minutes).toContain('ngày 15 tháng 12 năm 2025');
    expect(minutes).not.toContain('đã được Hội đồng chốt');
    expect(minutes).toContain('của 01 tập thể.');
    expect(minutes).toContain(`Kết quả chấm điểm cùng kết quả biểu quyết tại phiên họp được Hội đồng chốt ngày ${day}.`);
  });

  it('a round closed on or before the meeting day is one the meeting had', () => {
    const closed = closedFixture();
    const on = (date: string) => paperText(councilMinutes({ ...closed, votes: { ...closed.votes!, meeting: { ...closed.votes!.meeting, date } } }, defaultPaperOptions(closed)));
    // The fixture was closed on 26/11/2026.
    expect(on('2026-11-26')).toContain('của 13 tập thể và 02 cá nhân, đã được Hội đồng chốt ngày 26/11/2026.');
    expect(on('2026-11-20')).not.toContain('đã được Hội đồng chốt');
    expect(on('2026-11-20')).toContain('được Hội đồng chốt ngày 26/11/2026.');
  });
});

// Made for the walk's items 1–3 on the papers of a department's round — a deduction called «hoàn thành đầy
// đủ», «xã .» where the set names no commune, a closing after the meeting told as before it.
