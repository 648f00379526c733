// Biên bản họp Hội đồng Thi đua - Khen thưởng: time and place, members, each proposal with blanks for the votes,
// the conclusion — the minutes of the review meeting the dossier needs. The minutes are a list of sections, each a
// function of the closed round: a section the meeting needs (what was still open at closing) is one more entry.
import type { ClosedRound } from '../run/closing.js';
import { openAtClosingSentence, openCount } from '../run/open-at-closing.js';
import { CLOSING_SHEET } from '../run/plan-closing.js';
import { p, type Block, type Paper } from './document.js';
import { councilIssuer, heading, signerBlock } from './heading.js';
import { closedOnText, movementName, sealText } from './wording.js';
import { achievementText, eligibleUnits, proposedForms } from './proposed.js';

/** One section of the minutes: its blocks, numbering its cases from `n` (the cases run on across sections). */
type Section = (closed: ClosedRound, n: { count: number }) => Block[];

const VOTES = 'Số phiếu đồng ý: ……/……; không đồng ý: ……/……; ý kiến khác: ……';

const meeting: Section = (closed) => [
  p('Thời gian: ….. giờ ….. ngày ….. tháng ….. năm ……', { indent: true }),
  p('Địa điểm: ……………………………………………', { indent: true }),
  p('Thành phần:', { indent: true, bold: true, keepNext: true }),
  p('- Chủ trì: ……………………………, Chủ tịch Hội đồng;', { indent: true }),
  p('- Thư ký: ……………………………;', { indent: true }),
  p('- Thành viên có mặt: ……/…… thành viên Hội đồng;', { indent: true }),
  p('- Vắng mặt: ……………………………………………', { indent: true }),
  p('Nội dung:', { indent: true, bold: true, keepNext: true }),
  p(`Hội đồng xem xét kết quả chấm điểm ${closedOnText(closed)} và đề nghị khen thưởng như sau (biểu quyết từng trường hợp):`, { indent: true, align: 'justify' }),
];

/**
 * What was still open when the result was closed, as the round keeps it, in counts: the units and cells are on the
 * «Chốt kết quả» sheet (the minutes name a unit only where it is proposed). Nothing said of a round closed before it was kept.
 */
const stillOpen: Section = (closed) =>
  closed.open
    ? [p(`${openAtClosingSentence(closed.open)}${openCount(closed.open) > 0 ? ` Chi tiết ở trang «${CLOSING_SHEET}».` : ''}`, { indent: true, align: 'justify' })]
    : [];

const proposals: Section = (closed, n) =>
  proposedForms(closed).flatMap((form) => [
    p(`${form.label}${form.quota ? ` (${form.quota})` : ''}:`, { indent: true, bold: true, keepNext: true }),
    ...[...form.collectives, ...form.individuals].flatMap((unit) => [
      p(`${++n.count}. ${unit.unitName} — ${achievementText(unit)}.`, { indent: true, align: 'justify', keepNext: true }),
      p(VOTES, { indent: true, italic: true }),
    ]),
  ]);

const eligible: Section = (closed, n) => {
  const units = eligibleUnits(closed);
  if (units.length === 0) return [];
  return [
    p('Các tập thể, cá nhân đủ điều kiện ở hình thức kế hoạch không nêu số lượng (Hội đồng biểu quyết):', { indent: true, bold: true, keepNext: true }),
    ...units.flatMap(({ form, unit }) => [p(`${++n.count}. ${unit.unitName} (${form}) — ${achievementText(unit)}.`, { indent: true, align: 'justify', keepNext: true }), p(VOTES, { indent: true, italic: true })]),
  ];
};

const noCase: Section = (_closed, n) => (n.count === 0 ? [p('Không có trường hợp nào được đề nghị trong đợt xét này.', { indent: true, italic: true })] : []);

const conclusion: Section = () => [
  p('Kết luận: ……………………………………………………………………', { indent: true }),
  p('Cuộc họp kết thúc vào ….. giờ ….. cùng ngày; biên bản đã được thông qua trước Hội đồng./.', { indent: true }),
  { kind: 'columns', left: signerBlock('Thư ký'), right: signerBlock('Chủ trì'), widths: [50, 50] },
];

/** The closing's seal under the signatures: the paper vouches for the folder. */
const sealed: Section = (closed) => [p(sealText(closed), { italic: true, size: 11 })];

/** The minutes' sections, in the order the meeting takes them. */
const SECTIONS: readonly Section[] = [meeting, stillOpen, proposals, eligible, noCase, conclusion, sealed];

export function councilMinutes(closed: ClosedRound): Paper {
  const commune = closed.record.set.commune || '…';
  const n = { count: 0 };
  const blocks: Block[] = [
    heading(councilIssuer(commune, 'BB-HĐTĐKT'), commune, closed.closedAt.slice(0, 4)),
    p('BIÊN BẢN', { align: 'center', bold: true }),
    p(`Họp Hội đồng Thi đua - Khen thưởng xã ${commune} xét đề nghị khen thưởng ${movementName(closed.record)}`, { align: 'center', bold: true }),
    ...SECTIONS.flatMap((section) => section(closed, n)),
  ];
  return { name: 'bien-ban', title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', blocks };
}

// Made for issue 26 item 4 and issue 38 item 3: the minutes of the council's review meeting, each proposal with
// blanks for its votes, in sections a later need extends.
