// Ngày lần đầu ghi vào danh sách biểu quyết (the day a run first listed a nominee on «Biểu quyết»): kept with each
// run's record (the task pane, whose workbook keeps no record, in its store), carried from run to run and never moved
// later, so that the meeting typed on «Biểu quyết» can be held to the list it voted on: a council cannot have voted on
// a nominee no run had listed yet (core/run/meeting-before-listing.ts). Scoring again after the meeting — to apply
// «Rà soát», or at closing in the pane — keeps each nominee's first day. A nominee listed by a run made before the
// day was kept reads as unknown (''), never as the day of the run that found it.
import { z } from 'zod';
import { formatDateVi } from '../values.js';
import { nomineeKey, type Nominee } from './vote.js';
import { listingEither, type ListedUnit } from './voted-on.js';

/** By nomineeKey: the day (YYYY-MM-DD) a run first listed the nominee, '' when it was listed before the day was kept. */
export const FirstListed = z.record(z.string(), z.string());
export type FirstListed = z.infer<typeof FirstListed>;

/**
 * What the run before left: the days it kept (absent when it kept none: a record or store made before they were), and
 * the nominees it listed — absent when that is not known either (a workbook scored before, its nominees not kept):
 * then every nominee listed now may have been listed before, and reads as unknown. `units`: its units as it listed
 * them for the council (its record's; absent in the task pane's store), what a vote read first was taken on (voted-on.ts).
 */
export type ListedBefore = { days?: FirstListed; nominees?: readonly Nominee[]; units?: readonly ListedUnit[] };

/**
 * The key a flag's first listed day is kept under, beside the nominees' (no nominee's key starts so), so that a
 * council's decision on «Rà soát» can be held to it as the meeting is to its list (decisions-before-listing.ts).
 */
export const flagListedKey = (f: { sheet: string; cell?: string | undefined; flagCode: string }) => `\u0001${f.sheet}\u0000${f.cell ?? ''}\u0000${f.flagCode}`;

/**
 * A decision's «Ngày» `date` before its flag's first listed day `first`, as the run's line and the note on that «Ngày»
 * say it: «ghi ngày 20/11/2026, trước ngày thidua lần đầu ghi cảnh báo này (29/11/2026) — …»; '' when it is not before.
 */
export function decidedBeforeListing(date: string, first: string): string {
  if (date === '' || first === '' || date >= first) return '';
  return `ghi ngày ${formatDateVi(date)}, trước ngày thidua lần đầu ghi cảnh báo này (${formatDateVi(first)}) — Hội đồng không thể đã quyết định về cảnh báo chưa có. Quyết định vẫn giữ và áp như đã ghi; kiểm tra lại ngày (không sớm hơn ${formatDateVi(first)})`;
}

/** Present in days that keep the flags' first days: without it (days kept before they were), every flag's is unknown. */
const FLAGS_KEPT = flagListedKey({ sheet: '', flagCode: '' });
const isFlagKey = (key: string) => key.startsWith('\u0001');

/**
 * Each nominee's and each flag's (`flags`: their flagListedKey) first day after a run on `today` listing them; the days
 * of those no longer listed are kept (listed again, one keeps its first day). A fallback row (fallback-vote.ts: `after`,
 * the form whose failed vote it follows from) is listed only by the run after that vote was typed, yet the council
 * votes it in the same meeting: its first day is that vote's meeting day (`meeting`, as typed on «Biểu quyết» when the
 * row is first listed), or, with none typed yet, the failed nominee's own first day — never the later run's.
 */
export function firstListed(before: ListedBefore | undefined, nominees: readonly (Nominee & { after?: string | undefined })[], today: string, flags: readonly string[] = [], meeting = ''): FirstListed {
  const days: FirstListed = { ...before?.days };
  const unknown = before && !before.days ? (before.nominees ? new Set(before.nominees.map(nomineeKey)) : 'every') : new Set<string>();
  const earliest = (n: Nominee & { after?: string | undefined }) => {
    if (n.after === undefined) return today;
    const from = meeting !== '' ? meeting : (days[nomineeKey({ ...n, form: n.after })] ?? '');
    return from !== '' && from < today ? from : today;
  };
  for (const n of nominees) {
    const key = nomineeKey(n);
    if (!Object.hasOwn(days, key)) days[key] = unknown === 'every' || unknown.has(key) ? '' : earliest(n);
  }
  const flagsKnown = !before || (before.days !== undefined && Object.hasOwn(before.days, FLAGS_KEPT));
  for (const key of flags) if (!Object.hasOwn(days, key)) days[key] = flagsKnown ? today : '';
  days[FLAGS_KEPT] = '';
  return days;
}

/**
 * What two runs before left, as one (a folder's last run and a run given with `--decisions`, whose vote the run takes):
 * each nominee's earliest day, unknown where either does not know it — never a later day that would make a meeting
 * held between the two look early.
 */
export function listedEither(a: ListedBefore | undefined, b: ListedBefore | undefined): ListedBefore | undefined {
  if (!a || !b) return a ?? b;
  // One that knows not even which nominees it listed: every nominee may have been listed before.
  if (!(a.days || a.nominees) || !(b.days || b.nominees)) return {};
  const days: FirstListed = {};
  for (const side of [a, b]) {
    for (const [key, day] of Object.entries(side.days ?? Object.fromEntries(side.nominees!.map((n) => [nomineeKey(n), ''])))) {
      const other = Object.hasOwn(days, key) ? days[key]! : undefined;
      days[key] = listingEither(key, a.days ?? {}, b.days ?? {}) ?? (other !== undefined && other < day ? other : day);
    }
  }
  // One that did not keep its flags' days: any flag may have been listed before the other's day.
  if (![a, b].every((side) => side.days && Object.hasOwn(side.days, FLAGS_KEPT))) {
    for (const key of Object.keys(days)) if (isFlagKey(key)) days[key] = '';
    delete days[FLAGS_KEPT];
  }
  const units = a.units ?? b.units;
  return { days, ...(units ? { units } : {}) };
}

// Made for the DTI part 6 walk: a meeting typed 12/01/2026 on «Biểu quyết», whose nominees a run first listed on
// 29/11/2026, was sealed and printed in the minutes without a word.
// And for the walk of the Department's table: decisions typed 20/11/2026 on flags first listed 29/11/2026, unsaid.
