// Makes the example commune "xã Ta Ma" (built-in set ta-ma-2025): the criteria workbook, one report
// workbook per unit plus one workbook holding the mass organisations' sheets, the whole commune in one
// workbook (criteria sheet + every unit's sheet: what the standalone page's example opens), and
// README.md listing each unit's deliberate problems. Deterministic: same script, same contents. Run: npx tsx examples/make-examples.ts
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExcelJsWorkbook } from '../adapters/exceljs/exceljs-workbook.js';
import { findBuiltin } from '../core/criteria/builtin/index.js';
import { planCriteriaSheet } from '../core/criteria/sheet/index.js';
import { readReport } from '../core/report/read.js';
import type { CellValue } from '../core/cell.js';
import { planTemplate } from '../core/workbook/plan-template.js';
import { cellAddress, columnNumber, matchesLabel } from '../core/text.js';
import type { Block } from '../core/sheet/port.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPORTS = join(HERE, 'bao-cao');
const SET = findBuiltin('ta-ma-2025')!;
/** The whole commune in one workbook: its own `Tiêu chí` sheet and every unit's report sheet. */
const COMMUNE_FILE = 'xa-ta-ma-2025.xlsx';
/** The day the example files say they were made (keeps the files' own metadata fixed). */
const MADE = new Date(Date.UTC(2025, 10, 5));

/**
 * A figure as typed. `{ formula, error }`: a formula whose result is an Excel error (#DIV/0!…), the words
 * numerator/denominator standing for the row's Tử số / Mẫu số cells; `{ percentOf1 }`: 0.72 shown as 72%.
 */
type Typed = CellValue | { formula: string; error: string } | { percentOf1: number };
type Figures = { result?: Typed; numerator?: Typed; denominator?: Typed; evidence?: string; selfScore?: Typed; note?: string };

type Unit = {
  name: string;
  kindId: string;
  /** What the unit wrote in «Loại đơn vị» when not the set's own label. */
  kindText?: string;
  /** «Ngày nộp»: a real date cell, text as typed, or blank. */
  submitted: Date | string | null;
  /** «Bộ tiêu chí» when the unit used another set or version. */
  setRef?: string;
  figures: Record<string, Figures>;
  /** Vietnamese, for the README: what is wrong on purpose (empty = a clean report). */
  problems: string[];
};

type File = { file: string; units: Unit[] };

const day = (d: number, m = 11) => new Date(Date.UTC(2025, m - 1, d));

/** The collective standards scored by hand (TT2 movement, TT3 digital platforms), with the usual evidence. */
const collectiveStandards = (movement: number, platforms: number): Record<string, Figures> => ({
  TT2: { evidence: 'Báo cáo thành tích phong trào thi đua', selfScore: movement },
  TT3: { evidence: 'Báo cáo ứng dụng nền tảng số', selfScore: platforms },
});

/** The mass organisations report on time and are not ranked by the commune's digital-government index. */
const MASS_ORGANISATION_REPORTING: Record<string, Figures> = {
  TT4: { result: 'Có', evidence: 'Sổ theo dõi', selfScore: 5 },
  TT5: { result: 'Không được giao' },
};

const FILES: File[] = [
  {
    file: 'ubnd-xa-ta-ma.xlsx',
    units: [
      {
        name: 'UBND xã Ta Ma',
        kindId: 'ubnd-xa',
        submitted: day(3),
        figures: {
          CQS1: { numerator: 412, denominator: 415, evidence: 'Thống kê hệ thống QLVB iDesk năm 2025', selfScore: 10 },
          CQS2: { numerator: 98, denominator: 98, evidence: 'QĐ 15/QĐ-UBND ngày 10/01/2025 công bố danh mục TTHC', selfScore: 8 },
          CQS3: { result: '85,5%', evidence: 'Báo cáo 112/BC-UBND ngày 28/10/2025', selfScore: 10 },
          CQS4: { numerator: 24, denominator: 24, selfScore: 5 },
          CQS5: { numerator: 9, denominator: 14, selfScore: 4 },
          CQS6: { result: '100%', evidence: 'Hệ thống báo cáo tỉnh Điện Biên', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 21, denominator: 21, evidence: 'DS tập huấn kỹ năng số 06/2025', selfScore: 10 },
          CQS9: { result: 2, evidence: 'QĐ cử đi đào tạo 45/QĐ-UBND', selfScore: 4 },
          KTS1: { result: '11,2%', selfScore: 2 },
          KTS2: { result: '6,4%', selfScore: 2 },
          TT1: { numerator: 18, denominator: 18, evidence: 'Báo cáo 118/BC-UBND ngày 30/10/2025', selfScore: 10 },
          ...collectiveStandards(9, 8),
          TT4: { result: 'Có', evidence: 'Sổ theo dõi báo cáo 2025', selfScore: 5 },
          TT5: { result: 'Có', evidence: 'Kết quả xếp hạng Bộ chỉ số Chính quyền số năm 2025', selfScore: 20 },
        },
        problems: ['Tỷ lệ CQS3 gõ dạng chữ «85,5%» (số kiểu Việt Nam, dấu phẩy thập phân) — vẫn đọc đúng 85,5%.'],
      },
    ],
  },
  {
    file: 'cong-an-xa.xlsx',
    units: [
      {
        name: 'Công an xã Ta Ma',
        kindId: 'co-quan',
        kindText: 'Cơ quan',
        submitted: '04/11/2025',
        figures: {
          CQS1: { numerator: 156, denominator: 160, evidence: 'Sổ văn bản đi - đến 2025', selfScore: 10 },
          CQS3: { result: '72%', evidence: 'Báo cáo 21/BC-CAX', selfScore: 10 },
          CQS4: { numerator: 12, denominator: 12, selfScore: 5 },
          CQS6: { result: '100%', evidence: 'Hệ thống báo cáo Bộ Công an', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 9, denominator: 9, evidence: 'DS tập huấn 04/2025', selfScore: 10 },
          TT1: { numerator: 7, denominator: 7, evidence: 'Báo cáo 22/BC-CAX', selfScore: 10 },
          ...collectiveStandards(8, 9),
          TT4: { result: 'Đạt', evidence: 'Sổ theo dõi báo cáo', selfScore: 5 },
          TT5: { result: 'Không được giao', note: 'Không thuộc diện xếp hạng Bộ chỉ số' },
        },
        problems: ['Ngày nộp gõ dạng chữ «04/11/2025» (đúng hạn).', 'TT5 ghi «Không được giao»: tiêu chí ra khỏi mẫu số, tỷ lệ % tính lại.'],
      },
    ],
  },
  {
    file: 'truong-tieu-hoc-ta-ma.xlsx',
    units: [
      {
        name: 'Trường PTDTBT Tiểu học Ta Ma',
        kindId: 'co-quan',
        kindText: 'Cơ quan',
        submitted: day(12),
        figures: {
          CQS1: { numerator: 210, denominator: 230, evidence: 'Thống kê QLVB', selfScore: 9 },
          CQS3: { result: '65%', evidence: 'Báo cáo 30/BC-THTM', selfScore: 10 },
          CQS4: { numerator: 8, denominator: 10, selfScore: 4 },
          CQS6: { result: '100%', evidence: 'Phần mềm CSDL ngành Giáo dục', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 52, denominator: 48, evidence: 'DS giáo viên tập huấn', selfScore: 10 },
          TT1: { numerator: 11, denominator: 12, evidence: 'Báo cáo 31/BC-THTM', selfScore: 9 },
          ...collectiveStandards(9, 8),
          TT4: { result: 'x', evidence: 'Sổ theo dõi', selfScore: 5 },
          TT5: { result: 'Không', evidence: 'Kết quả xếp hạng của xã', selfScore: 0 },
        },
        problems: ['Nộp muộn: ngày 12/11/2025, sau hạn 04/11/2025.', 'CQS8: tử số 52 lớn hơn mẫu số 48.', 'TT4 đánh dấu «x» (nghĩa là Có).'],
      },
    ],
  },
  {
    file: 'truong-mam-non-ta-ma.xlsx',
    units: [
      {
        name: 'Trường Mầm non Ta Ma',
        kindId: 'co-quan',
        kindText: 'Cơ quan',
        submitted: day(4),
        figures: {
          CQS1: { numerator: 120, denominator: 126, selfScore: 10 },
          CQS3: { result: '90%', numerator: 27, denominator: 40, evidence: 'Báo cáo 12/BC-MNTM', selfScore: 10 },
          CQS4: { numerator: 6, denominator: 6, selfScore: 5 },
          CQS6: { result: '100%', evidence: 'Phần mềm CSDL ngành Giáo dục', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 18, denominator: 18, evidence: 'DS tập huấn', selfScore: 10 },
          TT1: { numerator: 10, denominator: 10, evidence: 'Báo cáo 13/BC-MNTM', selfScore: 10 },
          ...collectiveStandards(7, 7),
          TT4: { result: 'Có', evidence: 'Sổ theo dõi', selfScore: 5 },
          TT5: { result: 'Không', evidence: 'Kết quả xếp hạng của xã', selfScore: 0 },
        },
        problems: ['CQS3: ghi 90% nhưng tử số/mẫu số 27/40 = 67,5% (tỷ lệ ghi khác tỷ lệ tính).', 'CQS1: thiếu minh chứng (bắt buộc).'],
      },
    ],
  },
  {
    file: 'tram-y-te-ta-ma.xlsx',
    units: [
      {
        name: 'Trạm Y tế xã Ta Ma',
        kindId: 'co-quan',
        kindText: 'Cơ quan',
        submitted: day(2),
        figures: {
          CQS1: { numerator: 88, denominator: 95, evidence: 'Thống kê QLVB', selfScore: 9 },
          CQS3: { result: '70%', evidence: 'Báo cáo 08/BC-TYT', selfScore: 10 },
          CQS6: { result: '100%', evidence: 'Phần mềm V20 - BHXH', selfScore: 5 },
          CQS8: { numerator: 7, denominator: 7, evidence: 'DS tập huấn', selfScore: 10 },
          TT1: { numerator: 6, denominator: 8, evidence: 'Báo cáo 09/BC-TYT', selfScore: 8 },
          ...collectiveStandards(15, 6),
          TT5: { result: 'Không', evidence: 'Kết quả xếp hạng của xã', selfScore: 0 },
        },
        problems: ['Báo cáo thiếu: CQS4, CQS7, TT4 để trống.', 'TT2: điểm tự chấm 15 vượt điểm tối đa 10.'],
      },
    ],
  },
  {
    file: 'ban-hua-ca.xlsx',
    units: [
      {
        name: 'Bản Hua Ca',
        kindId: 'ban',
        submitted: day(1),
        figures: {
          HTS1: { result: { percentOf1: 0.72 }, selfScore: 10 },
          HTS2: { numerator: 96, denominator: 142, selfScore: 15 },
          HTS3: { result: 'Có', selfScore: 5 },
          HTS4: { numerator: 410, denominator: 680, selfScore: 15 },
          XHS1: { numerator: 390, denominator: 680, selfScore: 15 },
          XHS2: { result: '78%', selfScore: 10 },
          TT1: { numerator: 6, denominator: 6, evidence: 'Biên bản họp bản 20/10/2025', selfScore: 10 },
          TT4: { result: 'Có', evidence: 'Sổ theo dõi của bản', selfScore: 5 },
          BAN1: { evidence: 'Biên bản bình xét của bản', selfScore: 13 },
        },
        problems: ['HTS1 gõ 0,72 với định dạng phần trăm (hiện 72%) — đọc đúng 72%.'],
      },
    ],
  },
  {
    file: 'ban-phieng-pi.xlsx',
    units: [
      {
        name: 'Bản Phiêng Pi',
        kindId: 'ban',
        submitted: day(4),
        setRef: 'ta-ma-2025@2024.1',
        figures: {
          HTS1: { result: '55%', selfScore: 10 },
          HTS2: { numerator: 48, denominator: 130, selfScore: 12 },
          HTS3: { result: 'Có', selfScore: 5 },
          HTS4: { numerator: 260, denominator: 590, selfScore: 15 },
          XHS1: { numerator: 240, denominator: 590, selfScore: 12 },
          XHS2: { result: '65%', selfScore: 9 },
          TT1: { numerator: 5, denominator: 6, evidence: 'Biên bản họp bản', selfScore: 8 },
          TT4: { result: 'Có', evidence: 'Sổ theo dõi của bản', selfScore: 5 },
          BAN1: { evidence: 'Biên bản bình xét của bản', selfScore: 10 },
        },
        problems: ['Lập từ mẫu của phiên bản cũ: «Bộ tiêu chí» ghi ta-ma-2025@2024.1, không phải 2025.1.'],
      },
    ],
  },
  {
    file: 'ban-ta-ma.xlsx',
    units: [
      {
        name: 'Bản Ta Ma',
        kindId: 'ban',
        submitted: day(3),
        figures: {
          HTS1: { result: '60%', selfScore: 10 },
          HTS2: { result: '45/120', selfScore: 15 },
          HTS3: { result: 'Có', selfScore: 5 },
          HTS4: { numerator: 300, denominator: 610, selfScore: 15 },
          XHS1: { result: { formula: 'numerator/denominator', error: '#DIV/0!' }, numerator: 280, selfScore: 15 },
          XHS2: { result: '72%', selfScore: 10 },
          TT1: { numerator: 6, denominator: 6, evidence: 'Biên bản họp bản', selfScore: 10 },
          TT4: { result: 'Có', evidence: 'Sổ theo dõi của bản', selfScore: 5 },
          BAN1: { evidence: 'Biên bản bình xét của bản', selfScore: 12 },
        },
        problems: ['HTS2 ghi dạng phân số «45/120».', 'XHS1: công thức trả lỗi #DIV/0! (mẫu số để trống) — 0 điểm, có cảnh báo.'],
      },
    ],
  },
  {
    file: 'ban-sang-to.xlsx',
    units: [
      {
        name: 'Bản Sáng Tớ',
        kindId: 'ban',
        submitted: day(8),
        setRef: 'ta-ma-2030@2025.1',
        figures: {
          HTS1: { result: '40%', selfScore: 8 },
          HTS2: { numerator: 30, denominator: 115, selfScore: 10 },
          HTS3: { result: 'Không', selfScore: 0 },
          HTS4: { numerator: 180, denominator: 520, selfScore: 12 },
          XHS1: { numerator: 150, denominator: 520, selfScore: 10 },
          XHS2: { result: '55%', selfScore: 8 },
          TT1: { numerator: 4, denominator: 6, evidence: 'Biên bản họp bản', selfScore: 7 },
          TT4: { result: 'Không đạt', evidence: 'Sổ theo dõi của bản', selfScore: 0 },
          BAN1: { evidence: 'Biên bản bình xét của bản', selfScore: 8 },
        },
        problems: ['Lập từ mẫu của bộ tiêu chí khác: «Bộ tiêu chí» ghi ta-ma-2030.', 'Nộp muộn: ngày 08/11/2025.', 'TT4 ghi «Không đạt».'],
      },
    ],
  },
  {
    file: 'ca-nhan-lo-van-minh.xlsx',
    units: [
      {
        name: 'Lò Văn Minh (công chức Văn hóa - Xã hội)',
        kindId: 'ca-nhan',
        kindText: 'Cá nhân',
        submitted: day(4),
        figures: {
          CN1: { result: 'Có', selfScore: 20 },
          CN2: { result: 2, evidence: 'QĐ công nhận sáng kiến 52/QĐ-UBND, 53/QĐ-UBND', selfScore: 40 },
          CN3: { evidence: 'Bản tự nhận xét có xác nhận của thủ trưởng', selfScore: 36 },
        },
        problems: [],
      },
    ],
  },
  {
    file: 'ca-nhan-quang-thi-lan.xlsx',
    units: [
      {
        name: 'Quàng Thị Lan (giáo viên Trường Tiểu học)',
        kindId: 'ca-nhan',
        kindText: 'Viên chức',
        submitted: day(4),
        figures: {
          CN1: { result: 'Có', selfScore: 20 },
          CN2: { result: 1, selfScore: 20 },
          CN3: { evidence: 'Bản tự nhận xét có xác nhận của thủ trưởng', selfScore: 45 },
        },
        problems: ['CN2: 1 sáng kiến nhưng thiếu minh chứng (bắt buộc).', 'CN3: điểm tự chấm 45 vượt điểm tối đa 40.', '«Loại đơn vị» ghi «Viên chức» — nhận là Cá nhân.'],
      },
    ],
  },
  {
    file: 'doan-the-xa-ta-ma.xlsx',
    units: [
      {
        name: 'Ủy ban MTTQ Việt Nam xã Ta Ma',
        kindId: 'co-quan',
        kindText: 'UB MTTQ',
        submitted: day(4),
        figures: {
          CQS1: { numerator: 64, denominator: 64, evidence: 'Sổ văn bản', selfScore: 10 },
          CQS3: { result: '68%', evidence: 'Báo cáo 05/BC-MTTQ', selfScore: 10 },
          CQS4: { numerator: 5, denominator: 5, selfScore: 5 },
          CQS6: { result: '100%', evidence: 'Hệ thống báo cáo', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 5, denominator: 5, evidence: 'DS tập huấn', selfScore: 10 },
          TT1: { numerator: 9, denominator: 9, evidence: 'Báo cáo 06/BC-MTTQ', selfScore: 10 },
          ...collectiveStandards(9, 8),
          ...MASS_ORGANISATION_REPORTING,
        },
        problems: ['Một trong bốn trang của tệp chung các đoàn thể; «Loại đơn vị» ghi «UB MTTQ».'],
      },
      {
        name: 'Hội Nông dân xã Ta Ma',
        kindId: 'co-quan',
        kindText: 'Đoàn thể',
        submitted: day(4),
        figures: {
          CQS1: { numerator: 40, denominator: 44, evidence: 'Sổ văn bản', selfScore: 9 },
          CQS3: { result: '61%', evidence: 'Báo cáo 11/BC-HND', selfScore: 10 },
          CQS4: { result: '105%', selfScore: 5 },
          CQS6: { result: 'đang cập nhật', evidence: 'Hệ thống báo cáo', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 4, denominator: 5, evidence: 'DS tập huấn', selfScore: 8 },
          TT1: { numerator: 8, denominator: 9, evidence: 'Báo cáo 12/BC-HND', selfScore: 9 },
          ...collectiveStandards(8, 7),
          ...MASS_ORGANISATION_REPORTING,
        },
        problems: ['CQS4 ghi 105% (vượt 100%).', 'CQS6 ghi chữ «đang cập nhật» — không đọc được thành số, 0 điểm và có cảnh báo (không tự thành 0).'],
      },
      {
        name: 'Hội Liên hiệp Phụ nữ xã Ta Ma',
        kindId: 'co-quan',
        kindText: 'Đoàn thể',
        submitted: day(4),
        figures: {
          CQS1: { numerator: 38, denominator: 38, evidence: 'Sổ văn bản', selfScore: 10 },
          CQS3: { result: '62%', evidence: 'Báo cáo 07/BC-PN', selfScore: 10 },
          CQS4: { numerator: 4, denominator: 4, selfScore: 5 },
          CQS6: { result: '100%', evidence: 'Hệ thống báo cáo', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 4, denominator: 4, evidence: 'DS tập huấn', selfScore: 10 },
          TT1: { numerator: 3, denominator: 8, evidence: 'Báo cáo 08/BC-PN', selfScore: 10 },
          ...collectiveStandards(9, 9),
          ...MASS_ORGANISATION_REPORTING,
        },
        problems: ['TT1: tự chấm 10 điểm nhưng chỉ hoàn thành 3/8 nhiệm vụ (điểm thẩm định 3,75) — chênh lệch điểm tự chấm.'],
      },
      {
        name: 'Đoàn Thanh niên xã Ta Ma',
        kindId: 'co-quan',
        kindText: 'Đoàn thể',
        submitted: null,
        figures: {
          CQS1: { numerator: 30, denominator: 31, evidence: 'Sổ văn bản', selfScore: 10 },
          CQS3: { result: '75%', evidence: 'Báo cáo 14/BC-ĐTN', selfScore: 10 },
          CQS4: { numerator: 6, denominator: 6, selfScore: 5 },
          CQS6: { result: '100%', evidence: 'Hệ thống báo cáo', selfScore: 5 },
          CQS7: { result: '100%', selfScore: 5 },
          CQS8: { numerator: 6, denominator: 6, evidence: 'DS tập huấn', selfScore: 10 },
          TT1: { numerator: 10, denominator: 10, evidence: 'Báo cáo 15/BC-ĐTN', selfScore: 10 },
          ...collectiveStandards(10, 9),
          ...MASS_ORGANISATION_REPORTING,
        },
        problems: ['Không ghi «Ngày nộp» (thiếu thông tin đơn vị).'],
      },
    ],
  },
];

const FIELDS = ['result', 'numerator', 'denominator', 'evidence', 'selfScore', 'note'] as const;

/** One unit's sheet: the template, then what the unit typed into it. */
async function addUnit(workbook: ExcelJsWorkbook, unit: Unit): Promise<void> {
  const template = planTemplate(SET, { name: unit.name, kindId: unit.kindId });
  await workbook.apply({ sheets: [template] });
  const [grid] = await workbook.readSheets([template.sheet]);
  const read = readReport(grid!);
  if (!read.ok) throw new Error(`Mẫu của ${unit.name} không đọc được: ${read.error.message}`);
  const { columns, rows } = read.report;

  // Metadata values sit in the first filled-in cell right of their label (column C in the template).
  const metaRow = (label: string) => grid!.values.findIndex((r) => matchesLabel(r[0], [label])) + 1;
  const blocks: Block[] = [];
  const formulas: { address: string; formula: string; error: string }[] = [];
  const put = (address: string, v: Typed) => {
    if (v !== null && typeof v === 'object' && 'formula' in v) formulas.push({ address, ...v });
    else if (v !== null && typeof v === 'object' && 'percentOf1' in v) blocks.push({ address, values: [[v.percentOf1]], format: { numberFormat: '0%' } });
    else blocks.push({ address, values: [[v]] });
  };
  if (unit.submitted !== null) put(cellAddress(metaRow('Ngày nộp'), 3), unit.submitted);
  if (unit.kindText) put(cellAddress(metaRow('Loại đơn vị'), 3), unit.kindText);
  if (unit.setRef) put(cellAddress(metaRow('Bộ tiêu chí'), 3), unit.setRef);

  for (const [code, figures] of Object.entries(unit.figures)) {
    const row = rows.find((r) => r.code.raw === code);
    if (!row) throw new Error(`${unit.name}: tiêu chí ${code} không có trong mẫu của loại ${unit.kindId}.`);
    for (const field of FIELDS) {
      const v = figures[field];
      const column = columns[field];
      if (v === undefined || !column) continue;
      const address = cellAddress(row.row, columnNumber(column));
      if (v !== null && typeof v === 'object' && 'formula' in v) {
        const formula = v.formula.replace('numerator', `${columns.numerator}${row.row}`).replace('denominator', `${columns.denominator}${row.row}`);
        put(address, { ...v, formula });
      } else put(address, v);
    }
  }
  await workbook.apply({ sheets: [{ sheet: template.sheet, mode: 'existing', blocks }] });
  // The port writes plain values; a formula with an error result needs ExcelJS itself.
  const ws = workbook.workbook.getWorksheet(template.sheet)!;
  for (const f of formulas) ws.getCell(f.address).value = { formula: f.formula, result: { error: f.error } } as never;
}

function fixDates(workbook: ExcelJsWorkbook): void {
  workbook.workbook.created = MADE;
  workbook.workbook.modified = MADE;
  workbook.workbook.creator = 'thidua (ví dụ)';
}

function readme(): string {
  const rows = FILES.flatMap((f) =>
    f.units.map((u) => {
      const kind = SET.subjectKinds.find((k) => k.id === u.kindId)!.label;
      const problems = u.problems.length > 0 ? u.problems.join(' ') : 'Báo cáo đầy đủ, đúng hạn.';
      return `| \`bao-cao/${f.file}\` | ${u.name} | ${kind} | ${problems} |`;
    }),
  );
  const units = FILES.reduce((n, f) => n + f.units.length, 0);
  return `# Ví dụ: xã Ta Ma (huyện Tuần Giáo, tỉnh Điện Biên)

Bộ ví dụ chấm theo bộ tiêu chí có sẵn \`ta-ma-2025\` (chỉ tiêu đến năm 2025 của Kế hoạch phong trào thi đua
«Chuyển đổi số giai đoạn 2023 - 2030» của xã Ta Ma). Tên đơn vị, cá nhân và số liệu là giả định, dựng cho
giống thực tế; mỗi báo cáo được tạo từ mẫu \`thidua template\` rồi điền số liệu.

- \`tieu-chi-ta-ma-2025.xlsx\`: bộ tiêu chí dạng trang «Tiêu chí» (sửa được trong Excel, dùng lại với \`--criteria\`).
- \`${COMMUNE_FILE}\`: cả xã trong một sổ tính — trang «Tiêu chí» và ${units} trang báo cáo (như ở \`bao-cao/\`);
  nút «Mở sổ tính ví dụ» của trang độc lập mở tệp này.
- \`bao-cao/\`: ${units} đơn vị — ${FILES.length - 1} tệp mỗi tệp một đơn vị, và \`doan-the-xa-ta-ma.xlsx\` chứa bốn trang của bốn đoàn thể.

Chấm cả xã (kết quả ghi vào \`thidua-out/\`, tệp gốc không bị sửa):

\`\`\`
npx thidua score examples/bao-cao --criteria examples/tieu-chi-ta-ma-2025.xlsx
\`\`\`

(hoặc \`--criteria ta-ma-2025\` để dùng bộ có sẵn). Hạn nộp của bộ là 04/11/2025.

## Từng đơn vị: lỗi cố ý và cách ghi cần đọc đúng

| Tệp | Đơn vị | Loại | Lỗi cố ý, cách ghi đặc biệt |
|---|---|---|---|
${rows.join('\n')}

Tạo lại các tệp (kết quả giống hệt về nội dung): \`npx tsx examples/make-examples.ts\`.
`;
}

async function main(): Promise<void> {
  await rm(REPORTS, { recursive: true, force: true });
  await mkdir(REPORTS, { recursive: true });

  const criteria = ExcelJsWorkbook.create();
  await criteria.apply({ sheets: [planCriteriaSheet(SET)] });
  fixDates(criteria);
  await writeFile(join(HERE, 'tieu-chi-ta-ma-2025.xlsx'), await criteria.toBuffer());

  for (const f of FILES) {
    const workbook = ExcelJsWorkbook.create();
    for (const unit of f.units) await addUnit(workbook, unit);
    fixDates(workbook);
    await writeFile(join(REPORTS, f.file), await workbook.toBuffer());
  }
  const commune = ExcelJsWorkbook.create();
  await commune.apply({ sheets: [planCriteriaSheet(SET)] });
  for (const unit of FILES.flatMap((f) => f.units)) await addUnit(commune, unit);
  fixDates(commune);
  await writeFile(join(HERE, COMMUNE_FILE), await commune.toBuffer());

  await writeFile(join(HERE, 'README.md'), readme());
  console.log(`Đã tạo ${FILES.length} tệp báo cáo (${FILES.reduce((n, f) => n + f.units.length, 0)} đơn vị) trong ${REPORTS}`);
}

await main();
