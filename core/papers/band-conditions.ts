// Điều kiện xếp loại ngoài điểm in the papers: a band that asks more than points («Hoàn thành xuất sắc nhiệm vụ: từ 90
// điểm và hoàn thành 100% nhiệm vụ») is reached by points alone in thidua, so each paper that states a nominee's band
// says who was graded into it by points and leaves the condition to the council — the minutes as a line per nominee
// the council fills; the proposal, the submission upward, the draft decision and each achievement report pointing to
// those minutes; the posted list as what the meeting will weigh. Never a claim that the condition is met: thidua reads
// no finding of the council on it (the vote is on the award form, whose lowest band may be below the conditioned one).
import type { RecordedUnit, RunRecord } from '../run/closing.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { p, type Block, type Table } from './document.js';
import { listOrder, type FormList } from './proposed.js';

/** A band with a condition and the listed units graded into it by points, in the papers' order. */
export type ConditionedBand = { band: string; condition: string; units: RecordedUnit[] };

/** The record's bands with a condition that some nominee of `forms` reached (each unit once); none for a record that kept none. */
export function conditionedBands(record: RunRecord, forms: readonly FormList[]): ConditionedBand[] {
  const once = [...new Set(forms.flatMap((f) => [...f.collectives, ...f.individuals]))].sort(listOrder(record));
  return (record.set.bands ?? []).flatMap(({ label, condition }) => {
    const graded = condition ? once.filter((u) => u.classification === label) : [];
    return graded.length > 0 ? [{ band: label, condition: condition!, units: graded }] : [];
  });
}

const names = (units: readonly RecordedUnit[]) => units.map((u) => u.unitName).join(', ');

/** The band with a condition a unit was graded into, alone, for a paper of its own; none when its band asks nothing more. */
export function unitConditionedBand(record: RunRecord, unit: RecordedUnit): ConditionedBand | undefined {
  const band = (record.set.bands ?? []).find((b) => b.condition && b.label === unit.classification);
  return band ? { band: band.label, condition: band.condition!, units: [unit] } : undefined;
}

/** «xếp loại «Hoàn thành xuất sắc nhiệm vụ» còn yêu cầu «…»». */
const asks = (c: ConditionedBand) => `xếp loại «${c.band}» còn yêu cầu «${c.condition}»`;

/** What the papers after the meeting say, each then adding what its reader does with it: graded by points, where the council's finding is. */
const foundInMinutes = (c: ConditionedBand) =>
  `Xếp loại «${c.band}» của ${names(c.units)} là xếp loại theo điểm; ${asks(c)}: kết quả Hội đồng xem xét điều kiện này${c.units.length > 1 ? ' đối với từng trường hợp' : ''} ghi tại biên bản họp Hội đồng`;

/** Blank for the council to write in, by hand, on the printed minutes. */
const TO_FILL = '…………………………';

/**
 * The minutes' part on the conditions, numbered `n`: for each band, its nominees graded into it by points, each with a
 * cell the council fills («Đạt» or «Không đạt») — what the meeting found, written by the council, never by thidua.
 */
export function minutesConditions(n: number, bands: readonly ConditionedBand[]): Block[] {
  return [
    p(`${n}. Điều kiện xếp loại ngoài điểm: kết quả chấm điểm xếp loại theo điểm; Hội đồng xem xét điều kiện còn lại của từng trường hợp được đề nghị:`, { indent: true, keepNext: true, align: 'justify' }),
    ...bands.flatMap((c): Block[] => {
      const table: Table = {
        kind: 'table',
        header: ['STT', 'Tập thể, cá nhân', 'Điểm', `Hội đồng xem xét điều kiện «${c.condition}» (đạt / không đạt)`],
        rows: c.units.map((u, i) => [String(i + 1), u.unitName, `${formatNumber(u.total)}/${formatNumber(u.applicableMax)}`, TO_FILL]),
        widths: [7, 33, 15, 45],
      };
      return [p(`- ${c.units.length} trường hợp xếp loại «${c.band}» theo điểm; ${asks(c)}:`, { indent: true, keepNext: true, align: 'justify' }), table];
    }),
  ];
}

/** The proposal's words, and the submission's: who holds a band with a condition by points, and that the council's finding is in the minutes they carry. */
export function proposalConditions(bands: readonly ConditionedBand[]): Block[] {
  return bands.map((c) =>
    p(`${foundInMinutes(c)} kèm theo.`, { indent: true, align: 'justify' }),
  );
}

/**
 * The draft decision's check, under its list and not in what the chairman signs: the list states the band by points,
 * so before it goes to be signed it is held to the council's finding on the condition.
 */
export function decisionConditions(bands: readonly ConditionedBand[]): Block[] {
  return bands.map((c) =>
    p(`${foundInMinutes(c)}; trước khi trình ký, đối chiếu danh sách kèm theo với kết quả này: trường hợp Hội đồng ghi «không đạt» không được ghi xếp loại «${c.band}».`, {
      italic: true,
      size: 11,
      align: 'justify',
    }),
  );
}

/** An achievement report's words on its own band: by points, the council's finding in its minutes. */
export function reportCondition(c: ConditionedBand): Block {
  return p(`${foundInMinutes(c)} Thi đua - Khen thưởng.`, { indent: true, align: 'justify' });
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
