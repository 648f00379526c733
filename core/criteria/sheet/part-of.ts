// The document's item a criterion is a part of (Criterion.partOf) on the criteria sheet: said at the head of the part's
// «Ghi chú» («Phần của mục C3 «Công tác …» (mục ghi 5 điểm)»), before any note of its own, and read back from there —
// so export → import gives the same set, and an officer sees on the sheet which item each part adds up to.
import { formatPoints, parseNumberText } from '../../values.js';
import type { Criterion, PartOf } from '../schema.js';

/** The part's words: whose part it is and what the item writes. */
export function partOfText(partOf: PartOf): string {
  const points = formatPoints(partOf.maxPoints);
  return `Phần của mục ${partOf.code} «${partOf.title}» (${partOf.summed ? `mục không ghi điểm, các phần cộng được ${points} điểm` : `mục ghi ${points} điểm`})`;
}

/** A criterion's «Ghi chú» as written: its part's words first, its own note after them. */
export function noteWithPart(c: Criterion): string | undefined {
  if (!c.partOf) return c.note;
  return c.note === undefined || c.note === '' ? partOfText(c.partOf) : `${partOfText(c.partOf)}. ${c.note}`;
}

// The title runs to the first «» (mục ghi …»: a title holding «…» of its own still reads whole.
const PART_NOTE = /^Phần của mục (.+?) «([\s\S]+?)» \((?:mục ghi|(mục không ghi điểm, các phần cộng được)) ([\d.,]+) điểm\)(?:\. ([\s\S]*))?$/u;

/** Rows read from the sheet whose «Ghi chú» opens with a part's words: the words back into `partOf`, the rest the note. */
export function foldPartOf(criteria: readonly Criterion[]): Criterion[] {
  return criteria.map((c) => {
    const m = c.note === undefined ? null : PART_NOTE.exec(c.note);
    const maxPoints = m ? parseNumberText(m[4]!) : undefined;
    if (!m || maxPoints === undefined) return c;
    const { note: _said, ...rest } = c;
    return { ...rest, ...(m[5] !== undefined && m[5] !== '' && { note: m[5] }), partOf: { code: m[1]!, title: m[2]!, maxPoints, ...(m[3] !== undefined && { summed: true as const }) } };
  });
}

// Made for issue 55: Tiền Giang's C3, C4, C5, each one item of the document scored by its parts (C3.1, C3.2 chosen by
// level, C3.3 a bonus), kept through the criteria sheet (`criteria export`, the task pane) as they are through JSON.
