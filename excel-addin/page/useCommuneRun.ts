// The state of «Chấm cả xã» on the standalone page and what the officer does to it: the set (step 1), the files
// (step 2), the run in the page's own thread (step 3), and the council's decisions and votes typed in step 4, each
// scoring the run again. The views (CommuneCriteriaStep, CommuneFilesStep, CommuneScoreStep) only draw it.
import { useEffect, useRef, useState } from 'react';
import { flagTitle } from '../../core/checks/titles.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { itemCount } from '../../core/criteria/sheet/understood.js';
import { finalDecision, takeReviewStep, type CouncilDecision, type ReviewStep } from '../../core/council/decision.js';
import { flagOfUnit } from '../../core/council/merge.js';
import { nomineeKey, type FaceVote, type Meeting } from '../../core/council/vote.js';
import type { Flag } from '../../core/flags/flag.js';
import { decisionEffect } from '../../core/ranking/council-effect.js';
import { councilCounts } from '../../core/run/open-flags.js';
import { cardKey, type ScoreCard } from '../../core/scoring/score-card.js';
import { builtinSets } from '../actions/criteria.js';
import { officerDay } from '../../core/values.js';
import { DECISION_LABEL } from '../shared/DecideFlag.js';
import type { PostingSaid } from '../shared/MeetingFields.js';
import { postingDownload } from '../shared/papers-download.js';
import { saveFile } from '../shared/save-file.js';
import { criteriaFromText, usePane } from '../shared/pane-context.js';
import { decisionEntry, voteEntry, type FaceFileConflict, type KeptEntry } from '../../core/run/face-and-file.js';
import { CouncilDiffers, runCommune, type CommuneRun, type FileState } from './commune-run.js';
import { criteriaCandidates, failureSaid, isDocx, isOwnOrLock, reportsOf, runSaid, whyNotScore, withFiles, type CommuneCriteria, type Line } from './commune-files.js';
import { readCriteriaFile, type CriteriaFromFile } from './criteria-file.js';
import { handBack, takeThread, type WorkerThread } from './worker-thread.js';
import { voteSaid } from '../shared/VoteList.js';

export type Progress = { done: number; total: number; writing: boolean };

/**
 * How often a run's progress is drawn: drawn at each step, the panel was drawn again twice a file, and 60 workbooks
 * took 1.42 s instead of 1.17 s (bench `standalone`, the page's thread the busier one).
 */
const PROGRESS_MS = 100;

/**
 * `show` given each progress at once when none was shown in the last PROGRESS_MS, else the latest at the end of them
 * (the first file's step is seen at once, the last one too); `stop` drops one still waiting, as the run ends.
 */
function everyFew(show: (p: Progress) => void): { next: (p: Progress) => void; stop: () => void } {
  let waiting: Progress | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shown = (p: Progress) => {
    show(p);
    timer = setTimeout(() => {
      const next = waiting;
      waiting = undefined;
      if (next) shown(next);
      else timer = undefined;
    }, PROGRESS_MS);
  };
  return {
    next: (p) => {
      if (timer) waiting = p;
      else shown(p);
    },
    stop: () => clearTimeout(timer),
  };
}

export function useCommuneRun() {
  const { t, chooseSet, set, chosen, criteriaFrom, setCommune } = usePane();
  const [criteria, setCriteria] = useState<CommuneCriteria>();
  const [criteriaError, setCriteriaError] = useState<string>();
  const [builtins, setBuiltins] = useState<readonly CriteriaSet[]>([]);
  const [files, setFiles] = useState<Line[]>([]);
  const [states, setStates] = useState<Map<string, FileState>>(new Map());
  const [progress, setProgress] = useState<Progress>();
  const [result, setResult] = useState<CommuneRun>();
  const [message, setMessage] = useState<string>();
  /** The council's decisions taken on this page for the chosen set: every run reads them as its latest «Rà soát». */
  const [council, setCouncil] = useState<CouncilDecision[]>([]);
  /** What the last decision did, said at the top of step 4. */
  const [decided, setDecided] = useState<string>();
  /** The council's vote typed on this page, nominee by nominee, read into every run as «Biểu quyết». */
  const [votes, setVotes] = useState<FaceVote[]>([]);
  /** The meeting typed on this page, read into every run as the one «Biểu quyết» holds. */
  const [meeting, setMeeting] = useState<Meeting>();
  /** Which entry the officer kept where the page's and a tong-hop.xlsx chosen again differ; and those still to choose. */
  const [kept, setKept] = useState<KeptEntry[]>([]);
  const [conflicts, setConflicts] = useState<readonly FaceFileConflict[]>([]);
  const thread = useRef<WorkerThread | undefined>(undefined);
  useEffect(() => void builtinSets().then(setBuiltins), []);
  // One criteria state on the page: a set chosen for the open workbook (tab «Tiêu chí») is the commune's too, and
  // the commune's is the workbook's (takeSet and the built-in list call chooseSet).
  useEffect(() => {
    if (!set || set === criteria?.set) return;
    setCriteria({ set, roster: [], shown: `${set.title} — ${criteriaFrom ? criteriaFromText(t, criteriaFrom) : ''}` });
    setResult(undefined);
  }, [set]);
  const busy = progress !== undefined;
  /** The set in step 1 was read with notices the officer has not confirmed yet: step 3 waits for it. */
  const unconfirmed = criteria !== undefined && chosen?.set === criteria.set && chosen.understood?.confirmed === false;
  useEffect(() => {
    setCouncil([]);
    setVotes([]);
    setMeeting(undefined);
    setKept([]);
  }, [criteria?.set]);
  // The one-workbook tabs say where the commune's flags are decided, rather than «nothing yet».
  useEffect(() => {
    const flags = result?.run.cards.reduce((n, c) => n + c.flags.length, 0) ?? 0;
    setCommune(result && result.run.cards.length > 0 ? { units: result.run.cards.length, flags, undecided: councilCounts(result.run.cards, result.decisions).undecided } : undefined);
  }, [result]);

  /** A set read from `file`: shown, and — its workbook holding criteria on several sheets — the others offered. */
  const takeSet = (read: Extract<CriteriaFromFile, { ok: true }>, file: { file: Blob; name: string }) => {
    setCriteriaError(undefined);
    chooseSet(read.set, { document: read.where }, { notices: read.notices, reconciliation: read.reconciliation, confirmed: false });
    const said = read.choice;
    // Counted as `criteria import` counts it: an item scored by its parts is one.
    const count = itemCount(read.set);
    setCriteria({
      set: read.set,
      roster: read.roster,
      shown: `${read.set.title} — ${read.where} (${count.items} tiêu chí${count.parts}${read.roster.length > 0 ? `, danh sách ${read.roster.length} đơn vị` : ''})`,
      ...(said ? { said } : {}),
      ...(read.sheet && read.sheets && { sheets: { ...file, taken: read.sheet, choices: read.sheets } }),
    });
    setResult(undefined);
  };

  const add = async (more: Line[]) => {
    const kept = more.filter((f) => !isOwnOrLock(f.name));
    setResult(undefined);
    // No set chosen yet: the first file that holds a criteria table is the set. A Word document that holds none, and a
    // workbook whose criteria table is refused and that holds no report, say on their line why they were not taken —
    // in the words the command line refuses that file with as --criteria.
    if (!criteria) {
      for (const f of criteriaCandidates(kept)) {
        const read = await readCriteriaFile(f.file, f.name);
        if (!read.ok) {
          if (isDocx(f.name) || read.notReport) f.skipped = read.message;
          continue;
        }
        takeSet(read, f);
        delete f.skipped;
        if (!read.alsoReports) f.criteria = true;
        break;
      }
    }
    setFiles((old) => withFiles(old, kept));
  };
  const remove = (name: string) => {
    setFiles((old) => old.filter((f) => f.name !== name));
    setResult(undefined);
  };
  const chooseCriteriaFile = async (file: File) => {
    const read = await readCriteriaFile(file, file.name);
    if (!read.ok) return setCriteriaError(read.message);
    takeSet(read, { file, name: file.name });
  };
  /** Another sheet of the criteria workbook taken (as `--sheet` takes it): everything after step 1 then scores with its set. */
  const chooseSheet = async (sheet: string) => {
    const from = criteria?.sheets;
    if (!from || sheet === from.taken) return;
    const read = await readCriteriaFile(from.file, from.name, sheet);
    if (!read.ok) return setCriteriaError(read.message);
    takeSet(read, from);
  };
  const chooseBuiltin = (id: string | undefined) => {
    const builtin = builtins.find((b) => b.id === id);
    if (builtin) {
      setCriteria({ set: builtin, roster: [], shown: `${builtin.title} (bộ có sẵn)` });
      chooseSet(builtin, { builtin: builtin.id });
    }
    setCriteriaError(undefined);
    setResult(undefined);
  };

  const reports = reportsOf(files);
  const score = async (decisions: readonly CouncilDecision[] = council, voted: readonly FaceVote[] = votes, met: Meeting | undefined = meeting, chose: readonly KeptEntry[] = kept): Promise<CommuneRun | undefined> => {
    if (!criteria || unconfirmed) return undefined;
    const running = (thread.current = takeThread());
    const shown = everyFew(setProgress);
    setStates(new Map());
    setMessage(undefined);
    setConflicts([]);
    // Every chosen file until the run has told the run's summary among them by what it holds.
    setProgress({ done: 0, total: reports.length, writing: false });
    try {
      const run = await runCommune(reports, {
        set: criteria.set,
        roster: criteria.roster,
        date: officerDay(),
        thread: running,
        progress: (done, total, writing) => shown.next({ done, total, writing }),
        council: decisions,
        votes: voted,
        ...(met ? { meeting: met } : {}),
        kept: chose,
      });
      // Done: its worker scores the next run (a vote, a decision); a run stopped or failed closes it (finally).
      thread.current = undefined;
      handBack(running);
      setResult(run);
      setStates(run.states);
      setMessage(runSaid(run));
      return run;
    } catch (e) {
      setMessage(failureSaid(e));
      if (e instanceof CouncilDiffers) setConflicts(e.conflicts);
    } finally {
      shown.stop();
      thread.current?.close();
      thread.current = undefined;
      setProgress(undefined);
    }
    return undefined;
  };
  /** «Hủy»: the thread closed, the run stops with Cancelled. */
  const cancel = () => thread.current?.close();

  /**
   * The entry recorded now on the page, typed over what the run's tong-hop.xlsx chosen again holds for the same thing
   * (shown by the last run): the officer's choice, kept while the file holds that.
   */
  const typedOver = (key: string): KeptEntry[] => {
    const file = result?.fromFile[key];
    const others = kept.filter((k) => k.key !== key);
    return file === undefined ? others : [...others, { key, file, keep: 'face' }];
  };

  /** The officer keeps one of two differing entries (the page's, the file's): the run scored again with it. */
  const keep = async (c: FaceFileConflict, which: KeptEntry['keep']) => {
    const next = [...kept.filter((k) => k.key !== c.key), { key: c.key, file: c.file, keep: which }];
    setKept(next);
    await score(council, votes, meeting, next);
  };

  /**
   * A nominee's tally typed in step 4 (or a fallback nominee's «Không đề nghị»): recorded as the council's, the run
   * scored again with it, what it does said at once.
   */
  const vote = async (v: FaceVote) => {
    const next = [...votes.filter((x) => nomineeKey(x) !== nomineeKey(v)), v];
    setVotes(next);
    setDecided(undefined);
    const over = typedOver(voteEntry(v).key);
    setKept(over);
    const run = await score(council, next, meeting, over);
    const rule = run?.votes.rule;
    if (run && rule) setDecided(voteSaid(t, v, rule));
  };

  /** The meeting typed in step 4: recorded as the council's, the run scored again so «Biểu quyết» holds it. */
  const meet = async (m: Meeting) => {
    setMeeting(m);
    setDecided(undefined);
    const run = await score(council, votes, m);
    if (run) setDecided(t('meetingSaved', { votes: run.sheets.votes }));
  };

  /**
   * «Lập danh sách niêm yết» in step 4, before any vote or closing: from the run as scored (its record in tong-hop.xlsx)
   * and the meeting recorded, downloaded as `thidua papers --posting-list` writes it.
   */
  const post = async (from: string | undefined): Promise<PostingSaid> => {
    const record = result?.closing?.record;
    if (!result || !record) return { text: `Chưa lập danh sách niêm yết: ${NO_RECORD}`, error: true };
    const made = await postingDownload(record, result.votes.meeting, from, t('postingWhere'), officerDay(), { review: { decisions: result.decisions, unread: result.unread }, sheets: result.sheets });
    if (!made.ok) return { text: made.text, error: true };
    saveFile(made.bytes, made.name, made.type);
    return { text: made.text, notes: made.notes };
  };

  /**
   * A step of a flag's review taken in step 4: recorded as the council's, the run scored again with it (as the command
   * line reads «Rà soát»), and what it did to the unit said at once.
   */
  const decide = async (card: ScoreCard, flag: Flag, current: CouncilDecision | undefined, step: ReviewStep) => {
    const taken = takeReviewStep({ sheet: flag.sheet, unitName: card.unitName, flagCode: flag.code, ...(flag.cell ? { cell: flag.cell } : {}), ...(flag.criterion ? { criterion: flag.criterion } : {}) }, current, step);
    const next = [...council.filter((d) => flagOfUnit(d) !== flagOfUnit(taken)), taken];
    setCouncil(next);
    setDecided(undefined);
    const over = typedOver(decisionEntry(taken).key);
    setKept(over);
    const run = await score(next, votes, meeting, over);
    const after = run?.run.cards.find((c) => cardKey(c) === cardKey(card));
    const inForce = run?.decisions.find((d) => flagOfUnit(d) === flagOfUnit(taken));
    if (!after || !inForce || !criteria) return;
    const what = `${card.unitName} — ${flagTitle(flag.code)}${flag.cell ? ` (ô ${flag.cell})` : ''}`;
    setDecided(t('decideSaved', { decision: t(step.kind === 'explanation' ? 'reviewExplanation' : DECISION_LABEL[finalDecision(inForce)]), flag: what, effect: decisionEffect(inForce, after, criteria.set.council.onRejectedFigure) }));
  };

  return {
    criteria, criteriaError, builtins, chooseCriteriaFile, chooseSheet, chooseBuiltin,
    files, states, add, remove,
    reports, notToScore: whyNotScore(criteria, unconfirmed, reports.length), busy, progress, message, score, cancel, conflicts, keep,
    result, setResult, council, decided, vote, meet, post, decide,
  };
}

/** Why a run has no posting list: the list is made from the run's record, which only a tong-hop.xlsx holds. */
const NO_RECORD = 'danh sách lập từ kết quả chấm ghi trong tong-hop.xlsx: chấm từ hai tệp báo cáo trở lên.';

/* Made for: «Chấm cả xã»'s state in one hook, so the panel's views only draw and each can be read without the run behind it. */
