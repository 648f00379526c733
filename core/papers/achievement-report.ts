// Báo cáo thành tích: a draft achievement report for each nominee the council's vote passed, in the shape of the
// forms annexed to Decree 152/2025/NĐ-CP (DOMAIN.md §10; the form's exact headings are not verified here): who reports,
// the result of the round (points, band, rank as «Tổng hợp» shows it), each criterion with its figure, points and the
// unit's evidence, the council's decisions on its figures, and the award proposed (its prize is the decision's, not the report's).
import type { ClosedRound, RecordedUnit } from '../run/closing.js';
import { normalizeLabel } from '../text.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { p, type Block, type Paper } from './document.js';
import { heading, signerBlock } from './heading.js';
import { movementName, roundName } from './wording.js';
import { nomineeForms, rankText, type FormList } from './proposed.js';

/** «bao-cao-thanh-tich-03-ban-hua-ca»: a file name per nominee, in list order. */
function fileName(n: number, unit: RecordedUnit): string {
  const slug = normalizeLabel(unit.unitName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `bao-cao-thanh-tich-${String(n).padStart(2, '0')}-${slug || 'don-vi'}`;
}

function report(closed: ClosedRound, form: FormList, unit: RecordedUnit, n: number): Paper {
  const { record } = closed;
  const who = unit.collective ? 'tập thể' : 'cá nhân';
  const criteria = unit.criteria ?? [];
  const rank = rankText(unit, form.round);
  const decided = (closed.decisions ?? []).filter((d) => d.sheet === unit.sheet && d.unitName === unit.unitName);
  const blocks: Block[] = [
    heading(unit.collective ? { name: [unit.unitName], symbol: 'BC' } : undefined, record.set.commune, closed.closedAt.slice(0, 4)),
    p('BÁO CÁO THÀNH TÍCH', { align: 'center', bold: true }),
    p(`Đề nghị tặng ${form.formal}`, { align: 'center', bold: true }),
    p(`(Thành tích trong ${movementName(record)})`, { align: 'center', italic: true }),
    p('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', { bold: true, keepNext: true }),
    p(`Tên ${who}: ${unit.unitName}.`, { indent: true }),
    p(`Nhóm xếp hạng: ${unit.kindLabel}.`, { indent: true }),
    p('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true, keepNext: true }),
    p(
      `1. Kết quả chấm điểm ${roundName(record)} theo bộ tiêu chí «${record.set.title}»: ${formatNumber(unit.total)}/${formatNumber(unit.applicableMax)} điểm (${formatNumber(unit.percent)}%), xếp loại ${unit.classification ?? 'chưa xếp loại'}${rank ? `, ${rank}` : ''}.`,
      { indent: true, align: 'justify' },
    ),
    ...(unit.achievements.length > 0 ? [p(`2. Hoàn thành đầy đủ ${unit.achievements.length} tiêu chí: ${unit.achievements.join('; ')}.`, { indent: true, align: 'justify' })] : []),
    p(`${unit.achievements.length > 0 ? 3 : 2}. Kết quả từng tiêu chí, số liệu và minh chứng:`, { indent: true, keepNext: true }),
    {
      kind: 'table',
      header: ['STT', 'Tiêu chí', 'Số liệu và cách tính', 'Điểm', 'Minh chứng'],
      rows: criteria.map((c, i) => [String(i + 1), c.title, c.reason, `${formatNumber(c.points)}/${formatNumber(c.max)}`, c.evidence ?? '']),
      widths: [7, 30, 30, 11, 22],
    },
    ...(decided.length > 0
      ? [
          p('Quyết định của Hội đồng Thi đua - Khen thưởng xã trên số liệu của báo cáo:', { indent: true, keepNext: true }),
          ...decided.map((d) => p(`- ${d.criterion ?? d.flag}${d.cell ? ` (ô ${d.cell})` : ''}: ${d.decision === 'reject' ? 'Hội đồng bác số liệu' : d.decision === 'accept' ? 'Hội đồng chấp nhận số liệu' : 'Hội đồng yêu cầu giải trình'}${d.explanation ? ` sau giải trình của đơn vị` : ''}.`, { indent: true, align: 'justify' })),
        ]
      : []),
    p('III. HÌNH THỨC KHEN THƯỞNG ĐỀ NGHỊ', { bold: true, keepNext: true }),
    // The prize belongs to the decision, not to a unit's report.
    p(`Đề nghị tặng ${form.formal}./.`, { indent: true, align: 'justify' }),
    { kind: 'columns', left: [p('')], right: signerBlock(unit.collective ? 'Thủ trưởng đơn vị' : 'Người báo cáo thành tích'), widths: [40, 60] },
  ];
  return { name: fileName(n, unit), title: `Báo cáo thành tích — ${unit.unitName}`, blocks };
}

export function achievementReports(closed: ClosedRound): Paper[] {
  let n = 0;
  return nomineeForms(closed, 'passed').flatMap((form) => [...form.collectives, ...form.individuals].map((unit) => report(closed, form, unit, ++n)));
}

// Made for issue 46 item 4: a draft achievement report for each nominee, from the sealed result.
