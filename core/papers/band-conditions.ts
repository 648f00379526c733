// Điều kiện xếp loại ngoài điểm in the papers: a band that asks more than points («Hoàn thành xuất sắc nhiệm vụ: từ 90
// điểm và hoàn thành 100% nhiệm vụ») is reached by points alone in thidua, so each paper that states a nominee's band
// says who was graded into it by points and leaves the condition to the council — the minutes as a line per nominee
// the council fills; the proposal, the submission upward, the draft decision and each achievement report pointing to
// those minutes; the posted list as what the meeting will weigh. Never a claim that the condition is met unless the
// council found it so on «Biểu quyết» (found-bands.ts): then each paper says what it found and the band that follows.
import type { ClosedRound, RecordedUnit } from '../run/closing.js';
import { foundText, lostText, scoredUnit, unitFound, type UnitFound } from './found-bands.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { p, type Block, type Table } from './document.js';
import { listed, namesHeader, type FormList } from './proposed.js';
import { listOrder } from '../ranking/list-order.js';

/** A band with a condition and the listed units graded into it by points, in the papers' order, each with what the council found of it (none: left to the minutes). */
export type ConditionedBand = { band: string; condition: string; units: { unit: RecordedUnit; found?: UnitFound }[] };

/** What the papers know of the round: its record, and the sealed vote with the council's findings (none before the vote). */
type Round = Pick<ClosedRound, 'record' | 'votes'>;

/**
 * The record's bands with a condition that some of `units` reached by points (each once, as scored: a list after the
 * vote may hold it in the band below); none for a record that kept none.
 */
function bandsOf(closed: Round, units: readonly RecordedUnit[]): ConditionedBand[] {
  const { record } = closed;
  const once = [...new Set(units)].sort(listOrder(record)).map((u) => ({ listed: u, scored: scoredUnit(record, u) }));
  return (record.set.bands ?? []).flatMap(({ label, condition }) => {
    const graded = condition ? once.filter((u) => u.scored.classification === label) : [];
    if (graded.length === 0) return [];
    return [{ band: label, condition: condition!, units: graded.map((u) => ({ unit: u.listed, ...withFound(unitFound(closed, u.scored)) })) }];
  });
}

const withFound = (found: UnitFound | undefined) => (found ? { found } : {});

/** The bands with a condition that some nominee of `forms` reached by points. */
export function conditionedBands(closed: Round, forms: readonly FormList[]): ConditionedBand[] {
  return bandsOf(closed, forms.flatMap((f) => listed(f)));
}

/** The band with a condition a unit was graded into by points, alone, for a paper of its own; none when its band asks nothing more. */
export function unitConditionedBand(closed: Round, unit: RecordedUnit): ConditionedBand | undefined {
  return bandsOf(closed, [unit])[0];
}

const names = (units: readonly { unit: RecordedUnit }[]) => units.map((u) => u.unit.unitName).join(', ');
/** The units the council's finding is not recorded for: their band stands by points, the finding left to the minutes. */
const open = (c: ConditionedBand) => c.units.filter((u) => !u.found);

/** «xếp loại «Hoàn thành xuất sắc nhiệm vụ» còn yêu cầu «…»». */
const asks = (c: ConditionedBand) => `xếp loại «${c.band}» còn yêu cầu «${c.condition}»`;

/** What the papers after the meeting say of the units left to the minutes, each then adding what its reader does with it. */
const foundInMinutes = (c: ConditionedBand) =>
  `Xếp loại «${c.band}» của ${names(open(c))} là xếp loại theo điểm; ${asks(c)}: kết quả Hội đồng xem xét điều kiện này${open(c).length > 1 ? ' đối với từng trường hợp' : ''} ghi tại biên bản họp Hội đồng`;

/** What the council found, recorded on «Biểu quyết»: those found to meet it together, each found short alone with its band now. */
function foundLines(c: ConditionedBand): string[] {
  const met = c.units.filter((u) => u.found?.finding === 'met');
  const unmet = c.units.filter((u) => u.found?.finding === 'unmet');
  return [
    ...(met.length > 0 ? [`${foundText(names(met), met[0]!.found!)}.`] : []),
    ...unmet.map((u) => `${u.found!.lost.length > 0 ? lostText(u.unit.unitName, u.found!) : foundText(u.unit.unitName, u.found!)}.`),
  ];
}

/** A paper's words on each band: the council's finding where recorded, else `left` for those left to the minutes. */
function saying(bands: readonly ConditionedBand[], left: (c: ConditionedBand) => string, style: Parameters<typeof p>[1]): Block[] {
  return bands.flatMap((c) => [...(open(c).length > 0 ? [left(c)] : []), ...foundLines(c)].map((t) => p(t, style)));
}

/** Blank for the council to write in, by hand, on the printed minutes. */
const TO_FILL = '…………………………';

/**
 * The minutes' part on the conditions, numbered `n`: for each band, its nominees graded into it by points, each with a
 * cell holding what the council typed on «Biểu quyết» («Đạt», «Không đạt»), or a blank it fills by hand; under it, the
 * band each found short now holds. What the meeting found is written by the council, never by thidua.
 */
export function minutesConditions(n: number, bands: readonly ConditionedBand[]): Block[] {
  return [
    p(`${n}. Điều kiện xếp loại ngoài điểm: kết quả chấm điểm xếp loại theo điểm; Hội đồng xem xét điều kiện còn lại của từng trường hợp được đề nghị:`, { indent: true, keepNext: true, align: 'justify' }),
    ...bands.flatMap((c): Block[] => {
      const table: Table = {
        kind: 'table',
        header: ['STT', namesHeader(c.units.map((u) => u.unit)), 'Điểm', `Hội đồng xem xét điều kiện «${c.condition}» (đạt / không đạt)`],
        rows: c.units.map(({ unit: u, found }, i) => [String(i + 1), u.unitName, `${formatNumber(u.total)}/${formatNumber(u.applicableMax)}`, found?.typed ?? TO_FILL]),
        widths: [7, 33, 15, 45],
      };
      const unmet = c.units.filter((u) => u.found?.finding === 'unmet');
      const after = unmet.map((u) => p(`- ${u.found!.lost.length > 0 ? lostText(u.unit.unitName, u.found!) : foundText(u.unit.unitName, u.found!)};`, { indent: true, align: 'justify' }));
      return [p(`- ${c.units.length} trường hợp xếp loại «${c.band}» theo điểm; ${asks(c)}:`, { indent: true, keepNext: true, align: 'justify' }), table, ...after];
    }),
  ];
}

/** The proposal's words, and the submission's: who holds a band with a condition by points and that the council's finding is in the minutes they carry, or what it found. */
export function proposalConditions(bands: readonly ConditionedBand[]): Block[] {
  return saying(bands, (c) => `${foundInMinutes(c)} kèm theo.`, { indent: true, align: 'justify' });
}

/**
 * The draft decision's check, under its list and not in what the chairman signs: a band stated by points is held to
 * the council's finding before it goes to be signed; a finding recorded is said, the list already following it.
 */
export function decisionConditions(bands: readonly ConditionedBand[]): Block[] {
  return saying(
    bands,
    (c) => `${foundInMinutes(c)}; trước khi trình ký, đối chiếu danh sách kèm theo với kết quả này: trường hợp Hội đồng ghi «không đạt» không được ghi xếp loại «${c.band}».`,
    { italic: true, size: 11, align: 'justify' },
  );
}

/** An achievement report's words on its own band: by points, the council's finding in its minutes; or what it found. */
export function reportCondition(c: ConditionedBand): Block[] {
  return saying([c], (b) => `${foundInMinutes(b)} Thi đua - Khen thưởng.`, { indent: true, align: 'justify' });
}

/** The posted list's note, before the meeting: the band stands by points, its condition is the meeting's to weigh. */
export function postingConditions(bands: readonly ConditionedBand[]): Block[] {
  return bands.map((c) =>
    p(`Ghi chú: xếp loại «${c.band}» của ${names(c.units)} ghi theo điểm; ${asks(c)}, Hội đồng Thi đua - Khen thưởng xem xét điều kiện này tại phiên họp trước khi công nhận.`, {
      indent: true,
      align: 'justify',
      italic: true,
    }),
  );
}

// Made for: an officer's walk of Hải Phòng's civil servants (Decision 212/2025/QĐ-UBND), whose «Hoàn thành xuất sắc
// nhiệm vụ» asks 100 % of tasks done beyond 90 points: the run said it, the minutes and the proposal did not.
