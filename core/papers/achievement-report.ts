// Báo cáo thành tích: a draft achievement report for each nominee the council's vote passed, in the shape of the
// collective and individual forms annexed to Decree 152/2025/NĐ-CP («Báo cáo thành tích đề nghị khen thưởng công
// trạng cho tập thể / cho cá nhân»). The forms' fields here are those the earlier decrees' forms carried (DOMAIN.md
// §12; the 2025 appendix's own wording is not verified): every field is printed, filled where thidua knows it (the
// result of the round, each criterion with its figure, points and evidence, the council's decisions, and what the
// commune's list gives of a person — sex, birth date, post, unit) and otherwise left as the form's labelled dotted
// blank for the unit to write. The head of the unit signs; the level that proposes confirms. A household gets a
// household's report (its name, head, address, achievements), thidua's own draft, said on it. No prize money: it is
// the decision's.
import type { ClosedRound, RecordedCriterion, RecordedUnit } from '../run/closing.js';
import { cutAtWord, normalizeLabel } from '../text.js';
import { formatNumber, roundPoints } from '../criteria/rules/reason.js';
import { capLine } from '../scoring/score-card.js';
import { bandWithWhy } from '../scoring/sanction.js';
import { totalText } from '../scoring/total-text.js';
import { lines, p, type Block, type Columns, type Paper, type Table } from './document.js';
import { communeKind, heading, placeName, signerBlock, unitIssuer } from './heading.js';
import { criterionName, movementName, roundName } from './wording.js';
import { listed, nameAndTitle, nomineeForms, rankText, type FormList } from './proposed.js';
import { reportCondition, unitConditionedBand } from './band-conditions.js';
import { achievedText } from './completed.js';

/** The form's blank, for what thidua does not know: the unit writes it in. */
const BLANK = '……………………………………';

/** Two fields on one line, as the form sets birth date and sex. */
const SHORT_BLANK = '…………………';

/** «- Quê quán: ……»: a field of the form, its value or its blank. */
const field = (label: string, value?: string) => p(`- ${label}: ${value || BLANK}`, { indent: true });

/** «bao-cao-thanh-tich-03-ban-hua-ca»: a file name per nominee, in list order. */
function fileName(n: number, unit: RecordedUnit): string {
  const slug = cutAtWord(normalizeLabel(unit.unitName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), 40, '-');
  return `bao-cao-thanh-tich-${String(n).padStart(2, '0')}-${slug || 'don-vi'}`;
}

/**
 * «3/3», or with what the item's own lines added and took, «3/3, trừ 1 → 2»: the points that count in the unit's
 * total, never the item's points alone beside a deduction; a bonus or deduction row by what it added or took.
 */
function pointsText(c: RecordedCriterion): string {
  // A deduction not taken is no «0/5» (read as 0 of 5 scored): «không bị trừ (tối đa trừ 5)», «trừ 2 (tối đa 5)».
  if (c.kind === 'deduction' || c.points < 0) return c.points < 0 ? `trừ ${formatNumber(-c.points)} (tối đa ${formatNumber(c.max)})` : `không bị trừ (tối đa trừ ${formatNumber(c.max)})`;
  if (c.kind === 'bonus') return c.points > 0 ? `cộng ${formatNumber(c.points)} (tối đa ${formatNumber(c.max)})` : `không cộng (tối đa ${formatNumber(c.max)})`;
  const own = `${formatNumber(c.points)}/${formatNumber(c.max)}`;
  if (!c.bonus && !c.deduction) return own;
  const lines = [c.bonus ? `cộng ${formatNumber(c.bonus)}` : '', c.deduction ? `trừ ${formatNumber(c.deduction)}` : ''].filter(Boolean).join(', ');
  return `${own}, ${lines} → ${formatNumber(roundPoints(c.points + (c.bonus ?? 0) - (c.deduction ?? 0)))}`;
}

/** The unit's own results: its score and band, what it met in full, each criterion, and the council's decisions on its figures. */
function results(closed: ClosedRound, form: FormList, unit: RecordedUnit, lead: string): Block[] {
  const { record } = closed;
  const rank = rankText(unit, form.round);
  const decided = (closed.decisions ?? []).filter((d) => d.sheet === unit.sheet && d.unitName === unit.unitName);
  const condition = unitConditionedBand(closed, unit);
  const achieved = achievedText(unit);
  return [
    p(
      `${lead} Kết quả chấm điểm ${roundName(record)} theo bộ tiêu chí «${record.set.title}»: ${totalText(unit)}, xếp loại ${bandWithWhy(unit.classification ?? 'chưa xếp loại', unit.sanction)}${rank ? `, ${rank}` : ''}.`,
      { indent: true, align: 'justify' },
    ),
    // Its band by points, when the band asks more: the council's finding as recorded on «Biểu quyết», else in its minutes, never assumed here.
    ...(condition ? reportCondition(condition) : []),
    ...(achieved ? [p(`H${achieved.slice(1)}.`, { indent: true, align: 'justify' })] : []),
    p('Kết quả từng tiêu chí, số liệu và minh chứng:', { indent: true, keepNext: true }),
    {
      kind: 'table',
      header: ['STT', 'Tiêu chí', 'Số liệu và cách tính', 'Điểm', 'Minh chứng'],
      rows: (unit.criteria ?? []).map((c, i) => [String(i + 1), criterionName(c.title), c.reason, pointsText(c), c.evidence ?? '']),
      widths: [9, 29, 29, 11, 22],
    },
    // A group counted below what its criteria add: said under them, so they and the total above agree.
    ...(unit.caps ?? []).map((cap) => p(`${capLine(cap)}.`, { indent: true, align: 'justify' })),
    ...(decided.length > 0
      ? [
          // With the council's reason, as the minutes give it: a unit reading «bác số liệu» alone cannot tell what to mend.
          p(`Quyết định của Hội đồng Thi đua - Khen thưởng ${communeKind(record.set.commune)} trên số liệu của báo cáo:`, { indent: true, keepNext: true }),
          ...decided.map((d) => p(`- ${d.criterion ? criterionName(d.criterion) : d.flag}${d.cell ? ` (ô ${d.cell})` : ''}: ${d.decision === 'reject' ? 'Hội đồng bác số liệu' : d.decision === 'accept' ? 'Hội đồng chấp nhận số liệu' : 'Hội đồng yêu cầu giải trình'}${d.explanation ? ` sau giải trình của đơn vị` : ''}${d.comment ? ` — ${d.comment.replace(/[.\s]+$/, '')}` : ''}.`, { indent: true, align: 'justify' })),
        ]
      : []),
  ];
}

/** «III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG»: the form's two tables, a row left for the unit to fill (thidua holds no past awards). */
function pastAwards(): Block[] {
  const table = (what: string): Table => ({
    kind: 'table',
    header: ['Năm', what, `Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định`],
    rows: [['', '', '']],
    widths: [14, 36, 50],
  });
  return [
    p('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { bold: true, keepNext: true }),
    p('1. Danh hiệu thi đua:', { indent: true, keepNext: true }),
    table('Danh hiệu thi đua'),
    p('2. Hình thức khen thưởng:', { indent: true, keepNext: true }),
    table('Hình thức khen thưởng'),
  ];
}

const SEALED = '(Ký, đóng dấu)';

/**
 * The form's signatures, in one block never split: the level that proposes the award confirms (left) what the head of
 * the unit signs (right); a person's report is signed by the person, confirmed by the head of the unit and that level.
 */
function signatures(unit: RecordedUnit, person: string): Columns {
  const confirm = signerBlock('Xác nhận của cấp trình khen', undefined, '', SEALED);
  if (unit.collective) return { kind: 'columns', left: confirm, right: signerBlock('Thủ trưởng đơn vị', undefined, '', SEALED), widths: [50, 50] };
  // A household's head reports for it; the level that proposes the award confirms.
  if (unit.household) return { kind: 'columns', left: confirm, right: signerBlock('Chủ hộ', undefined, '', '(Ký, ghi rõ họ và tên)'), widths: [50, 50] };
  const head = [lines(['THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ'], { align: 'center', bold: true, size: 13 }), ...signerBlock('', undefined, '', SEALED).slice(1)];
  return { kind: 'columns', left: [...head, p(''), ...confirm], right: signerBlock('Người báo cáo thành tích', undefined, person, '(Ký, ghi rõ họ và tên)'), widths: [50, 50] };
}

function collectiveReport(closed: ClosedRound, form: FormList, unit: RecordedUnit): Block[] {
  return [
    p(`Tên tập thể đề nghị (ghi đầy đủ bằng chữ in thường, không viết tắt): ${unit.unitName}.`, { indent: true, align: 'justify' }),
    p('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', { bold: true, keepNext: true }),
    p('1. Đặc điểm, tình hình:', { indent: true, keepNext: true }),
    field('Địa điểm trụ sở chính, điện thoại; địa chỉ trang tin điện tử'),
    field('Quá trình thành lập và phát triển'),
    field('Những đặc điểm chính của đơn vị (điều kiện tự nhiên, xã hội, cơ cấu tổ chức, cơ sở vật chất), các tổ chức đảng, đoàn thể'),
    p(`2. Chức năng, nhiệm vụ: ${BLANK}`, { indent: true }),
    p('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true, keepNext: true }),
    ...results(closed, form, unit, `1. Kết quả thực hiện nhiệm vụ trong ${movementName(closed.record)} (nhóm xếp hạng ${unit.kindLabel}).`),
    p(`2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng: ${BLANK}`, { indent: true, align: 'justify' }),
    p(`3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công tác xây dựng Đảng, đoàn thể: ${BLANK}`, { indent: true, align: 'justify' }),
  ];
}

function individualReport(closed: ClosedRound, form: FormList, unit: RecordedUnit): Block[] {
  const { name, title } = nameAndTitle(unit.unitName);
  const d = unit.details ?? {};
  // A commune's «công chức» or «cán bộ» works for its People's Committee by law: the unit the post in brackets implies.
  const communeOfficer = /^(công chức|cán bộ)\b/i.test(d.post ?? title) ? `Ủy ban nhân dân ${placeName(closed.record.set.commune)}` : undefined;
  return [
    p('I. SƠ LƯỢC LÝ LỊCH', { bold: true, keepNext: true }),
    field('Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt)', name),
    p(`- Sinh ngày, tháng, năm: ${d.birthDate || SHORT_BLANK}     Giới tính: ${d.sex || SHORT_BLANK}`, { indent: true }),
    field('Quê quán'),
    field('Trú quán'),
    field('Đơn vị công tác', d.workUnit ?? communeOfficer),
    field('Chức vụ (Đảng, chính quyền, đoàn thể)', d.post ?? title),
    field('Trình độ chuyên môn, nghiệp vụ'),
    field('Học hàm, học vị, danh hiệu, giải thưởng'),
    p('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true, keepNext: true }),
    p(`1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận: ${BLANK}`, { indent: true }),
    ...results(closed, form, unit, `2. Thành tích đạt được của cá nhân trong ${movementName(closed.record)}.`),
  ];
}

/**
 * A household's report: its name and head, its address, its achievements — never a person's form (birth date, sex,
 * post). Decree 152/2025's appendix form for a household is not verified, so the paper says this one is thidua's draft.
 */
function householdReport(closed: ClosedRound, form: FormList, unit: RecordedUnit): Block[] {
  return [
    p(HOUSEHOLD_FORM_NOTE, { italic: true, size: 11, align: 'justify' }),
    p('I. THÔNG TIN VỀ HỘ GIA ĐÌNH', { bold: true, keepNext: true }),
    field('Tên hộ gia đình (họ và tên chủ hộ)', unit.unitName),
    field('Địa chỉ (thôn, xóm, tổ dân phố; xã)'),
    field('Số thành viên trong hộ'),
    p('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true, keepNext: true }),
    ...results(closed, form, unit, `1. Thành tích đạt được của hộ gia đình trong ${movementName(closed.record)}.`),
    p(`2. Việc chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương: ${BLANK}`, { indent: true, align: 'justify' }),
  ];
}

const HOUSEHOLD_FORM_NOTE =
  'Ghi chú: mẫu báo cáo thành tích của hộ gia đình này do thidua soạn (tên hộ, chủ hộ, địa chỉ, thành tích của hộ gia đình) vì mẫu tại Phụ lục Nghị định số 152/2025/NĐ-CP chưa được kiểm chứng; cán bộ đối chiếu với mẫu hiện hành trước khi dùng.';

function report(closed: ClosedRound, form: FormList, unit: RecordedUnit, n: number): Paper {
  const blocks: Block[] = [
    heading(unit.collective ? unitIssuer(unit.unitName, closed.record.set.commune, 'BC') : undefined, closed.record.set.commune, closed.closedAt.slice(0, 4)),
    p('BÁO CÁO THÀNH TÍCH', { align: 'center', bold: true }),
    p(`Đề nghị tặng ${form.formal}`, { align: 'center', bold: true }),
    ...(unit.collective ? collectiveReport(closed, form, unit) : unit.household ? householdReport(closed, form, unit) : individualReport(closed, form, unit)),
    ...pastAwards(),
    signatures(unit, nameAndTitle(unit.unitName).name),
  ];
  return { name: fileName(n, unit), title: `Báo cáo thành tích — ${unit.unitName}`, blocks };
}

export function achievementReports(closed: ClosedRound): Paper[] {
  let n = 0;
  return nomineeForms(closed, 'passed').flatMap((form) => listed(form).map((unit) => report(closed, form, unit, ++n)));
}

// Made for issue 46 item 4 and issue 57 item 4: a draft achievement report for each nominee, from the sealed result,
// in the decree's form.
