// The form of every paper (issue 57 items 4 and 8), printed through LibreOffice from the sealed example round
// (.docx → PDF → `pdftotext -bbox-layout`): the issuer's name in lines by level, never wrapped by the page; rules under
// the issuer and the motto; paragraphs and table rows at least 6 pt apart (Decree 30/2020); table headers whole
// («STT», never «ST» over «T»); the achievement reports in the decree's form — every field, filled from the commune's
// list where it gives it, the form's labelled blank where not, the head of the unit and the proposing level's blocks.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePaper } from '../../adapters/docx/write-document.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { nameLines, unitIssuer } from '../../core/papers/heading.js';
import { papersOf } from '../../core/papers/index.js';
import { readRoster } from '../../core/ranking/roster.js';
import { recordRun, type ClosedRound } from '../../core/run/closing.js';
import { decideRun } from '../../core/run/decide-run.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { tempDir } from '../cli/helpers.js';
import { closedFixture } from './closed-fixture.js';
import { centreOf, longestRule, MM, readPrinted, sizeOf, type PrintedLine, type PrintedPdf } from './pdf-layout.js';

const PERSON = 'Lò Văn Minh (công chức Văn hóa - Xã hội)';
/** What the commune's list gives of the person, as `readRoster` reads it. */
const DETAILS = { sex: 'Nam', birthDate: '15/03/1985', post: 'Công chức Văn hóa - Xã hội', workUnit: 'Ủy ban nhân dân xã Ta Ma, tỉnh Điện Biên' };
const TOP = 20 * MM;
/** Where the two-column heading divides (the left column is 40 % of the text width). */
const HEADING_DIVIDE = 30 * MM + 0.4 * (165 * MM);
const TITLE = /^(TỜ TRÌNH|BIÊN BẢN|QUYẾT ĐỊNH|DANH SÁCH|BÁO CÁO THÀNH TÍCH)$/;
/** Where a paper's body ends: its recipients, or its signatures. */
const SIGNATURES = /^(Nơi nhận:|THƯ KÝ|XÁC NHẬN CỦA CẤP TRÌNH KHEN|THỦ TRƯỞNG ĐƠN VỊ)/;

/** A printed row: the lines side by side at one height (table cells, the heading's two columns). */
function rows(lines: readonly PrintedLine[]): PrintedLine[] {
  const out: PrintedLine[] = [];
  for (const l of [...lines].filter((x) => x.yMin > TOP).sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin)) {
    const row = out.find((r) => r.page === l.page && Math.abs(r.yMin - l.yMin) < 1.5);
    // Left to right, whichever of a row's lines sits a fraction higher («TM. HỘI ĐỒNG …» beside «Nơi nhận:»).
    if (row) Object.assign(row, { text: l.xMin < row.xMin ? `${l.text} | ${row.text}` : `${row.text} | ${l.text}`, xMin: Math.min(row.xMin, l.xMin), xMax: Math.max(row.xMax, l.xMax) });
    else out.push({ ...l });
  }
  return out;
}

/**
 * The space between each two printed rows of the body beyond a line's own pitch (Liberation Serif's line is 1.149 em,
 * the body set at 1.15 lines, tables at 1): about 0 inside a paragraph or a cell, the space between paragraphs else.
 */
function spaces(pdf: PrintedPdf): { space: number; text: string }[] {
  const body = rows(pdf.lines);
  const start = body.findIndex((r) => TITLE.test(r.text));
  const end = body.findIndex((r, i) => i > start && SIGNATURES.test(r.text));
  const out: { space: number; text: string }[] = [];
  for (let i = start + 1; i < end; i++) {
    const [a, b] = [body[i - 1]!, body[i]!];
    if (a.page !== b.page) continue;
    const size = sizeOf(a);
    out.push({ space: b.yMin - a.yMin - 1.149 * size * (size > 13.5 ? 1.15 : 1), text: b.text });
  }
  return out;
}

describe('the form of every paper, as printed', () => {
  const printed = new Map<string, PrintedPdf>();
  let dir: string;
  let names: string[];
  const reportOf = (start: string) => names.find((n) => n.startsWith('bao-cao-thanh-tich') && n.includes(start))!;

  beforeAll(async () => {
    dir = await tempDir();
    const closed = closedFixture();
    // The same round with the person's line of the commune's list, as a run records it.
    const listed: ClosedRound = { ...closed, record: { ...closed.record, units: closed.record.units.map((u) => (u.unitName === PERSON ? { ...u, details: DETAILS } : u)) } };
    const papers = [...papersOf(closed), ...papersOf(listed).filter((p) => p.name.includes('lo-van-minh')).map((p) => ({ ...p, name: `listed-${p.name}` }))];
    names = papers.map((p) => p.name);
    for (const paper of papers) await writeFile(join(dir, `${paper.name}.docx`), await writePaper(paper));
    await sofficeAll(names.map((n) => join(dir, `${n}.docx`)), dir, 'pdf');
    for (const name of names) printed.set(name, await readPrinted(join(dir, `${name}.pdf`)));
  }, 600_000);

  const text = (name: string) => printed.get(name)!.lines.map((l) => l.text).join(' ');

  it('every paper: paragraphs and table rows at least 6 pt apart, lines of one paragraph at their pitch', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const all = spaces(printed.get(name)!);
      expect(all.length, name).toBeGreaterThan(10);
      const between = all.filter((s) => s.space > 1);
      expect(between.length, `${name}: paragraphs`).toBeGreaterThan(3);
      const close = between.filter((s) => s.space < 5.9).map((s) => `${s.space.toFixed(1)} pt before «${s.text.slice(0, 50)}»`);
      expect(close, name).toEqual([]);
    }
  });

  it('every table prints its headers whole: «STT» on one line, in a column as wide as it needs', () => {
    for (const name of names) {
      const lines = printed.get(name)!.lines;
      expect(lines.filter((l) => /^(ST|T)$/.test(l.text)).map((l) => `${l.text} (trang ${l.page + 1})`), name).toEqual([]);
      if (/^(bao-cao|listed|danh-sach|to-trinh|du-thao)/.test(name)) expect(lines.some((l) => l.text.split(' ')[0] === 'STT'), name).toBe(true);
    }
    expect(text(reportOf('doan-thanh-nien'))).toContain('STT Tiêu chí Số liệu và cách tính Điểm Minh chứng');
  });

  const ISSUERS: Record<string, string[]> = {
    'doan-thanh-nien': ['UBND XÃ TA MA', 'ĐOÀN THANH NIÊN'],
    'ubnd-xa-ta-ma': ['ỦY BAN NHÂN DÂN', 'XÃ TA MA'],
    'ban-hua-ca': ['UBND XÃ TA MA', 'BẢN HUA CA'],
    'cong-an-xa': ['UBND XÃ TA MA', 'CÔNG AN'],
    'ban-ta-ma': ['UBND XÃ TA MA', 'BẢN TA MA'],
  };
  it.each(Object.keys(ISSUERS))("a collective's report (%s): the issuer in lines by level, never wrapped, with its rule and the motto's", async (unit) => {
    const name = reportOf(unit);
    const lines = printed.get(name)!.lines.filter((l) => l.page === 0);
    const number = lines.find((l) => l.text.startsWith('Số:'))!;
    const issuer = lines.filter((l) => l.xMax < HEADING_DIVIDE && l.yMax <= number.yMin).sort((a, b) => a.yMin - b.yMin);
    expect(issuer.map((l) => l.text)).toEqual(ISSUERS[unit]);
    // The issuer's own name (not the body above it) with a rule a third to a half of its width, centred under it.
    const own = issuer.filter((l) => !l.text.startsWith('UBND '));
    const widest = Math.max(...own.map((l) => l.xMax - l.xMin));
    const last = own.at(-1)!;
    const rule = await longestRule(join(dir, `${name}.pdf`), 0, { xMin: 30 * MM, xMax: HEADING_DIVIDE, yMin: (last.yMin + last.yMax) / 2, yMax: (number.yMin + number.yMax) / 2 }, join(dir, `${unit}-issuer`));
    expect(rule.length).toBeGreaterThanOrEqual(widest / 3);
    expect(rule.length).toBeLessThanOrEqual(widest / 2);
    expect(Math.abs(rule.centre - centreOf(last))).toBeLessThan(2);
    const motto = lines.find((l) => l.text === 'Độc lập - Tự do - Hạnh phúc')!;
    const date = lines.find((l) => l.text.startsWith('Ta Ma, ngày'))!;
    const under = await longestRule(join(dir, `${name}.pdf`), 0, { xMin: motto.xMin - 30, xMax: motto.xMax + 30, yMin: (motto.yMin + motto.yMax) / 2, yMax: (date.yMin + date.yMax) / 2 }, join(dir, `${unit}-motto`));
    expect(Math.abs(under.length - (motto.xMax - motto.xMin)) / (motto.xMax - motto.xMin)).toBeLessThan(0.04);
  });

  it("a name longer than the issuer's column is broken by the planner between words, the commune's name whole", () => {
    expect(unitIssuer('Trường PTDTBT Tiểu học Ta Ma', 'Ta Ma', 'BC').name.map((l) => l.replace(/\u00A0/g, ' '))).toEqual(['Trường PTDTBT', 'Tiểu học Ta Ma']);
    expect(unitIssuer('Đoàn Thanh niên xã Ta Ma', 'Ta Ma', 'BC')).toMatchObject({ parent: ['UBND xã\u00A0Ta\u00A0Ma'], name: ['Đoàn Thanh niên'] });
    expect(nameLines('Thi đua - Khen thưởng')).toEqual(['Thi đua - Khen thưởng']);
  });

  it("a person's report: every field of the form, filled from the commune's list, the form's labelled blank where it gives none", () => {
    const listed = text(`listed-${reportOf('lo-van-minh')}`);
    expect(listed).toContain('I. SƠ LƯỢC LÝ LỊCH');
    expect(listed).toContain('- Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt): Lò Văn Minh');
    expect(listed).toMatch(/- Sinh ngày, tháng, năm: 15\/03\/1985 Giới tính: Nam/);
    expect(listed).toContain('- Đơn vị công tác: Ủy ban nhân dân xã Ta Ma, tỉnh Điện Biên');
    expect(listed).toContain('- Chức vụ (Đảng, chính quyền, đoàn thể): Công chức Văn hóa - Xã hội');
    for (const label of ['Quê quán', 'Trú quán', 'Trình độ chuyên môn, nghiệp vụ', 'Học hàm, học vị, danh hiệu, giải thưởng', '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận']) {
      expect(listed, label).toMatch(new RegExp(`${label.replace(/[().,]/g, '\\$&')}: ……`));
    }
    // Without the list: what the name cell carried, the commune's committee for a commune officer, blanks for the rest.
    const bare = text(reportOf('lo-van-minh'));
    expect(bare).toMatch(/- Sinh ngày, tháng, năm: …+ Giới tính: …+/);
    expect(bare).toContain('- Đơn vị công tác: Ủy ban nhân dân xã Ta Ma');
    expect(bare).toContain('- Chức vụ (Đảng, chính quyền, đoàn thể): công chức Văn hóa - Xã hội');
    for (const t of [listed, bare]) {
      expect(t).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC');
      expect(t).toContain('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
      expect(t).not.toMatch(/lương cơ sở|đồng\)|\d\.\d{3}\.000/);
    }
  });

  it("the signatures of the form: the head of the unit and the proposing level's confirmation, on the page of the report's end", () => {
    const person = printed.get(`listed-${reportOf('lo-van-minh')}`)!.lines;
    const find = (lines: readonly PrintedLine[], t: string) => lines.find((l) => l.text === t);
    for (const t of ['THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH', '(Ký, ghi rõ họ và tên)', 'Lò Văn Minh', 'XÁC NHẬN CỦA CẤP TRÌNH KHEN']) expect(find(person, t), t).toBeDefined();
    for (const unit of Object.keys(ISSUERS)) {
      const lines = printed.get(reportOf(unit))!.lines;
      const [confirm, head] = [find(lines, 'XÁC NHẬN CỦA CẤP TRÌNH KHEN')!, find(lines, 'THỦ TRƯỞNG ĐƠN VỊ')!];
      expect(confirm, unit).toBeDefined();
      expect(head, unit).toBeDefined();
      expect(lines.filter((l) => l.text === '(Ký, đóng dấu)'), unit).toHaveLength(2);
      expect(confirm.xMax, 'the proposing level on the left').toBeLessThan(head.xMin);
      // Never a page of signatures alone: the past awards' table ends on their page.
      const lastTable = lines.findLast((l) => l.text.startsWith('2. Hình thức khen thưởng'))!;
      expect(head.page, unit).toBe(lastTable.page);
    }
  });

  it("the commune's list gives sex, birth date, post and unit, read into the run's record for the papers", async () => {
    const set = findBuiltin('ta-ma-2025')!;
    const grid = {
      name: 'Danh sách đơn vị',
      values: [
        ['DANH SÁCH ĐƠN VỊ, CÁ NHÂN THI ĐUA', null, null, null, null, null, null],
        ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đơn vị công tác'],
        [1, PERSON, 'Cá nhân', 'Nam', new Date(Date.UTC(1985, 2, 15)), 'Công chức Văn hóa - Xã hội', 'Ủy ban nhân dân xã Ta Ma, tỉnh Điện Biên'],
        [2, 'Bản Hua Ca', 'Bản', null, null, null, null],
      ],
    };
    const roster = readRoster(set, grid);
    expect(roster).toEqual([
      { name: PERSON, kind: 'ca-nhan', details: DETAILS },
      { name: 'Bản Hua Ca', kind: 'ban' },
    ]);
    const commune = await scoreWorkbook(OoxmlWorkbook.open(await readFile(new URL('../../examples/xa-ta-ma-2025.xlsx', import.meta.url))), set, { date: '2025-11-06' });
    const decided = decideRun(set, [{ cards: commune.cards }], { roster });
    const record = recordRun(set, { ...decided, scoredOn: '2025-11-06', files: [], decisions: [] });
    expect(record.units.find((u) => u.unitName === PERSON)?.details).toEqual(DETAILS);
    expect(record.units.find((u) => u.unitName === 'Bản Hua Ca')).not.toHaveProperty('details');
    // A run without the list keeps nothing from an earlier one.
    const again = decideRun(set, [{ cards: decided.cards }], {});
    expect(again.cards.some((c) => c.details)).toBe(false);
  });
});

// Made for issue 57 items 4 and 8: the achievement reports in Decree 152's form and every paper in Decree 30's.
