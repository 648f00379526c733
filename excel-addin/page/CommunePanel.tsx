// «Chấm cả xã» on the standalone page: many files in (chosen, dropped or a whole folder; more added
// later; one removed), the criteria from their own file or a built-in set (kept while the page is open),
// each file's state, scoring in the page's own thread with progress and «Hủy», one download.
import { criteriaFromText, usePane } from '../shared/pane-context.js';
import { Button, Dropdown, Option, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { RosterUnit } from '../../core/ranking/roster.js';
import { builtinSets } from '../actions/criteria.js';
import { Cancelled, FILE_STATE_LABEL, isRunSummary, PreviousRefused, runCommune, runDownloadName, wrongSetLine, type ChosenFile, type CommuneRun, type FileState } from './commune-run.js';
import { finalDecision, takeReviewStep, type CouncilDecision, type ReviewStep } from '../../core/council/decision.js';
import { flagOfUnit } from '../../core/council/merge.js';
import type { Flag } from '../../core/flags/flag.js';
import { decisionEffect } from '../../core/ranking/council-effect.js';
import { councilCounts } from '../../core/run/open-flags.js';
import { cardKey, type ScoreCard } from '../../core/scoring/score-card.js';
import { flagTitle } from '../../core/checks/titles.js';
import { DECISION_LABEL } from '../shared/DecideFlag.js';
import { VoteList } from '../shared/VoteList.js';
import { nomineeKey, tallyText, type Vote } from '../../core/council/vote.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { CRITERIA_FILE_TYPES, readCriteriaFile, type CriteriaFromFile } from './criteria-file.js';
import { isoDate } from '../actions/score.js';
import { DecisionsRead } from './DecisionsRead.js';
import { saveFile } from '../shared/save-file.js';
import { WorkerThread } from './worker-thread.js';
import { CommuneCouncil, NOT_CLOSED } from './CommuneCouncil.js';
import { UnderstoodTree } from '../shared/UnderstoodTree.js';
import { Step, STEP_TITLES } from './Step.js';
import { CouncilView } from '../shared/CouncilView.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  drop: { padding: tokens.spacingVerticalM, border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, textAlign: 'center' },
  dropping: { backgroundColor: tokens.colorBrandBackground2 },
  table: { borderCollapse: 'collapse', width: '100%', '& td, & th': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' } },
  error: { color: tokens.colorPaletteRedForeground1, whiteSpace: 'pre-line' },
  said: { whiteSpace: 'pre-line' },
});

/** `said`: the table taken among several, as the command line says it (what the reader filled in is listed under the tree). */
type Criteria = { set: CriteriaSet; roster: RosterUnit[]; shown: string; said?: string };
/** A chosen file; `criteria`: it is the criteria workbook, chosen with the reports (not scored). */
type Line = ChosenFile & { skipped?: string; criteria?: boolean };

/** Files a folder holds that are not chosen: Excel's lock files and thidua's own scored copies. */
const isOwnOrLock = (name: string) => /(^|[/\\])~\$/.test(name) || /\.cham-diem\.xlsx$/i.test(name);

/** Every file under a dropped folder, with its path inside it. */
async function filesOf(entry: FileSystemEntry, into: Line[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    into.push(line(file, entry.fullPath.replace(/^\//, '')));
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const e of batch) await filesOf(e, into);
    }
  }
}

const isDocx = (name: string) => /\.docx?$/i.test(name);
/** Why a chosen Word document is not scored (it is read as the criteria when none are chosen yet). */
const DOCX_NOT_REPORT = 'văn bản Word: chỉ dùng làm bộ tiêu chí, không phải sổ tính báo cáo .xlsx';

function line(file: File, name: string): Line {
  const skipped = isDocx(name) ? DOCX_NOT_REPORT : !/\.xlsx$/i.test(name) ? 'không phải sổ tính .xlsx' : undefined;
  return { name, file, lastModified: file.lastModified, ...(skipped ? { skipped } : {}) };
}

export function CommunePanel() {
  const { t, chooseSet, set, chosen, criteriaFrom, setCommune } = usePane();
  const s = useStyles();
  const [criteria, setCriteria] = useState<Criteria>();
  const [criteriaError, setCriteriaError] = useState<string>();
  const [builtins, setBuiltins] = useState<readonly CriteriaSet[]>([]);
  const [files, setFiles] = useState<Line[]>([]);
  const [states, setStates] = useState<Map<string, FileState>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number; writing: boolean }>();
  const [result, setResult] = useState<CommuneRun>();
  const [message, setMessage] = useState<string>();
  const [dropping, setDropping] = useState(false);
  /** The council's decisions taken on this page for the chosen set: every run reads them as its latest «Rà soát». */
  const [council, setCouncil] = useState<CouncilDecision[]>([]);
  /** What the last decision did, said at the top of step 4. */
  const [decided, setDecided] = useState<string>();
  /** The council's vote typed on this page, nominee by nominee, read into every run as «Biểu quyết». */
  const [votes, setVotes] = useState<Vote[]>([]);
  const thread = useRef<WorkerThread | undefined>(undefined);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const criteriaInput = useRef<HTMLInputElement>(null);
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
  }, [criteria?.set]);
  // The one-workbook tabs say where the commune's flags are decided, rather than «nothing yet».
  useEffect(() => {
    const flags = result?.run.cards.reduce((n, c) => n + c.flags.length, 0) ?? 0;
    setCommune(result && result.run.cards.length > 0 ? { units: result.run.cards.length, flags, undecided: councilCounts(result.run.cards, result.decisions).undecided } : undefined);
  }, [result]);

  const add = async (more: Line[]) => {
    const kept = more.filter((f) => !isOwnOrLock(f.name));
    setResult(undefined);
    // Chosen with the reports and no set chosen yet: the first file that holds a criteria table is the set (a Word
    // document first, then a workbook whose name says «tiêu chí»); an all-in-one scoring sheet is the set and a report.
    // A Word document that holds none says on its line which tables it has and why none was taken.
    if (!criteria) {
      const order = (f: Line) => (isDocx(f.name) ? 0 : /ti[eê]u[-_ ]?ch[ií]/i.test(f.name.normalize('NFC')) ? 1 : 2);
      for (const f of [...kept].filter((x) => (!x.skipped || isDocx(x.name)) && !isRunSummary(x.name)).sort((a, b) => order(a) - order(b))) {
        const read = await readCriteriaFile(f.file, f.name);
        if (!read.ok) {
          if (isDocx(f.name)) f.skipped = read.message;
          continue;
        }
        takeSet(read);
        delete f.skipped;
        if (!read.alsoReports) f.criteria = true;
        break;
      }
    }
    // Listed and scored in name order, as the command line walks a folder (whatever order the browser gave them in).
    setFiles((old) => [...old.filter((o) => !kept.some((k) => k.name === o.name)), ...kept].sort((a, b) => a.name.localeCompare(b.name)));
  };
  const remove = (name: string) => {
    setFiles((old) => old.filter((f) => f.name !== name));
    setResult(undefined);
  };

  const takeSet = (read: Extract<CriteriaFromFile, { ok: true }>) => {
    setCriteriaError(undefined);
    chooseSet(read.set, { document: read.where }, { notices: read.notices, confirmed: false });
    const said = read.choice;
    setCriteria({
      set: read.set,
      roster: read.roster,
      shown: `${read.set.title} — ${read.where} (${read.set.criteria.length} tiêu chí${read.roster.length > 0 ? `, danh sách ${read.roster.length} đơn vị` : ''})`,
      ...(said ? { said } : {}),
    });
    setResult(undefined);
  };
  const chooseCriteriaFile = async (file: File) => {
    const read = await readCriteriaFile(file, file.name);
    if (!read.ok) return setCriteriaError(read.message);
    takeSet(read);
  };

  const score = async (decisions: readonly CouncilDecision[] = council, voted: readonly Vote[] = votes): Promise<CommuneRun | undefined> => {
    if (!criteria || unconfirmed) return undefined;
    const reports = files.filter((f) => !f.skipped && !f.criteria);
    thread.current = new WorkerThread();
    setStates(new Map());
    setMessage(undefined);
    setProgress({ done: 0, total: reports.filter((f) => !isRunSummary(f.name)).length, writing: false });
    try {
      const run = await runCommune(reports, {
        set: criteria.set,
        roster: criteria.roster,
        date: isoDate(new Date()),
        thread: thread.current,
        progress: (done, total, writing) => setProgress({ done, total, writing }),
        council: decisions,
        votes: voted,
      });
      setResult(run);
      setStates(run.states);
      const ranked = run.run.ranking.reduce((n, g) => n + g.entries.length, 0);
      setMessage([wrongSetLine(run.states), `Đã chấm ${run.run.cards.length} đơn vị, xếp hạng ${ranked}, đề xuất ${run.run.proposals.filter((p) => p.proposed).length} lượt khen thưởng.`, ...run.decisionsSaid].filter(Boolean).join('\n'));
      return run;
    } catch (e) {
      setMessage(
        e instanceof Cancelled ? 'Đã hủy lượt chấm; chưa có gì được tải về.' : e instanceof PreviousRefused ? e.message : `Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      thread.current?.close();
      thread.current = undefined;
      setProgress(undefined);
    }
    return undefined;
  };

  /** A nominee's tally typed in step 4: recorded as the council's, the run scored again with it, what it does said at once. */
  const vote = async (v: Vote) => {
    const next = [...votes.filter((x) => nomineeKey(x) !== nomineeKey(v)), v];
    setVotes(next);
    setDecided(undefined);
    const run = await score(council, next);
    const rule = run?.votes.rule;
    if (run && rule) setDecided(t('voteSaved', { unit: v.unitName, form: v.form, tally: tallyText(v.tally, rule) }));
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
    const run = await score(next);
    const after = run?.run.cards.find((c) => cardKey(c) === cardKey(card));
    const inForce = run?.decisions.find((d) => flagOfUnit(d) === flagOfUnit(taken));
    if (!after || !inForce || !criteria) return;
    const what = `${card.unitName} — ${flagTitle(flag.code)}${flag.cell ? ` (ô ${flag.cell})` : ''}`;
    setDecided(t('decideSaved', { decision: t(step.kind === 'explanation' ? 'reviewExplanation' : DECISION_LABEL[finalDecision(inForce)]), flag: what, effect: decisionEffect(inForce, after, criteria.set.council.onRejectedFigure) }));
  };

  /** «3 cảnh báo, 1 lỗi»: the flags the run gave the file's units (as its scored copy and «Rà soát» list them). */
  const flagsOfFile = (name: string): string => {
    const flags = result?.run.cards.filter((c) => c.file === name).flatMap((c) => c.flags) ?? [];
    const errors = flags.filter((x) => x.severity === 'error').length;
    return flags.length === 0 ? 'không có cảnh báo' : `${flags.length} cảnh báo${errors > 0 ? `, ${errors} lỗi` : ''}`;
  };
  const stateText = (f: Line): string => {
    if (f.skipped) return `bỏ qua: ${f.skipped}`;
    if (f.criteria) return 'bộ tiêu chí (không chấm)';
    const st = states.get(f.name);
    if (!st) return busy ? 'đang chờ' : 'chưa chấm';
    const label = FILE_STATE_LABEL[st.state];
    if (st.state === 'loi' || st.state === 'trung') return `${label}: ${st.reason}`;
    if (st.state === 'da-cham') {
      const scored = `${label} (${st.units} đơn vị) · ${flagsOfFile(f.name)}`;
      return st.note ? `${st.note} — ${scored}` : scored;
    }
    if (st.state === 'quyet-dinh') return `${label}: đọc ${st.decisions} quyết định`;
    return label;
  };

  const scorable = files.filter((f) => !f.skipped && !f.criteria);
  const notToScore = !criteria
    ? 'Chọn bộ tiêu chí ở bước 1 (hoặc chọn tệp bộ tiêu chí cùng các báo cáo ở bước 2).'
    : unconfirmed
      ? 'Xác nhận bộ tiêu chí ở bước 1 trước: xem bảng phần mềm đã hiểu rồi bấm «Xác nhận bộ tiêu chí để chấm».'
      : scorable.length === 0
        ? 'Chọn ít nhất một tệp báo cáo .xlsx ở bước 2.'
        : undefined;
  return (
    <section className={s.panel} aria-label="Chấm cả xã">
      <Text weight="semibold" as="h2">{t('communeTitle')}</Text>
      <Step n={1} title={STEP_TITLES[0]}>
        <div className={s.row}>
          <Text>{t('communeCriteria')}</Text>
          <Text weight="semibold" aria-label="Bộ tiêu chí đang dùng">{criteria ? criteria.shown : 'chưa chọn'}</Text>
        </div>
        <div className={s.row}>
          <input ref={criteriaInput} hidden type="file" accept={CRITERIA_FILE_TYPES} aria-label="Tệp bộ tiêu chí" onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void chooseCriteriaFile(f);
          }} />
          <Button disabled={busy} onClick={() => criteriaInput.current?.click()}>{t('communeChooseCriteria')}</Button>
          <Dropdown disabled={busy} aria-label="Bộ tiêu chí có sẵn cho cả xã" placeholder="hoặc bộ có sẵn" onOptionSelect={(_, d) => {
            const set = builtins.find((b) => b.id === d.optionValue);
            if (set) {
              setCriteria({ set, roster: [], shown: `${set.title} (bộ có sẵn)` });
              chooseSet(set, { builtin: set.id });
            }
            setCriteriaError(undefined);
            setResult(undefined);
          }}>
            {builtins.map((b) => <Option key={b.id} value={b.id}>{b.title}</Option>)}
          </Dropdown>
        </div>
        {criteria?.said && <Text size={200} className={s.said} aria-label="Bộ tiêu chí: bảng đã dùng">{criteria.said}</Text>}
        {/* What was understood, beside what was filled in: seen before step 3 scores with it. */}
        {criteria && <UnderstoodTree set={criteria.set} />}
        {criteriaError && <Text className={s.error} role="alert">{criteriaError}</Text>}
      </Step>
      <Step n={2} title={STEP_TITLES[1]}>
        <div className={`${s.drop} ${dropping ? s.dropping : ''}`} aria-label="Thả tệp hoặc thư mục vào đây"
          onDragOver={(e) => { e.preventDefault(); setDropping(true); }}
          onDragLeave={() => setDropping(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDropping(false);
            const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry()).filter((x): x is FileSystemEntry => x !== null);
            const found: Line[] = [];
            void Promise.all(entries.map((en) => filesOf(en, found))).then(() => add(found));
          }}>
          <Text>{t('communeDrop')}</Text>
          <div className={s.row} style={{ justifyContent: 'center' }}>
            <input ref={filesInput} hidden type="file" multiple accept=".xlsx,.docx,.doc" aria-label="Tệp báo cáo" onChange={(e) => {
              void add([...(e.target.files ?? [])].map((f) => line(f, f.name)));
              e.target.value = '';
            }} />
            <input ref={folderInput} hidden type="file" {...{ webkitdirectory: '' }} aria-label="Thư mục báo cáo" onChange={(e) => {
              void add([...(e.target.files ?? [])].map((f) => line(f, f.webkitRelativePath || f.name)));
              e.target.value = '';
            }} />
            <Button disabled={busy} onClick={() => filesInput.current?.click()}>{t('communeChooseReports')}</Button>
            <Button disabled={busy} onClick={() => folderInput.current?.click()}>{t('communeChooseFolder')}</Button>
          </div>
        </div>
        {files.length > 0 && (
          <table className={s.table} aria-label="Tệp đã chọn">
            <thead><tr><th>{t('communeFile')}</th><th>{t('communeState')}</th><th /></tr></thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.name} data-file={f.name}>
                  <td>{f.name}</td>
                  <td className={s.said} data-state={f.skipped ? 'bo-qua' : f.criteria ? 'tieu-chi' : (states.get(f.name)?.state ?? 'cho')}>{stateText(f)}</td>
                  <td><Button size="small" disabled={busy} aria-label={`${t('communeRemove')} ${f.name}`} onClick={() => remove(f.name)}>{t('communeRemove')}</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Step>
      <Step n={3} title={STEP_TITLES[2]} notYet={busy || result ? undefined : notToScore}>
        <div className={s.row}>
          <Button appearance="primary" disabled={busy || notToScore !== undefined} onClick={() => void score()}>
            Chấm {scorable.length} tệp
          </Button>
          {busy && <Button onClick={() => thread.current?.close()}>{t('communeCancel')}</Button>}
          {result?.download && !busy && (
            <Button appearance="primary" onClick={() => saveFile(result.download!.bytes, runDownloadName(result), result.download!.type)}>
              Tải kết quả: {runDownloadName(result)}
            </Button>
          )}
        </div>
        {progress && (
          <div aria-label="Tiến độ">
            <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} />
            <Text role="status">{progress.writing ? 'Đang ghi bản đã chấm' : 'Đang chấm'} {progress.done}/{progress.total} tệp</Text>
          </div>
        )}
        {message && <Text role="status" aria-label="Kết quả lượt chấm" className={s.said}>{message}</Text>}
      </Step>
      {result && criteria ? (
        <CommuneCouncil set={criteria.set} result={result} setResult={setResult} busy={busy} decided={decided} review={(reviewer, date) => (
          <>
            <DecisionsRead decisions={result.decisions.filter((d) => !council.some((c) => flagOfUnit(c) === flagOfUnit(d)))} className={s.table} />
            {result.run.cards.length > 0 && (
              <CouncilView cards={result.run.cards} ranking={result.run.ranking} proposals={result.run.proposals} decisions={result.decisions} policy={criteria.set.council.onRejectedFigure}
                decide={{ reviewer, date, busy, take: (card, flag, current, step) => void decide(card, flag, current, step) }} />
            )}
            <VoteList nominees={nomineesOf(result.run.proposals)} votes={result.votes} busy={busy} record={(v) => void vote(v)} />
          </>
        )} />
      ) : (
        <>
          <Step n={4} title={STEP_TITLES[3]} notYet={AFTER_SCORING} />
          <Step n={5} title={STEP_TITLES[4]} notYet={AFTER_SCORING} />
          <Step n={6} title={STEP_TITLES[5]} notYet={NOT_CLOSED} />
        </>
      )}
    </section>
  );
}

/** Why the council's steps wait. */
const AFTER_SCORING = 'Chấm ở bước 3 trước: Hội đồng rà soát và chốt trên kết quả chấm.';

// Made for: the officer without Microsoft 365 scoring a whole commune's files in one offline page.
