// Hồ sơ khen thưởng in the browser (the pane and the standalone page): the papers of a closed round (core/papers/)
// written as .docx by the same writer as `thidua papers`, handed over as one .zip; and the posting list alone, before
// the vote, as `thidua papers --posting-list` writes it.
import { zipSync } from 'fflate';
import { writePaper } from '../../adapters/docx/write-document.js';
import { defaultPaperOptions, papersOf } from '../../core/papers/index.js';
import { termsText } from '../../core/papers/prizes.js';
import { termsOf } from '../../core/papers/wording.js';
import { runName } from './download-name.js';
import type { ClosedRound, RunRecord } from '../../core/run/closing.js';
import type { Meeting } from '../../core/council/vote.js';
import { postingAfterMeeting, postingBeforeVote, postingBegun, postingFrom, postingRefused, postingSaid, postingUndecided } from '../../core/papers/nominee-list.js';
import type { TypedReview } from '../../core/council/merge.js';
import type { CouncilSheetNames } from '../../core/workbook/council-sheets.js';

/**
 * «Hồ sơ khen thưởng - Ta Ma - lần 1 - 24-11-2026.zip», named as the round's results are (runName), holding every paper,
 * written with the options `thidua papers` takes by default (so both faces write the same papers); `terms`, what the
 * prizes were computed from, for the face to say.
 */
export async function papersZip(round: ClosedRound): Promise<{ name: string; bytes: Uint8Array; type: string; terms: string }> {
  const files: Record<string, Uint8Array> = {};
  const options = defaultPaperOptions(round);
  for (const paper of papersOf(round, options)) files[`${paper.name}.docx`] = await writePaper(paper);
  const [y, m, d] = round.closedAt.slice(0, 10).split('-');
  return { name: `Hồ sơ khen thưởng - ${runName(round.record.set, round.record.units)} - lần ${round.number} - ${d}-${m}-${y}.zip`, bytes: zipSync(files), type: 'application/zip', terms: termsText(termsOf(options)) };
}

/** The field under the meeting where the page and the pane take the list's first posting day, as the command line's --posting-from. */
export const POSTING_FROM = 'Niêm yết từ ngày';

/**
 * The posting list before the council votes (`thidua papers --posting-list`): from the run as scored and the meeting
 * recorded, posted from `from` (typed on this face) or the working days before the meeting; refused, saying `where` the
 * meeting day is typed on this face, while there is neither. `text`: what the face says, as the command line does;
 * `notes`, said as the command line says them: worked back from the meeting day, a first day before `today` (YYYY-MM-DD);
 * listed nominees whose flags the council has not decided in `council`'s review.
 */
export async function postingDownload(
  record: RunRecord,
  meeting: Meeting,
  from: string | undefined,
  where: string,
  today: string,
  council: { review: TypedReview; sheets: CouncilSheetNames },
): Promise<{ ok: true; name: string; bytes: Uint8Array; type: string; text: string; notes: string[] } | { ok: false; text: string }> {
  const made = postingBeforeVote(record, meeting, from ? postingFrom(from) : undefined);
  if (!made.ok) return { ok: false, text: postingRefused(made.why, where, `ghi «${POSTING_FROM}»`) };
  const name = `${made.paper.name}.docx`;
  const typed = `ghi ngày đã niêm yết thật ở ô «${POSTING_FROM}» rồi lập lại danh sách`;
  const begun = from || !meeting.date ? undefined : postingBegun(made.posting, meeting.date, today, typed);
  const late = postingAfterMeeting(made.posting, meeting.date || undefined, typed);
  const undecided = postingUndecided(record, council.review, council.sheets);
  const notes = [begun, late, undecided].filter((n) => n !== undefined);
  return { ok: true, name, bytes: await writePaper(made.paper), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', text: `${postingSaid(made, meeting, record.set.commune)}: ${name}`, notes };
}

// Made for issue 26 item 4 on the pane and the page: the papers the chairman signs, without the command line; and for
// issue 57 item 3 there: the list posted before the meeting.
