// Chốt kết quả (a closed round): the council closes a run's result — who, when, why, a SHA-256 of every scored
// file, and the run's record with a digest of each row of the sheets it is shown in — so that a later run on changed files can say what
// changed instead of changing a closed result silently. The run's record (kết quả) is what the papers are written
// from. Both are kept in tong-hop.xlsx's hidden store, each sealed (seal.ts): a hand edit of either is found.
import { z } from 'zod';
import { AwardRound, type CriteriaSet } from '../criteria/schema.js';
import { subjectOfKind } from '../criteria/kinds.js';
import { QuotaShare, type AwardProposal, type Ranking } from '../ranking/schema.js';
import { quotaPlaces } from '../ranking/quota-places.js';
import { reachesForm } from '../ranking/awards.js';
import { formsOfRound } from '../ranking/rounds.js';
import { cardKey, GroupCap, UnitDetails, type CriterionScore, type ScoreCard } from '../scoring/score-card.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { formatDateVi } from '../values.js';
import type { UnitReport } from '../report/schema.js';
import { ReportedPeriod } from '../report/period.js';
import { inputCells } from '../workbook/fingerprint.js';
import { addTo } from '../grouped.js';
import { matchesSeal, Seal, sealCode, sealMistyped, sealOf, SealedSheet } from './seal.js';
import { blocksClosing, LeftOut, OpenAtClosing, openAtClosing, openCount, RecordedFlag } from './open-at-closing.js';
import type { TypedReview } from '../council/merge.js';
import type { CouncilDecision } from '../council/decision.js';
import type { CouncilRole, CouncilSheetNames } from '../workbook/council-sheets.js';
import { countsOf, countsShown, nomineeKey, RecordedVotes, sheetCells, wherePlace, type Nominee, type Vote, type VoteSheet } from '../council/vote.js';
import { DECLINE_NOTE } from '../council/fallback-vote.js';
import { FINDING_HEADER } from '../workbook/finding-column.js';
import { canonicalJson } from './seal.js';
import { ClosingSignature } from './signature.js';
import { CopyCells } from './copy-cells.js';
import { decisionsAtClosing, decisionsChangedSinceRound, decisionsGoneAtClosing, GoneDecision, RecordedDecision, votesAtClosing } from './council-at-closing.js';
import { RecordedSet, recordedSet, setChangesSinceClosing } from './set-since-closing.js';
import { FirstListed } from '../council/first-listed.js';
import { votedOnOtherResult } from '../council/voted-on.js';
import { meetingChanged, type MeetingAsTyped } from './meeting-since-closing.js';
import { said, type Said } from './said.js';

/** Store keys in tong-hop.xlsx. */
export const RUN_RECORD_KEY = 'ket-qua';
export const CLOSED_ROUNDS_KEY = 'chot-ket-qua';

export const FileDigest = z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type FileDigest = z.infer<typeof FileDigest>;

/**
 * A scored file as written: its content's SHA-256, its size in bytes and, since issue 57, its report sheets' cells
 * (copy-cells.ts) — what tells a copy saved again from one changed, cell by cell; and each flag's review the run wrote
 * in its «Rà soát», by a digest (typed-in-copies.ts `reviewWritten`: a decision shown as written is no decision typed;
 * absent where it wrote none, and in records made before — either way no decision the copy shows is taken as the run's).
 */
export const CopyDigest = FileDigest.extend({ size: z.number().int().nonnegative(), cells: CopyCells.optional(), reviewWritten: z.array(z.string()).optional() });
export type CopyDigest = z.infer<typeof CopyDigest>;

export const RecordedProposal = z.object({
  form: z.string(),
  formLabel: z.string(),
  proposed: z.boolean(),
  eligible: z.boolean(),
  reason: z.string(),
  /** AwardProposal.alsoReaches; absent when none, and in records written before it. */
  alsoReaches: z.array(z.string()).optional(),
});
export type RecordedProposal = z.infer<typeof RecordedProposal>;

/**
 * A criterion as a nominee's achievement report cites it: what was scored, its points, the unit's evidence, and what
 * the item's own lines added and took after their caps (`bonus`, `deduction`, absent when none; absent too in a record
 * written before they were kept), so the report's points add up to the unit's total.
 */
export const RecordedCriterion = z.object({
  code: z.string(),
  title: z.string(),
  points: z.number(),
  max: z.number(),
  reason: z.string(),
  evidence: z.string().optional(),
  bonus: z.number().optional(),
  deduction: z.number().optional(),
  /** A row that adds on top of the total or takes from it (absent for the base, and in records made before it was kept). */
  kind: z.enum(['bonus', 'deduction']).optional(),
  /** The document's item this is a part of (C3.1 of C3): the papers count the item once, as the table and `criteria import` do. */
  partOf: z.object({ code: z.string(), title: z.string() }).optional(),
});
export type RecordedCriterion = z.infer<typeof RecordedCriterion>;

export const RecordedUnit = z.object({
  sheet: z.string(),
  file: z.string().optional(),
  unitName: z.string(),
  kindLabel: z.string(),
  collective: z.boolean(),
  /** A household (SubjectKind.household); absent for any other unit, and in records made before it was kept. */
  household: z.literal(true).optional(),
  total: z.number(),
  applicableMax: z.number(),
  percent: z.number(),
  classification: z.string().nullable(),
  /** Why the band is not the one the percentage reached: the table's sanctions taken (CardSanction.why); absent when none, and in records made before it was kept. */
  sanction: z.string().optional(),
  /** The bonus and deductions in `total`, as sizes, so that the papers say what the total is made of; absent when none, and in records made before they were kept. */
  bonus: z.number().optional(),
  deduction: z.number().optional(),
  /** A bonus the set records beside the total, not in it (card.recorded, 0 when none earned), as «Tổng hợp» shows it and the papers' lists say it; absent for a set recording none, and in records made before it was kept. */
  recorded: z.number().optional(),
  /** The points of the frames granted by default in `total` (card.granted), so the papers say them; absent when none, and in records made before they were kept. */
  granted: z.number().optional(),
  /** Rank within the unit's kind; null when not ranked. */
  rank: z.number().int().nullable(),
  proposals: z.array(RecordedProposal),
  /** Criteria of the base met in full (at their maximum, no deduction taken on their own lines), by title: the unit's achievements in the papers. */
  achievements: z.array(z.string()),
  /** The unit's flags, for what is still open at closing (absent in a record written before they were kept). */
  flags: z.array(RecordedFlag).optional(),
  /** The total before the council's «Bác số liệu» withdrew points, and each figure it rejected (the minutes say before → after). */
  totalBefore: z.number().optional(),
  rejected: z.array(z.object({ title: z.string(), row: z.number().int().nullable(), before: z.number(), after: z.number() })).optional(),
  /** A nominee's every criterion as scored — figure, points, evidence —, for its achievement report (none for the others). */
  criteria: z.array(RecordedCriterion).optional(),
  /** With a nominee's criteria, the groups that counted less than their criteria add (absent when none), said under them. */
  caps: z.array(GroupCap).optional(),
  /** «Kỳ báo cáo» as the unit's report states it (absent when blank, and in records made before it was kept): the papers' year when the set names no period. */
  period: ReportedPeriod.optional(),
  /** What the commune's list says of the unit beyond its name (a person's sex, birth date, post, unit), for its achievement report. */
  details: UnitDetails.optional(),
});
export type RecordedUnit = z.infer<typeof RecordedUnit>;

/** What one run decided, as the papers and a later comparison need it. */
export const RunRecord = z.object({
  format: z.literal('thidua-ket-qua'),
  version: z.literal(1),
  set: RecordedSet,
  round: AwardRound,
  /** YYYY-MM-DD. */
  scoredOn: z.string(),
  forms: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      level: z.string(),
      /** `max`, the places (a share's worked out in the run: `share`, absent in records made before shares were read). */
      quotas: z.array(z.object({ subject: z.string(), max: z.number(), share: QuotaShare.optional() })),
      source: z.string(),
      /** The lowest band the form takes, by label: a nominee the council found short of a band's condition may fall below it (absent in records made before it was kept). */
      minBand: z.string().optional(),
    }),
  ),
  units: z.array(RecordedUnit),
  /** The day a run first listed each nominee on «Biểu quyết» (core/council/first-listed.ts); absent in records made before it was kept. */
  listed: FirstListed.optional(),
  /** The scored files of the run, by name within the output folder (tong-hop.xlsx itself excluded: closing writes it). */
  files: z.array(z.string()),
  /**
   * Each scored file as the run wrote it, by content: `close` seals only a folder whose copies are these, so a copy of
   * another run, one half written or one left from before is refused by name (absent in a record written before it was kept).
   */
  copies: z.array(CopyDigest).optional(),
  /** Files, sheets or cells the run could not score (absent in a record written before they were kept). */
  notScored: z.array(LeftOut).optional(),
  /**
   * Scored copies the run declined to write (one thidua could not read again: a workbook of thousands of sheets), with
   * why: their units are in the result, their files are not in the folder (absent when every copy was written).
   */
  notWritten: z.array(LeftOut).optional(),
  /**
   * The sheets of tong-hop.xlsx that show this result («Tổng hợp» and the sheets beside it, «Xét khen thưởng»; a summary
   * written before the proposals had a sheet of their own names two), sealed row by row as planned:
   * a figure or proposal edited by hand there is found. None in the task pane (its sheets every scoring rewrites).
   */
  shown: z.array(SealedSheet),
  /** Over every field above (seal.ts): a record edited by hand no longer matches it. */
  seal: Seal,
});
export type RunRecord = z.infer<typeof RunRecord>;


/** What a round's digests cover: the scored files of an output folder, or the report sheets of the open workbook (the task pane). */
export const Covers = z.enum(['files', 'sheets']);
export type Covers = z.infer<typeof Covers>;

/** How a digest is named to officers: a file of the folder, a report sheet of the open workbook. */
export const COVERED: Record<Covers, (name: string) => string> = { files: (name) => `Tệp ${name}`, sheets: (name) => `Trang «${name}»` };

/**
 * A closed round. Everything in it is under its seal (a new field is sealed with the rest by adding it here and in
 * closeRound, nothing else; an optional one keeps the rounds closed before it readable, their seals unchanged).
 */
export const ClosedRound = z.object({
  /** Lần chốt: 1, 2… — a new one only when the council asks for it, with a reason. */
  number: z.number().int().positive(),
  closedBy: z.string().min(1),
  /** Local date and time, YYYY-MM-DDTHH:mm. */
  closedAt: z.string(),
  reason: z.string().default(''),
  covers: Covers,
  /** Every scored file (or report sheet) the round covers, by name: one added or gone since is named. */
  files: z.array(FileDigest),
  record: RunRecord,
  /** What was still open when the council closed (open-at-closing.ts); absent in a round closed before it was kept. */
  open: OpenAtClosing.optional(),
  /** The council's decisions in force on the run's flags, each with what it did (council-at-closing.ts); absent before they were kept. */
  decisions: z.array(RecordedDecision).optional(),
  /** The council's decisions on flags gone since (council-at-closing.ts): taken, not applied; absent when none, and before they were kept. */
  decisionsGone: z.array(GoneDecision).optional(),
  /** The council's vote on each nominee and the rule it passes under; absent where the face records no vote, or before it was kept. */
  votes: RecordedVotes.optional(),
  /** Over every field above and the seal of the round before (seal.ts). */
  seal: Seal,
  /** The seal signed with the council's key, where the council keeps one (signature.ts); outside the seal it signs. */
  signature: ClosingSignature.optional(),
});
export type ClosedRound = z.infer<typeof ClosedRound>;
export const ClosedRounds = z.array(ClosedRound);

/**
 * A round's record as the store keeps it when it is the run's record kept beside the rounds (after `close`, the last
 * round's record is the run's): named by its seal instead of written again — at a province's size 27 million
 * characters that were read, decoded and parsed twice. The round's seal is over the record itself, whichever way it
 * is stored; rounds stored whole (before this, or of an earlier run) read as they are.
 */
export const RecordKept = z.object({ kept: z.literal(RUN_RECORD_KEY), seal: Seal });
export const StoredRounds = z.array(ClosedRound.extend({ record: z.union([RunRecord, RecordKept]) }));
export type StoredRounds = z.infer<typeof StoredRounds>;

/** The rounds as the store keeps them beside `record`: a round closed over `record` names it by its seal. */
export function roundsToStore(rounds: readonly ClosedRound[], record: RunRecord): StoredRounds {
  return rounds.map((r) => (r.record.seal === record.seal ? { ...r, record: { kept: RUN_RECORD_KEY, seal: record.seal } } : r));
}

/**
 * The rounds as read from the store, each with its record: one kept by reference gets the record read beside it (the
 * same object, parsed once). A round naming a record that is not there, or not that one, is a Vietnamese line.
 */
export function roundsFromStore(stored: StoredRounds, record: RunRecord | undefined): { rounds: ClosedRound[]; missing: string[] } {
  const missing: string[] = [];
  const rounds = stored.map((r) => {
    if (!('kept' in r.record)) return { ...r, record: r.record };
    if (record?.seal !== r.record.seal) missing.push(`Bản ghi lần chốt ${r.number} (${describeRound(r)}) giữ kết quả lượt chấm lưu ẩn trong tệp (mã ${sealCode(r.record.seal)}), nay kết quả ấy không còn hoặc đã khác: kết quả đã chốt bị hỏng, không phải chưa chốt.`);
    return { ...r, record: record! };
  });
  return { rounds, missing };
}

/** The record's own seal holds. */
export function recordSealed(record: RunRecord): boolean {
  return sealOf(record) === record.seal;
}

/**
 * The rounds whose seal does not hold (a round or its record edited since it was closed), each in a Vietnamese line.
 * `verified`: the record read beside them, its own seal already checked — a round keeping it is not hashed for it again
 * (a province's record is some 11 million characters to sort and hash).
 */
export function brokenSeals(rounds: readonly ClosedRound[], verified?: RunRecord): string[] {
  return rounds.flatMap((r, i) =>
    sealOf(r, rounds[i - 1]?.seal) === r.seal && (r.record === verified || recordSealed(r.record)) ? [] : [`Bản ghi lần chốt ${r.number} (${describeRound(r)}) đã bị sửa sau khi chốt: mã niêm phong không khớp.`],
  );
}

/** The record of a run, from what the run decided. */
export function recordRun(
  set: CriteriaSet,
  run: {
    cards: readonly ScoreCard[];
    ranking: Ranking;
    proposals: readonly AwardProposal[];
    round: AwardRound;
    scoredOn: string;
    files: readonly string[];
    copies?: readonly CopyDigest[];
    shown?: readonly SealedSheet[];
    /** Everything the run left out, and of it the units scored but not ranked (a run's `omitted`, `omittedUnits`): the rest was not scored. */
    omitted?: readonly LeftOut[];
    omittedUnits?: readonly LeftOut[];
    notWritten?: readonly LeftOut[];
    /** Each nominee's first listed day, carried from the run before (firstListed). */
    listed?: FirstListed;
    /** The council's decisions the run's proposals took: who reaches a form is counted with them, as the proposals count it. */
    decisions: readonly CouncilDecision[];
  },
): RunRecord {
  const rankOf = new Map<string, number>(run.ranking.flatMap((g) => g.entries.map((e) => [cardKey(e), e.rank] as const)));
  const partOfByCode = partsByCode(set);
  // Each unit's proposals gathered in one pass (asking every proposal of every card took 0.7 s for 1,125 units).
  const proposalsOf = new Map<string, RecordedProposal[]>();
  for (const p of run.proposals) {
    addTo(proposalsOf, cardKey(p), { form: p.form, formLabel: p.formLabel, proposed: p.proposed, eligible: p.eligible, reason: p.reason, ...(p.alsoReaches ? { alsoReaches: p.alsoReaches } : {}) });
  }
  // A quota's share is of the units ranked, or of those of them reaching another form after the council's decisions,
  // as the proposals took it: the record's places are the proposals' places.
  const ranked = run.ranking.flatMap((g) => g.entries);
  const cardOf = new Map(run.cards.map((c) => [cardKey(c), c]));
  const reaches = (formId: string, entry: (typeof ranked)[number]) => {
    const card = cardOf.get(cardKey(entry));
    return card !== undefined && reachesForm(set, formId, card, run.decisions);
  };
  const record: Omit<RunRecord, 'seal'> = {
    format: 'thidua-ket-qua',
    version: 1,
    set: recordedSet(set),
    round: run.round,
    scoredOn: run.scoredOn,
    forms: formsOfRound(set, run.round).map((f) => {
      const minBand = set.classification.find((b) => b.id === f.minClassification)?.label;
      return { id: f.id, label: f.label, level: f.level, quotas: f.quotas.map((q) => quotaPlaces(set, q, ranked, reaches)), source: f.source, ...(minBand ? { minBand } : {}) };
    }),
    units: run.cards.map((card) => {
      const kind = set.subjectKinds.find((k) => k.id === card.unitKind);
      const proposals = proposalsOf.get(cardKey(card)) ?? [];
      const rejected = card.criteria.filter((c) => c.status === 'rejected').map((c) => ({ title: c.title, row: c.row, before: c.before ?? c.points, after: c.points }));
      return {
        sheet: card.sheet,
        ...(card.file !== undefined ? { file: card.file } : {}),
        unitName: card.unitName,
        kindLabel: kind?.label ?? 'Chưa xác định loại',
        ...subjectOfKind(kind),
        total: card.total,
        applicableMax: card.applicableMax,
        percent: card.percent,
        classification: card.classification?.label ?? null,
        ...(card.sanction?.why ? { sanction: card.sanction.why } : {}),
        ...(card.bonus > 0 ? { bonus: card.bonus } : {}),
        ...(card.deduction > 0 ? { deduction: card.deduction } : {}),
        ...(card.recorded !== undefined ? { recorded: card.recorded } : {}),
        ...(card.granted !== undefined ? { granted: card.granted } : {}),
        rank: rankOf.get(cardKey(card)) ?? null,
        proposals,
        achievements: card.criteria.filter(metInFull).map((c) => c.title),
        flags: card.flags.map((f) => ({ code: f.code, severity: f.severity, ...(f.cell !== undefined ? { cell: f.cell } : {}), ...(f.criterion !== undefined ? { criterion: f.criterion } : {}) })),
        ...(card.totalBefore !== undefined ? { totalBefore: card.totalBefore } : {}),
        ...(rejected.length > 0 ? { rejected } : {}),
        ...(proposals.some((p) => p.proposed || p.eligible) ? { criteria: card.criteria.filter(counts).map((c) => recordedCriterion(c, partOfByCode)), ...(card.caps ? { caps: card.caps } : {}) } : {}),
        ...(card.details ? { details: card.details } : {}),
        ...(card.period ? { period: card.period } : {}),
      };
    }),
    ...(run.listed ? { listed: run.listed } : {}),
    files: [...run.files],
    ...(run.copies ? { copies: [...run.copies] } : {}),
    notScored: (run.omitted ?? []).filter((o) => !run.omittedUnits?.includes(o)).map((o) => ({ what: o.what, why: o.why })),
    ...(run.notWritten && run.notWritten.length > 0 ? { notWritten: [...run.notWritten] } : {}),
    shown: [...(run.shown ?? [])],
  };
  return { ...record, seal: sealOf(record) };
}

/** A criterion that counts in the total: applicable and assigned. */
const counts = (c: CriterionScore) => c.status !== 'not_applicable' && c.status !== 'not_assigned';

/** At its maximum with nothing taken: an item at 3/3 with a reprimand's point taken on its own line is not met in full. */
// A bonus row at its maximum is no criterion completed, nor a deduction: «hoàn thành đầy đủ 43 tiêu chí» counted two
// bonus rows in a set of 43 (an officer's walk), read as every criterion met.
const metInFull = (c: CriterionScore) =>
  c.status === 'scored' && c.rule !== 'bonus' && c.rule !== 'deduction' && c.recorded === undefined && c.max > 0 && c.points >= c.max && !(c.own && c.own.deduction > 0);

/** Each code's document item (its first criterion's, as a lookup by code finds it), looked up once a run, not per criterion of each card. */
function partsByCode(set: CriteriaSet): Map<string, { code: string; title: string }> {
  const found = new Map<string, { code: string; title: string }>();
  const seen = new Set<string>();
  for (const c of set.criteria) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    if (c.partOf) found.set(c.code, { code: c.partOf.code, title: c.partOf.title });
  }
  return found;
}

function recordedCriterion(c: CriterionScore, partOfByCode: ReadonlyMap<string, { code: string; title: string }>): RecordedCriterion {
  const partOf = partOfByCode.get(c.code);
  return {
    code: c.code,
    title: c.title,
    points: c.points,
    max: c.max,
    reason: c.reason,
    ...(c.evidence ? { evidence: c.evidence } : {}),
    ...(c.own && c.own.bonus > 0 ? { bonus: c.own.bonus } : {}),
    ...(c.own && c.own.deduction > 0 ? { deduction: c.own.deduction } : {}),
    ...(c.rule === 'bonus' || c.rule === 'deduction' ? { kind: c.rule } : {}),
    ...(partOf ? { partOf } : {}),
  };
}

/**
 * A file (or sheet) as found now: its digest, or why it could not be read (a FIFO where a copy was: a line naming it).
 * `differs`: when its bytes are not those closed, what the face found of its content, said instead of «đã khác».
 */
export type FoundDigest = (FileDigest & { differs?: string }) | { name: string; unreadable: string };

/**
 * What differs between a closed round and a new run, one Vietnamese line each: the criteria set as it was closed
 * (set-since-closing.ts), files changed, gone, added or
 * unreadable since closing, units added or gone, and every change of points, band, rank or proposal. Empty when
 * nothing changed. `found`: the files (or report sheets, in the task pane) as they are now.
 */
export function changesSinceClosing(closed: ClosedRound, now: RunRecord, found: readonly FoundDigest[]): string[] {
  const lines: string[] = setChangesSinceClosing(closed.record, now);
  const what = COVERED[closed.covers];
  const nowDigest = new Map(found.map((d) => [d.name, d]));
  for (const f of closed.files) {
    const d = nowDigest.get(f.name);
    if (d === undefined) lines.push(`${what(f.name)} đã chốt nay không còn.`);
    else if ('unreadable' in d) lines.push(d.unreadable);
    else if (d.sha256 !== f.sha256) lines.push(d.differs ?? `${what(f.name)} đã khác bản đã chốt.`);
  }
  const closedNames = new Set(closed.files.map((f) => f.name));
  for (const d of found) if (!closedNames.has(d.name)) lines.push(`${what(d.name)} không có trong lần chốt${'unreadable' in d ? `: ${d.unreadable}` : '.'}`);
  const unitKey = (u: RecordedUnit) => `${u.unitName}\u0000${u.kindLabel}`;
  const before = new Map(closed.record.units.map((u) => [unitKey(u), u]));
  const after = new Map(now.units.map((u) => [unitKey(u), u]));
  for (const [k, u] of after) {
    const old = before.get(k);
    if (!old) {
      lines.push(`Đơn vị mới: ${u.unitName} (${formatNumber(u.total)} điểm).`);
      continue;
    }
    const changes: string[] = [];
    if (old.total !== u.total) changes.push(`điểm ${formatNumber(old.total)} → ${formatNumber(u.total)}`);
    if (old.classification !== u.classification) changes.push(`xếp loại ${old.classification ?? 'chưa xếp loại'} → ${u.classification ?? 'chưa xếp loại'}`);
    if (old.rank !== u.rank) changes.push(`hạng ${old.rank ?? '—'} → ${u.rank ?? '—'}`);
    const proposed = (x: RecordedUnit) => x.proposals.filter((p) => p.proposed).map((p) => p.formLabel).join(', ') || 'không đề xuất';
    if (proposed(old) !== proposed(u)) changes.push(`khen thưởng: ${proposed(old)} → ${proposed(u)}`);
    if (changes.length > 0) lines.push(`${u.unitName}: ${changes.join('; ')}.`);
  }
  for (const [k, u] of before) if (!after.has(k)) lines.push(`Đơn vị không còn trong lần chấm này: ${u.unitName}.`);
  return lines;
}

/**
 * What of the folder is not the run's record, by content, one Vietnamese line a file: a copy missing, unreadable, or
 * not the bytes the run wrote (edited, half written, another run's), and a copy the run did not write. Undefined for
 * a record that does not hold its copies' contents (written by an earlier version): it cannot vouch for them.
 */
export function copiesUnlikeRecord(record: RunRecord, found: readonly FoundDigest[]): string[] | undefined {
  if (!record.copies) return undefined;
  const now = new Map(found.map((d) => [d.name, d]));
  const lines: string[] = [];
  for (const c of record.copies) {
    const d = now.get(c.name);
    if (d === undefined) lines.push(`Thiếu tệp ${c.name} của lần chấm.`);
    else if ('unreadable' in d) lines.push(d.unreadable);
    else if (d.sha256 !== c.sha256) lines.push(`Tệp ${c.name} không phải bản lần chấm đã ghi (nội dung khác: đã sửa, ghi dở, hoặc của một lượt chấm khác).`);
  }
  const recorded = new Set(record.copies.map((c) => c.name));
  for (const d of found) if (!recorded.has(d.name)) lines.push('unreadable' in d ? d.unreadable : `Tệp ${d.name} không thuộc lần chấm này: hãy chuyển nó ra khỏi thư mục.`);
  return lines;
}

/** The round a new closing gets: the next number after the last closed one. */
export function nextRoundNumber(rounds: readonly ClosedRound[]): number {
  return rounds.reduce((n, r) => Math.max(n, r.number), 0) + 1;
}

/** What closing does with a run: a first or changed round closed, nothing when it is as closed, a reason asked for. */
export type CloseOutcome =
  | { kind: 'closed'; round: ClosedRound; rounds: ClosedRound[] }
  | { kind: 'unchanged'; last: ClosedRound }
  | { kind: 'needs-reason'; last: ClosedRound; changes: Said[] }
  | { kind: 'open'; open: OpenAtClosing };

/**
 * Closes the run `record` over the scored files (or report sheets) `files` — the same on every face: `thidua close`,
 * the standalone page, the task pane: a result that differs from the last closed round is closed again only with a
 * reason; a result with anything still open (`review`: the council's «Rà soát» as it stands) only when the council
 * says so (`acceptOpen`), and what was open is kept in the round. The new round is sealed, chained to the last.
 * `sheets`: the names the council's sheets have in the workbook now, which its changes name.
 */
export function closeRound(
  rounds: readonly ClosedRound[],
  record: RunRecord,
  files: readonly FileDigest[],
  by: { closedBy: string; closedAt: string; reason?: string },
  covers: Covers,
  checklist: { review: TypedReview; sheets: CouncilSheetNames; acceptOpen: boolean; votes?: VoteSheet; conflicts?: readonly string[]; unsettled?: Partial<Record<CouncilRole, readonly string[]>> },
): CloseOutcome {
  const last = rounds.at(-1);
  const reason = by.reason?.trim() ?? '';
  // «Biểu quyết» claimed by several sheets was read from none: its nominees are not counted unvoted (uncounted says so).
  const unsettledVotes = checklist.unsettled?.votes;
  const voted = checklist.votes && !unsettledVotes ? votesAtClosing(record, checklist.votes) : undefined;
  const counted = openAtClosing(record, checklist.review, checklist.unsettled);
  const uncounted = unsettledVotes ? { uncounted: { ...counted.uncounted, votes: [...unsettledVotes] } } : {};
  const conflicts = [...(checklist.conflicts ?? []), ...(voted?.doubts ?? [])];
  // Every vote of the sheet, those moved under the table with them: a unit edited out of its form is said as such too.
  const onOther = voted ? votedOnOtherResult(record.listed, record.units, checklist.votes!) : [];
  const open = { ...counted, ...uncounted, ...(voted ? { unvoted: voted.unvoted } : {}), ...(voted?.unvotedAt.length ? { unvotedAt: voted.unvotedAt } : {}), ...(voted?.partial.length ? { partlyTyped: voted.partial } : {}), ...(voted?.unlisted.length ? { votedUnlisted: voted.unlisted } : {}), ...(voted?.retyped.length ? { namesRetyped: voted.retyped } : {}), ...(onOther.length > 0 ? { votedOnOther: onOther } : {}), ...(conflicts.length > 0 ? { conflicts } : {}) };
  // A conflict stops the seal whatever else: said first, before a reason is asked that could not help.
  if (blocksClosing(open)) return { kind: 'open', open };
  const decided = decisionsAtClosing(record, checklist.review);
  const gone = decisionsGoneAtClosing(record, checklist.review);
  if (last) {
    const changes = [...changesSinceClosing(last, record, files).map((text) => said(text)), ...(voted ? votesChangedSince(last, voted.recorded, checklist.sheets.votes, checklist.votes) : []), ...decisionsChangedSinceRound(last, record, checklist.review, checklist.sheets.review)];
    if (changes.length === 0) return { kind: 'unchanged', last };
    if (!reason) return { kind: 'needs-reason', last, changes };
  }
  if (openCount(open) > 0 && !checklist.acceptOpen) return { kind: 'open', open };
  const unsealed: Omit<ClosedRound, 'seal'> = {
    number: nextRoundNumber(rounds),
    closedBy: by.closedBy.trim(),
    closedAt: by.closedAt,
    reason,
    covers,
    files: [...files],
    record,
    open,
    decisions: decided,
    ...(gone.length > 0 ? { decisionsGone: gone } : {}),
    ...(voted?.recorded ? { votes: voted.recorded } : {}),
  };
  const round: ClosedRound = { ...unsealed, seal: sealOf(unsealed, last?.seal) };
  return { kind: 'closed', round, rounds: [...rounds, round] };
}

/**
 * What the council typed since `last` was sealed, in closing's words: its vote (`typed.votes`, «Biểu quyết» as read)
 * and its decisions on «Rà soát» (`typed.review`) — what a run over the closed round, the pane's check and `thidua
 * verify` say beside the result's changes, as closing names them: each sheet by its name in the workbook now (`sheets`).
 */
export function councilChangedSince(last: ClosedRound, record: RunRecord, typed: { review: TypedReview; votes?: VoteSheet | undefined }, sheets: CouncilSheetNames): Said[] {
  const votes = typed.votes ? votesChangedSince(last, votesAtClosing(record, typed.votes).recorded, sheets.votes, typed.votes) : [];
  return [...votes, ...decisionsChangedSinceRound(last, record, typed.review, sheets.review)];
}

/**
 * A vote typed or changed since the round was closed: a change of the result the papers are written from — then, given
 * the sheet as read (`sheet`), each field of the rule and the meeting that differs (meetingChanged) and each nominee
 * whose vote differs, at its cells (nomineesChanged). `named`: the name
 * «Biểu quyết» has in the workbook now (the council may have renamed it), which every line says.
 */
export function votesChangedSince(last: ClosedRound, recorded: RecordedVotes | undefined, named: string, sheet?: Pick<VoteSheet, 'held' | 'typedAt' | 'blankAt' | 'listed'> & MeetingAsTyped): Said[] {
  // Where the date stands is no part of the vote: a row inserted above it, or a round sealed before the cell was kept, is no change.
  const voted = (v: RecordedVotes | undefined) => {
    if (!v) return null;
    const { dateCell: _cell, ...meeting } = v.meeting;
    return { ...v, meeting };
  };
  if (canonicalJson(voted(recorded)) === canonicalJson(voted(last.votes))) return [];
  // Against and abstaining a round sealed without them did not keep (typed beside it, or before thidua kept them): said as such, not as a vote changed.
  const added = recorded?.votes.filter((v) => (v.tally.against ?? v.tally.abstain) !== undefined) ?? [];
  const without = (v: RecordedVotes) => ({ ...v, votes: v.votes.map(({ tally: { against: _a, abstain: _b, ...tally }, ...rest }) => ({ ...rest, tally })) });
  const keptNone = last.votes?.votes.every((v) => (v.tally.against ?? v.tally.abstain) === undefined);
  if (recorded && added.length > 0 && keptNone && canonicalJson(voted(without(recorded))) === canonicalJson(voted(last.votes))) {
    return [said(`Số không đồng ý, không biểu quyết ghi ở trang «${named}» chưa có trong lần chốt này (${added.map((v) => `${v.unitName}: ${countsShown(countsOf(v.tally))}`).join('; ')}): chốt lại để niêm phong và ghi vào biên bản.`, named)];
  }
  return [said(`Kết quả biểu quyết ở trang «${named}» đã khác lần chốt.`, named), ...(sheet ? [...meetingChanged(last.votes, named, sheet), ...nomineesChanged(last.votes, recorded, named, sheet)] : [])];
}

/**
 * Each nominee whose vote as read now (`now`) is not the one the round sealed — its counts, its note, its finding, or the council's
 * «Không đề nghị» (RecordedVotes.declined) —, a line each with its cells: «Trang «Biểu quyết», ô E13:G13, E14:G14: Công an
 * xã Ta Ma (Giấy khen …): khi chốt 9/8/7; nay 2 kết quả khác nhau (9/8/7; 9/8/6), chưa tính kết quả nào.» — what differs,
 * where the council corrects it, never which to keep.
 */
function nomineesChanged(sealed: RecordedVotes | undefined, now: RecordedVotes | undefined, named: string, sheet: Pick<VoteSheet, 'held' | 'typedAt' | 'blankAt' | 'listed'>): Said[] {
  // Each nominee's decision: its vote, or its «Không đề nghị» (a row with no count).
  const byKey = (v: RecordedVotes | undefined) => new Map<string, Vote | Nominee>([...(v?.declined ?? []), ...(v?.votes ?? [])].map((x) => [nomineeKey(x), x]));
  const [before, after] = [byKey(sealed), byKey(now)];
  // A vote with its note and the council's finding on its band's condition, as typed: a finding retyped alone is seen.
  const finding = (v: Vote) => (v.finding?.trim() ? ` («${FINDING_HEADER}»: «${v.finding.trim()}»)` : '');
  const shown = (v: Vote | Nominee) => ('tally' in v ? `${countsShown(countsOf(v.tally))}${v.note.trim() ? ` «${v.note.trim()}»` : ''}${finding(v)}` : `«${DECLINE_NOTE}»`);
  const heldNow = (key: string) => {
    const rows = sheet.held.filter((h) => nomineeKey(h) === key && [h.members, h.present, h.inFavour].some((c) => c.trim() !== ''));
    if (rows.length > 1) return `${rows.length} kết quả khác nhau (${rows.map((h) => countsShown(h)).join('; ')}), chưa tính kết quả nào`;
    return rows.length === 1 ? `${countsShown(rows[0]!)} (chưa đọc được)` : 'chưa có kết quả biểu quyết';
  };
  return [...new Set([...before.keys(), ...after.keys()])].flatMap((key) => {
    const [s, n] = [before.get(key), after.get(key)];
    if (s && n && canonicalJson(s) === canonicalJson(n)) return [];
    const v = (s ?? n)!;
    // A row left with no count or note is still the nominee's row: named by its unit's cells (`listed` where the sheet
    // was read with the last run's rows in it, as the pane's check reads it).
    const cells = sheet.typedAt?.[key] ?? sheet.blankAt?.[key] ?? sheet.listed?.find((n) => nomineeKey(n) === key)?.where;
    return [{ text: `Trang ${sheetCells(named, cells)}: ${v.unitName} (${v.form}): khi chốt ${s ? shown(s) : 'chưa có kết quả biểu quyết'}; nay ${n ? shown(n) : heldNow(key)}.`, ...wherePlace(named, cells) }];
  });
}

/**
 * A report sheet as the unit typed it, as text: what the task pane hashes for each sheet of the open workbook
 * (the workbook itself changes as it is scored and closed; its reports do not). Scoring's own columns are not in it.
 */
export function reportContent(report: UnitReport): string {
  return inputCells(report)
    .map((c) => `${c.address}=${JSON.stringify(c.value)}`)
    .sort()
    .join('\n');
}

/**
 * The seal code typed from the paper the council signed against the last round closed, on every face: undefined when
 * it matches; else a code mistyped (told as such), or whether it is an earlier round's or none of them (a folder replaced, or edited and its seal
 * computed again).
 */
export function paperSealProblem(typed: string, rounds: readonly ClosedRound[]): string | undefined {
  const mistyped = sealMistyped(typed);
  if (mistyped) return mistyped;
  const last = rounds.at(-1)!;
  if (matchesSeal(typed, last.seal)) return undefined;
  const earlier = rounds.find((r) => matchesSeal(typed, r.seal));
  return earlier
    ? `Mã niêm phong ${typed} là của lần chốt ${earlier.number} (${describeRound(earlier)}); thư mục nay theo lần chốt ${last.number} (${describeRound(last)}, mã ${sealCode(last.seal)}): không phải kết quả trên giấy ấy.`
    : `Mã niêm phong trên giấy (${typed}) không khớp thư mục (mã ${sealCode(last.seal)}): thư mục không phải kết quả Hội đồng đã ký — đã bị thay, hoặc sửa rồi tính lại niêm phong.`;
}

/** «lần 2, 24/11/2025 09:30, Lò Văn Thành». */
export function describeRound(round: Pick<ClosedRound, 'number' | 'closedAt' | 'closedBy'>): string {
  return `lần ${round.number}, ${formatDateVi(round.closedAt.slice(0, 10))} ${round.closedAt.slice(11, 16)}, ${round.closedBy}`;
}

// Made for issue 26 item 2: the council closes a round («Chốt kết quả»), `thidua verify` checks a folder against it,
// and a later run never changes a closed result without saying what changed.
