import { describe, expect, it } from 'vitest';
import { builtinSets, findBuiltin } from '../../core/criteria/builtin/index.js';
import { readReport, rowCode } from '../../core/report/read.js';
import { planTemplate, sheetNameFor } from '../../core/workbook/plan-template.js';
import { criteriaSetToGrid } from '../../core/criteria/sheet/write.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { CellValue } from '../../core/cell.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { layEdit } from '../report/lay-edit.js';
import { haiPhongCivilServantSet } from '../helpers/hai-phong-set.js';

const taMa = findBuiltin('ta-ma-2025')!;

describe('sheetNameFor', () => {
  it('keeps to Excel sheet-name rules', () => {
    expect(sheetNameFor('Trường Tiểu học và Trung học cơ sở Ta Ma')).toBe('Trường Tiểu học và Trung học c…');
    expect(sheetNameFor('Trường Tiểu học và Trung học cơ sở Ta Ma')).toHaveLength(31);
    expect(sheetNameFor('Tổ 1/2: [Khu A]*?')).toBe('Tổ 1 2 Khu A');
    expect(sheetNameFor("'Bản Phổng'")).toBe('Bản Phổng');
    expect(sheetNameFor('  ?/  ')).toBe('Báo cáo');
    // A Word line break pasted into the name stands for a space; what XML cannot carry at all goes.
    expect(sheetNameFor('Bản\u000BPhổng\uFFFF')).toBe('Bản Phổng');
    // Decomposed input (NFD) is composed first, so diacritics do not eat the length.
    expect(sheetNameFor('Trạm Y tế xã Ta Ma'.normalize('NFD'))).toBe('Trạm Y tế xã Ta Ma');
  });
});

describe('planTemplate', () => {
  it('makes a sheet that reads back to the same unit, kind, set and criteria codes', () => {
    for (const set of builtinSets()) {
      for (const kind of set.subjectKinds) {
        const edit = planTemplate(set, { name: `Đơn vị thử ${kind.label}`, kindId: kind.id });
        const result = readReport(layEdit(edit));
        expect(result.ok, `${set.id} / ${kind.id}`).toBe(true);
        if (!result.ok) continue;
        const r = result.report;
        expect(r.unitName?.raw).toBe(`Đơn vị thử ${kind.label}`);
        expect(r.unitKind?.raw).toBe(kind.label);
        expect(r.period?.raw).toBe(set.period.label);
        // Officers read the set by its title; its id sits in a cell that prints nothing.
        expect(r.criteriaSetRef?.raw).toBe(`${set.title} (phiên bản ${set.version})`);
        expect(r.criteriaSetId?.raw).toBe(`${set.id}@${set.version}`);
        expect(r.submittedAt?.value).toEqual({ kind: 'empty' });
        const expected = set.criteria.filter((c) => c.appliesTo.length === 0 || c.appliesTo.includes(kind.id)).map((c) => c.code);
        expect(r.rows.map(rowCode).sort()).toEqual([...expected].sort());
        expect(r.columns).toMatchObject({ code: 'B', title: 'C', result: 'G', numerator: 'H', denominator: 'I', evidence: 'J', selfScore: 'K', note: 'L' });
        for (const row of r.rows) expect(row.result?.value).toEqual({ kind: 'empty' });
      }
    }
  });

  it('groups criteria under their group headings, in the set order, with targets and points', () => {
    const hamlet = taMa.subjectKinds.find((k) => k.id === 'ban')!;
    const grid = layEdit(planTemplate(taMa, { name: 'Bản Ta Ma', kindId: hamlet.id, period: 'Năm 2025' }));
    const header = grid.values.findIndex((row) => row[1] === 'Mã tiêu chí');
    expect(grid.values[header]).toEqual([
      'STT', 'Mã tiêu chí', 'Tiêu chí', 'Đơn vị tính', 'Chỉ tiêu', 'Điểm tối đa', 'Kết quả', 'Tử số', 'Mẫu số', 'Minh chứng', 'Điểm tự chấm', 'Ghi chú',
    ]);
    const groupOfFirst = taMa.groups.find((g) => g.id === taMa.criteria.find((c) => c.appliesTo.includes('ban'))!.group)!;
    expect(grid.values[header + 1]?.slice(0, 3)).toEqual(['I', null, groupOfFirst.title]);
    const hts2 = grid.values.find((row) => row[1] === 'HTS2')!;
    expect(hts2.slice(3, 6)).toEqual([taMa.criteria.find((c) => c.code === 'HTS2')!.unit, '> 40%', 15]);
    expect(grid.values.flat()).toContain('Năm 2025');
  });

  it('is laid out for A4: landscape, fit to width, header row repeated, page numbers, widths set, «Ngày nộp» formatted as a date', () => {
    const edit = planTemplate(taMa, { name: 'UBND xã', kindId: 'ubnd-xa' });
    const grid = layEdit(edit);
    const header = grid.values.findIndex((row) => row[1] === 'Mã tiêu chí') + 1;
    expect(edit.mode).toBe('replace');
    expect(edit.sheet).toBe('UBND xã');
    expect(edit.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, titleRows: `$${header}:$${header}`, footer: '&A — Trang &P', firstPageNumber: 1 });
    // The unit's name and period on every page.
    expect(edit.print?.header).toMatch(/^&L.+&R.+$/);
    expect(edit.columnWidths).toHaveLength(12);
    expect(edit.freeze).toEqual({ rows: header, columns: 0 });
    const dateRow = grid.values.findIndex((row) => row[0] === 'Ngày nộp:');
    expect(grid.formats?.[dateRow]?.[2]).toBe('dd/mm/yyyy');
    const headerFormats = edit.blocks[0]!.cellFormats![header - 1]!;
    expect(headerFormats.every((f) => f?.bold && f.wrap)).toBe(true);
    // Wrapped headers and long titles get the height of their lines, or only their last line would print.
    const heightOf = (row: number) => edit.rowHeights?.find((r) => r.row === row)?.height ?? 15;
    expect(heightOf(header)).toBeGreaterThanOrEqual(30);
    const longTitle = grid.values.findIndex((row) => typeof row[2] === 'string' && row[2].length > 60 && row[1] !== null) + 1;
    expect(heightOf(longTitle)).toBeGreaterThanOrEqual(30);
  });

  it('cites the plan by what is known: its title when its number is printed blank («…/KH-UBND»)', () => {
    const cited = layEdit(planTemplate(taMa, { name: 'UBND xã', kindId: 'ubnd-xa' })).values.flat().find((v) => String(v).startsWith('Căn cứ'));
    expect(cited).toBe(`Căn cứ: ${taMa.legalBasis.title}`);
    expect(String(cited)).not.toContain('…');
  });

  it('marks evidence-required criteria in the «Minh chứng» column', () => {
    const edit = planTemplate(taMa, { name: 'UBND xã', kindId: 'ubnd-xa' });
    const block = edit.blocks[0]!;
    const required = taMa.criteria.find((c) => c.evidenceRequired && c.appliesTo.includes('ubnd-xa'))!;
    const optional = taMa.criteria.find((c) => !c.evidenceRequired && c.appliesTo.includes('ubnd-xa'))!;
    const at = (code: string) => block.values.findIndex((row) => row[1] === code);
    expect(block.cellFormats![at(required.code)]![9]?.fill).toBe('#FFF2CC');
    expect(block.cellFormats![at(optional.code)]![9]?.fill).not.toBe('#FFF2CC');
  });
});

/**
 * A template (of `madeFor`) written to .xlsx, filled as a unit would (the date sent, one figure, and `typed` over its cells), saved,
 * opened again and scored: the flags on its «Bộ tiêu chí» the run gives.
 */
async function filledAndScored(set: CriteriaSet, typed: Record<string, CellValue> = {}, madeFor: CriteriaSet = set) {
  const template = OoxmlWorkbook.create();
  await template.apply({ sheets: [planTemplate(madeFor, { name: 'Bản Hua Ca', kindId: 'ban' })] });
  const blank = OoxmlWorkbook.open(await template.toBuffer());
  const [grid] = await blank.readSheets(['Bản Hua Ca']);
  const first = grid!.values.findIndex((row) => row[1] === 'HTS1') + 1;
  await blank.apply({
    sheets: [
      {
        sheet: 'Bản Hua Ca',
        mode: 'existing',
        blocks: [{ address: 'C9', values: [['01/11/2025']] }, { address: `G${first}`, values: [['85%']] }, ...Object.entries(typed).map(([address, v]) => ({ address, values: [[v]] }))],
      },
    ],
  });
  const filled = OoxmlWorkbook.open(await blank.toBuffer());
  const { cards } = await scoreWorkbook(filled, set, { date: '2025-11-06' });
  return cards[0]!.flags.filter((f) => f.code === 'criteria-set-mismatch' || f.code === 'criterion-missing');
}

describe('how each criterion is scored, on the template', () => {
  it('puts the criterion’s scoring words as a note on its name, so the unit scores itself by the table’s rules', () => {
    const base = findBuiltin('ta-ma-2025')!;
    const [first, ...rest] = base.criteria;
    const set: CriteriaSet = { ...base, criteria: [{ ...first!, note: 'Khung: >75%. Cách chấm: tỷ lệ × điểm tối đa.' }, ...rest.map((c) => ({ ...c, note: '' }))] };
    const kind = set.subjectKinds.find((k) => first!.appliesTo.length === 0 || first!.appliesTo.includes(k.id))!;
    const edit = planTemplate(set, { name: 'Bản Thử', kindId: kind.id });
    const grid = layEdit(edit);
    const at = grid.values.findIndex((row) => row[1] === first!.code) + 1;
    expect(edit.notes).toEqual([{ address: `C${at}`, text: 'Khung: >75%. Cách chấm: tỷ lệ × điểm tối đa.' }]);
    // The report still reads as before: a note is no cell.
    expect(readReport(grid).ok).toBe(true);
  });
});

describe('a template filled and scored: the set it names', () => {
  it('a template of this set and version reads as made for it: no flag', async () => {
    expect(await filledAndScored(taMa)).toEqual([]);
  });

  it('a template of another version: a warning that names no id', async () => {
    const [flag, ...rest] = await filledAndScored(taMa, {}, { ...taMa, version: '2024.1' });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ severity: 'warning', cell: 'C10' });
    expect(flag!.message).toBe(`Ô C10: báo cáo lập theo phiên bản 2024.1 của bộ tiêu chí này, đang chấm theo phiên bản ${taMa.version}`);
  });

  // Templates before this one printed «ta-ma-2025@2025.1» in «Bộ tiêu chí» and had no «Mã bộ tiêu chí».
  it('an old template stating «id@version» in «Bộ tiêu chí» still reads: the same set passes, another version is flagged', async () => {
    const old = { C10: `${taMa.id}@${taMa.version}`, A11: null, C11: null };
    expect(await filledAndScored(taMa, old)).toEqual([]);
    const [flag] = await filledAndScored(taMa, { ...old, C10: `${taMa.id}@2024.1` });
    expect(flag).toMatchObject({ severity: 'warning', cell: 'C10' });
    const [other] = await filledAndScored(taMa, { ...old, C10: 'tan-quang-2025@1' });
    expect(other!.message).toBe(`Ô C10: báo cáo lập theo bộ tiêu chí «${findBuiltin('tan-quang-2025')!.title} (phiên bản 1)», đang chấm theo bộ «${taMa.title}» (phiên bản ${taMa.version})`);
  });

  it('a sheet whose «Bộ tiêu chí» names another set by its title (its id cell gone) is flagged as made for another set', async () => {
    const [flag] = await filledAndScored(taMa, { C10: 'Bộ tiêu chí thi đua xã Tân Quang (phiên bản 2025.1)', A11: null, C11: null });
    expect(flag).toMatchObject({ severity: 'error', cell: 'C10' });
  });
});

describe('the template’s title', () => {
  const titleOf = (set: CriteriaSet) => layEdit(planTemplate(set, { name: 'UBND phường Ninh Kiều', kindId: set.subjectKinds[0]!.id })).values.flat().find((v) => typeof v === 'string' && v.startsWith('BÁO CÁO KẾT QUẢ'));

  it('names the set’s own movement, so units of another movement are not sent a digital-transformation report', () => {
    expect(titleOf(taMa)).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2023 - 2030”');
    const canTho = { ...taMa, title: 'THANG ĐIỂM THI ĐUA PHONG TRÀO VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ', legalBasis: { document: '', date: '', title: '' } };
    expect(titleOf(canTho)).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT');
    expect(readReport(layEdit(planTemplate(canTho, { name: 'UBND phường Ninh Kiều', kindId: canTho.subjectKinds[0]!.id }))).ok).toBe(true);
    expect(titleOf({ ...taMa, title: 'Bảng điểm', legalBasis: { document: '', date: '', title: '' } })).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA CHUYỂN ĐỔI SỐ');
  });
});

describe('the exported criteria sheet’s title', () => {
  it('names the set’s own movement, as the template does', () => {
    expect(criteriaSetToGrid(taMa)[0]![0]).toBe('BỘ TIÊU CHÍ CHẤM ĐIỂM PHONG TRÀO THI ĐUA “CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2023 - 2030”');
    const canTho = { ...taMa, title: 'THANG ĐIỂM THI ĐUA PHONG TRÀO VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ', legalBasis: { document: '', date: '', title: '' } };
    expect(criteriaSetToGrid(canTho)[0]![0]).toBe('BỘ TIÊU CHÍ CHẤM ĐIỂM PHONG TRÀO VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT');
  });
});

describe('a person’s own report (Hải Phòng’s form for civil servants)', () => {
  it('asks the civil servant’s name and kind as a person’s, «Họ và tên», and reads them back; a unit’s stays «Tên đơn vị»', async () => {
    const { set } = await haiPhongCivilServantSet();
    const labels = (kindId: string) => layEdit(planTemplate(set, { name: 'Nguyễn Thị Hương', kindId })).values.flatMap((r) => (typeof r[0] === 'string' && /^(Họ và tên|Tên đơn vị|Loại)/.test(r[0]) ? [r[0]] : []));
    expect(labels('ca-nhan')).toEqual(['Họ và tên:', 'Loại đối tượng:']);
    expect(labels('co-quan')).toEqual(['Tên đơn vị:', 'Loại đơn vị:']);
    const read = readReport(layEdit(planTemplate(set, { name: 'Nguyễn Thị Hương', kindId: 'ca-nhan' })));
    if (!read.ok) throw new Error('không đọc được mẫu');
    expect([read.report.unitName?.raw, read.report.unitKind?.raw]).toEqual(['Nguyễn Thị Hương', 'Cá nhân']);
  }, 300_000);
});
