// Biên bản họp Hội đồng Thi đua - Khen thưởng: the meeting (day, place, chair, secretary, members present), each
// decision the council took on a flag (unit, figure, decision, points before → after) and the explanations it accepted
// or refused, those it took on flags gone before closing (a report resent corrected: kept, not applied), what was still open when it closed (by unit and cell), the vote on each nominee with its tally, and the
// conclusion — all from the sealed round. The minutes are a list of sections, each a function of the closed round.
import type { ClosedRound } from '../run/closing.js';
import type { GoneDecision, RecordedDecision } from '../run/council-at-closing.js';
import { NO_MEETING, ruleText, tallyText, voteOf, type Tally } from '../council/vote.js';
import { postedAt } from './nominee-list.js';
import { DECISION_LABEL, retypedWhy } from '../workbook/plan-review.js';
import { COUNCIL_SHEET_NAMES } from '../workbook/council-sheets.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { formatDateVi } from '../values.js';
import { p, type Block, type Paper, type Table } from './document.js';
import { councilIssuer, heading, placeName, signerBlock } from './heading.js';
import { closedOnText, movementName, roundName, sealText, type PaperOptions } from './wording.js';
import { achievementText, heldInLists, listed, listedNowhere, namesHeader, nomineeForms, proposedForms, standing, waitingFallbacks, whomListed } from './proposed.js';
import { countOf, countText } from '../ranking/held-elsewhere.js';
import { subjectOfKind } from '../criteria/kinds.js';
import { conditionedBands, minutesConditions } from './band-conditions.js';
import { decisionRows, figuresText } from './decision-rows.js';
import { listOrder } from '../ranking/list-order.js';

type Section = (closed: ClosedRound, opts: PaperOptions) => Block[];

const two = (n: number) => String(n).padStart(2, '0');

/** Whether the round was closed on or before the meeting's day (or no day is recorded): only then had the meeting a closed result. */
function closedBefore(closed: ClosedRound): boolean {
  const day = closed.votes?.meeting.date;
  return !day || closed.closedAt.slice(0, 10) <= day;
}

/**
 * The members present when the votes' tallies differ (a member came or left during the meeting): the range, each vote's
 * own count standing in its row below — never one of them picked, never none said.
 */
function spread(tallies: readonly Tally[]): string {
  const range = (xs: number[]) => (Math.min(...xs) === Math.max(...xs) ? two(xs[0]!) : `từ ${two(Math.min(...xs))} đến ${two(Math.max(...xs))}`);
  return `${range(tallies.map((t) => t.present))}/${range(tallies.map((t) => t.members))} thành viên, khác nhau giữa các lần biểu quyết (số có mặt của từng lần ghi tại kết quả biểu quyết)`;
}

/**
 * The units with no result: a report left out as a duplicate is its unit's other report, ranked; a unit not ranked
 * and not ranked by another report sent its template back blank («Chưa nộp»), and is said as such, not counted.
 */
function notSent(closed: ClosedRound): ClosedRound['record']['units'] {
  const ranked = new Set(closed.record.units.filter((u) => u.rank !== null).map((u) => `${u.unitName}\u0000${u.kindLabel}`));
  return closed.record.units.filter((u) => u.rank === null && !ranked.has(`${u.unitName}\u0000${u.kindLabel}`));
}

const meeting: Section = (closed, opts) => {
  const m = closed.votes?.meeting;
  const tallies = closed.votes?.votes.map((v) => v.tally) ?? [];
  // Members and present as the tallies give them: one figure when every vote says the same.
  const same = <T>(xs: T[]) => (xs.length > 0 && xs.every((x) => x === xs[0]) ? xs[0] : undefined);
  const members = same(tallies.map((t) => t.members));
  const present = same(tallies.map((t) => t.present));
  const names = (list: readonly string[] | undefined) => (list?.length ? `: ${list.join('; ')}` : '');
  const when = [m?.time, m?.date ? `ngày ${formatDateVi(m.date)}` : ''].filter(Boolean).join(', ');
  const scored = closed.record.units.filter((u) => u.rank !== null);
  const blank = notSent(closed);
  return [
    ...(when ? [p(`Thời gian: ${when}.`, { indent: true })] : []),
    ...(m?.place ? [p(`Địa điểm: ${m.place}.`, { indent: true })] : []),
    p('Thành phần:', { indent: true, bold: true, keepNext: true }),
    ...(m?.chair ? [p(`- Chủ trì: ${m.chair}, Chủ tịch Hội đồng;`, { indent: true })] : []),
    ...(m?.secretary ? [p(`- Thư ký: ${m.secretary};`, { indent: true })] : []),
    ...(members !== undefined && present !== undefined
      ? [p(`- Thành viên Hội đồng có mặt: ${two(present)}/${two(members)}${names(m?.present)}.`, { indent: true, align: 'justify' })]
      : tallies.length > 0
        ? [p(`- Thành viên Hội đồng có mặt: ${spread(tallies)}${names(m?.present)}.`, { indent: true, align: 'justify' })]
        : m?.present?.length
          ? [p(`- Thành viên Hội đồng có mặt${names(m.present)}.`, { indent: true, align: 'justify' })]
          : []),
    ...(members !== undefined && present !== undefined && members > present
      ? [p(`- Thành viên Hội đồng vắng mặt: ${two(members - present)}/${two(members)}${names(m?.absent)}.`, { indent: true, align: 'justify' })]
      : m?.absent?.length
        ? [p(`- Thành viên Hội đồng vắng mặt${names(m.absent)}.`, { indent: true, align: 'justify' })]
        : []),
    ...(m?.method ? [p(`Hình thức biểu quyết: ${m.method}.`, { indent: true })] : []),
    p('Nội dung:', { indent: true, bold: true, keepNext: true }),
    p(`Hội đồng xem xét kết quả chấm điểm ${roundName(closed.record)} của ${countOf(scored.length > 0 ? scored : closed.record.units)}${closedBefore(closed) ? `, ${closedOnText(closed)}` : ''}${blank.length > 0 ? `; ${countOf(blank)} chưa nộp báo cáo: ${blank.map((u) => u.unitName).join(', ')}` : ''}.`, { indent: true, align: 'justify' }),
    // Closed after the meeting (the vote typed, then sealed with the result): said as what followed, never as what the meeting had.
    ...(closedBefore(closed) ? [] : [p(`Kết quả chấm điểm cùng kết quả biểu quyết tại phiên họp được Hội đồng chốt ngày ${formatDateVi(closed.closedAt.slice(0, 10))}.`, { indent: true, align: 'justify' })]),
    p(`Danh sách ${whomListed(proposedForms(closed.record, () => true)).join(', ')} được đề nghị xét khen thưởng đã được niêm yết công khai tại ${postedAt(closed.votes?.meeting ?? NO_MEETING, closed.record.set.commune)} từ ngày ${formatDateVi(opts.posting.from)} đến hết ngày ${formatDateVi(opts.posting.to)}.`, { indent: true, align: 'justify' }),
  ];
};

/** «Bác số liệu»; after an explanation, whether it was accepted. */
function decisionWords(d: Pick<RecordedDecision, 'decision' | 'explanation'>): string {
  const said = DECISION_LABEL[d.decision];
  if (!d.explanation) return said;
  return `${d.decision === 'reject' ? 'Không chấp nhận' : d.decision === 'accept' ? 'Chấp nhận' : 'Chưa quyết định'} giải trình của đơn vị («${d.explanation.text}»); ${said.toLowerCase()}`;
}

/**
 * What a row's decisions did (the same for each: decision-rows.ts groups by it). A unit that sent its template back
 * blank has no points to keep: never «giữ nguyên 0 điểm», which reads as scored 0.
 */
function effect(group: readonly RecordedDecision[], unsent: ReadonlySet<string>): string {
  const d = group[0]!;
  if (unsent.has(d.unitName) && d.total.before === d.total.after) return 'không chấm điểm, không xếp hạng (chưa nộp báo cáo)';
  const total = d.total.before !== d.total.after ? `tổng: ${formatNumber(d.total.before)} → ${formatNumber(d.total.after)} điểm` : `giữ nguyên ${formatNumber(d.total.after)} điểm`;
  // «điểm tiêu chí: 5 → 0», never «tiêu chí 5 → 0 điểm», which an officer read as criterion 5 of the table.
  return d.points ? `${group.length > 1 ? 'điểm mỗi tiêu chí' : 'điểm tiêu chí'}: ${formatNumber(d.points.before)} → ${formatNumber(d.points.after)}; ${total}` : total;
}

/** The decisions' column of names: «Cá nhân» when the units decided on are individuals, «Hộ gia đình» households (a unit not in the record counts as a collective). */
function decidedHeader(closed: ClosedRound, list: readonly { unitName: string }[]): string {
  return namesHeader(list.map((d) => subjectOfKind(closed.record.units.find((u) => u.unitName === d.unitName))), 'Đơn vị');
}

/** A decision as the council's words and who took it when: the same cell for the decisions in force and those whose flag is gone. */
const decisionCell = (d: Pick<RecordedDecision, 'decision' | 'explanation' | 'comment' | 'reviewer' | 'date'>) =>
  `${decisionWords(d)}${d.comment ? ` — ${d.comment}` : ''}${d.reviewer ? ` (${d.reviewer}${d.date ? `, ${formatDateVi(d.date)}` : ''})` : ''}`;

/** Why a decision's flag is gone, in its row: the report resent no longer raises it, or the unit is not in the round. */
const GONE_WHY: Record<Exclude<GoneDecision['gone'], 'name'>, string> = {
  flag: 'báo cáo đơn vị gửi lại không còn cảnh báo này: không áp vào kết quả',
  unit: 'đơn vị không có trong kết quả đã chốt: không áp vào kết quả',
};

/** Why a decision kept in «Rà soát» was not applied, in its row: its flag gone, or its unit's name retyped (the run's words). */
const goneWhy = (d: GoneDecision) => (d.gone === 'name' ? `${retypedWhy(d.unitName, d.named ?? '', COUNCIL_SHEET_NAMES.review)}: không áp vào kết quả` : GONE_WHY[d.gone]);

/** The two headings the decisions kept in «Rà soát» are printed under: their flags gone, or still standing under the sheet's name. */
const GONE_HEADING = {
  gone: (n: number) => `Các quyết định về cảnh báo không còn sau khi đơn vị gửi lại báo cáo (${n} quyết định, không áp vào kết quả chấm điểm):`,
  name: (n: number) => `Các quyết định ghi tên đơn vị khác tên của trang (${n} quyết định, không áp vào kết quả chấm điểm; cảnh báo vẫn còn, tính là chưa quyết định):`,
};

/**
 * The decisions the council took on flags gone before closing (the unit resent its report corrected), and those whose
 * unit name it retyped (the flag still standing, undecided): taken at the meeting and kept in «Rà soát», so the minutes
 * record them too — each kind under its own heading, never counted as applied.
 */
function goneDecisions(closed: ClosedRound): Block[] {
  const all = closed.decisionsGone ?? [];
  return (['gone', 'name'] as const).flatMap((kind) => {
    const gone = all.filter((d) => (d.gone === 'name') === (kind === 'name'));
    if (gone.length === 0) return [];
    return [
      p(GONE_HEADING[kind](gone.length), { indent: true, keepNext: true, align: 'justify' }),
      {
        kind: 'table',
        header: ['STT', decidedHeader(closed, gone.map((d) => ({ unitName: d.named ?? d.unitName }))), 'Số liệu', 'Quyết định', 'Vì sao không áp'],
        rows: gone.map((d, i) => [String(i + 1), d.unitName, `${d.flag}${d.cell ? ` (ô ${d.cell})` : ''}`, decisionCell(d), goneWhy(d)]),
        widths: [7, 20, 27, 28, 18],
      } satisfies Table,
    ];
  });
}

/**
 * The decisions in force unit by unit in the papers' order, «Rà soát»'s (listOrder), a unit's own as the round keeps
 * them: the round keeps them in the order its files (the command line) or sheets (the pane) came in.
 */
function inListOrder(closed: ClosedRound): RecordedDecision[] {
  const key = (u: { sheet: string; unitName: string }) => `${u.sheet}\u0000${u.unitName}`;
  const place = new Map([...closed.record.units].sort(listOrder(closed.record)).map((u, i) => [key(u), i]));
  const at = (d: RecordedDecision) => place.get(key(d)) ?? place.size;
  return [...(closed.decisions ?? [])].sort((a, b) => at(a) - at(b));
}

const decisions: Section = (closed) => {
  const list = inListOrder(closed);
  if (list.length === 0) {
    const none = closed.decisionsGone?.some((d) => d.gone !== 'name') ? 'không còn cảnh báo nào của lượt chấm có quyết định của Hội đồng' : closed.decisionsGone?.length ? 'không có quyết định nào của Hội đồng áp được vào cảnh báo của lượt chấm' : 'Hội đồng không có quyết định nào trên cảnh báo của lượt chấm';
    return [p(`1. Quyết định của Hội đồng trên các cảnh báo: ${none}.`, { indent: true, align: 'justify' }), ...goneDecisions(closed)];
  }
  // A unit's decisions of one kind and reason in one row, as the secretary writes them (decision-rows.ts).
  const rows = decisionRows(list);
  const unsent = new Set(notSent(closed).map((u) => u.unitName));
  const table: Table = {
    kind: 'table',
    header: ['STT', decidedHeader(closed, list), 'Số liệu', 'Quyết định', 'Điểm trước → sau'],
    rows: rows.map((group, i) => {
      const d = group[0]!;
      return [
        String(i + 1),
        d.unitName,
        figuresText(group),
        decisionCell(d),
        effect(group, unsent),
      ];
    }),
    widths: [7, 20, 27, 28, 18],
  };
  const explained = list.filter((d) => d.explanation);
  const accepted = explained.filter((d) => d.decision === 'accept').length;
  return [
    p(`1. Quyết định của Hội đồng trên các cảnh báo (${list.length} quyết định${rows.length < list.length ? `, ghi gộp thành ${rows.length} dòng theo đơn vị, cảnh báo và lý do` : ''}${explained.length ? `; ${accepted} giải trình được chấp nhận, ${explained.length - accepted} không được chấp nhận` : ''}):`, {
      indent: true,
      keepNext: true,
      align: 'justify',
    }),
    table,
    ...goneDecisions(closed),
  ];
};

/** What was still open when the council closed, by unit and cell; nothing said of a round closed before it was kept. */
const stillOpen: Section = (closed) => {
  const open = closed.open;
  if (!open) return [];
  const items = [
    ...open.undecided.map((f) => `${f.unitName}: cảnh báo «${f.title}»${f.cell ? ` (ô ${f.cell})` : ''} chưa có quyết định của Hội đồng`),
    ...open.awaitingExplanation.map((u) => `${u}: chờ đơn vị giải trình`),
    ...open.notScored.map((l) => `${l.what}: không chấm được (${l.why})`),
    ...(open.unvoted ?? []).map((n) => `${n}: chưa biểu quyết`),
    // A fallback row left blank is the council's business still open, whatever the closing counted.
    ...waitingFallbacks(closed).map((f) => `${f.unitName}: chưa biểu quyết đề nghị ${f.form} (Hội đồng không thông qua đề nghị ${f.after})`),
  ];
  if (items.length === 0) return [p('2. Khi chốt kết quả, không còn nội dung nào chưa được Hội đồng xem xét.', { indent: true })];
  return [p(`2. Những nội dung còn mở khi Hội đồng chốt kết quả (${items.length}):`, { indent: true, keepNext: true }), ...items.map((t) => p(`- ${t};`, { indent: true, align: 'justify' }))];
};

/** The nominees graded by points into a band that asks more (band-conditions.ts): weighed by the council before its vote. */
const nomineeBands = (closed: ClosedRound) => conditionedBands(closed, nomineeForms(closed, 'all'));

const conditions: Section = (closed) => {
  const bands = nomineeBands(closed);
  return bands.length > 0 ? minutesConditions(3, bands) : [];
};

const votes: Section = (closed) => {
  const forms = nomineeForms(closed, 'all');
  if (forms.length === 0) return [p('3. Không có tập thể, cá nhân nào được đề nghị khen thưởng trong đợt xét này.', { indent: true })];
  const rule = closed.votes ? `, điều kiện đạt: số phiếu đồng ý ${ruleText(closed.votes.rule)}` : '';
  // After the conditions' part when there is one.
  const n = nomineeBands(closed).length > 0 ? 4 : 3;
  return [
    p(`${n}. Kết quả biểu quyết từng trường hợp${rule}:`, { indent: true, keepNext: true, align: 'justify' }),
    ...forms.flatMap((form): Block[] => {
      const units = listed(form);
      return [
        p(`${form.formal}${form.quota ? ` (${form.quota})` : ''}:`, { indent: true, bold: true, keepNext: true }),
        {
          kind: 'table',
          header: ['STT', namesHeader(units), 'Thành tích', 'Kết quả biểu quyết'],
          rows: units.map((u, i) => {
            const v = voteOf(closed.votes, { sheet: u.sheet, unitName: u.unitName, form: form.label });
            const none = standing(closed, u, form.label) === 'declined' ? 'Hội đồng ghi không đề nghị' : 'Chưa biểu quyết';
            return [String(i + 1), u.unitName, achievementText(u, form.round), v && closed.votes ? tallyText(v.tally, closed.votes.rule) : none];
          }),
          widths: [7, 25, 40, 28],
        },
      ];
    }),
  ];
};

const conclusion: Section = (closed) => {
  const passed = nomineeForms(closed, 'passed');
  const failed = nomineeForms(closed, 'all').flatMap((f) => listed(f).filter((u) => standing(closed, u, f.label) === 'failed').map((u) => `${u.unitName} (${f.formal})`));
  return [
    p('Kết luận:', { indent: true, bold: true, keepNext: true }),
    ...(passed.length === 0
      ? [p('Không có trường hợp nào đạt số phiếu đồng ý để đề nghị khen thưởng.', { indent: true })]
      : passed.map((f) => p(`- Đề nghị tặng ${f.formal} cho ${countText(f)}: ${listed(f).map((u) => u.unitName).join('; ')};`, { indent: true, align: 'justify' }))),
    ...(failed.length > 0 ? [p(`- Không đạt số phiếu đồng ý: ${failed.join('; ')}.`, { indent: true, align: 'justify' })] : []),
    // Who reaches a form but is on the list the vote passed for another, in the decision's words (by list): the minutes
    // are signed, so they carry no word to the clerk on where thidua's set would say both are given.
    ...heldInLists(closed.record.forms, passed, []).map((h) => p(`- ${h.line}`, { indent: true, align: 'justify' })),
    ...listedNowhere(closed).map((h) => p(`- ${h.line}`, { indent: true, align: 'justify' })),
    p('Biên bản đã được đọc lại và thông qua trước Hội đồng./.', { indent: true }),
    { kind: 'columns', left: signerBlock('Thư ký', undefined, closed.votes?.meeting.secretary ?? ''), right: signerBlock('Chủ trì', undefined, closed.votes?.meeting.chair ?? ''), widths: [50, 50] },
  ];
};

/** The closing's seal, read into the minutes before the conclusion (never under a signature): the paper vouches for the folder. */
const sealed: Section = (closed) => [p(`Kết quả chấm điểm đã chốt được niêm phong. ${sealText(closed)}`, { indent: true, align: 'justify' })];

/** The minutes' sections, in the order the meeting takes them. */
const SECTIONS: readonly Section[] = [meeting, decisions, stillOpen, conditions, votes, sealed, conclusion];

export function councilMinutes(closed: ClosedRound, opts: PaperOptions): Paper {
  const commune = closed.record.set.commune;
  return {
    name: 'bien-ban',
    title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
    blocks: [
      // The minutes record a meeting held: dated its day when «Biểu quyết» gives it.
      heading(councilIssuer(commune, 'BB-HĐTĐKT'), commune, closed.closedAt.slice(0, 4), closed.votes?.meeting.date || undefined),
      p('BIÊN BẢN', { align: 'center', bold: true }),
      p(`Họp Hội đồng Thi đua - Khen thưởng ${placeName(commune)} xét đề nghị khen thưởng ${movementName(closed.record)}`, { align: 'center', bold: true }),
      ...SECTIONS.flatMap((section) => section(closed, opts)),
    ],
  };
}

// Made for issue 26 item 4, issue 38 item 3 and issue 46 items 2 and 3: the minutes of the review meeting, saying what
// the council decided, what was open and how it voted, in sections a later need extends; and for the DTI part 6 walk,
// whose minutes left out the «Giải trình» on Sở GD&ĐT's flags gone after it resent its report.
