// The council's part of «Chấm cả xã» on the standalone page, under the run just scored: where each flag's
// review stands, what each unit would need, «Chốt kết quả» (into the .zip's tong-hop.xlsx, as `thidua close`),
// «Tạo hồ sơ khen thưởng» (the three .docx papers), and a check of chosen files against a closed tong-hop.xlsx.
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { describeReviewStates, REVIEW_STATE_LABEL, reviewState } from '../../core/council/decision.js';
import { flagTitle } from '../../core/checks/titles.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { describeRound } from '../../core/run/closing.js';
import { sealCode } from '../../core/run/seal.js';
import { openCount, openLines, openSummary, type OpenAtClosing } from '../../core/run/open-at-closing.js';
import { standingDecisions } from '../../core/run/decisions-said.js';
import { closeCommuneRun, runReview, verifyChosen, type Verified } from './commune-closing.js';
import { runDownloadName, type ChosenFile, type CommuneRun } from './commune-run.js';
import { papersZip } from '../shared/papers-download.js';
import { notesAfterClosing, papersCheck, papersWaitFor } from '../../core/papers/index.js';
import { SUMMARY_FILE } from '../../core/run/plan-copy.js';
import { saveFile } from '../shared/save-file.js';
import { WhatItTakes } from '../shared/WhatItTakes.js';
import { DecisionDateField, useDecisionDate } from '../shared/DecisionDate.js';
import { ChangedSinceClosing, ClosingFields } from '../shared/ClosingFields.js';
import { handBack, takeThread, type WorkerThread } from './worker-thread.js';
import { usePane } from '../shared/pane-context.js';
import { Step, STEP_TITLES } from './Step.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Runs a step on the page's idle thread (takeThread), handed back once done; closed if the step fails. */
async function onThread<T>(work: (thread: WorkerThread) => Promise<T>): Promise<T> {
  const thread = takeThread();
  try {
    const done = await work(thread);
    handBack(thread);
    return done;
  } catch (e) {
    thread.close();
    throw e;
  }
}

/**
 * `review`: what the page shows of the run first under «Rà soát» (the decisions read, the council's work, deciding with
 * the reviewer and the decision's date typed here: YYYY-MM-DD, undefined while it does not read); `busy`: the run is
 * being scored again (after a decision); `decided`: what the last decision did.
 */
export function CommuneCouncil({ set, result, setResult, review, busy: scoring, decided }: {
  set: CriteriaSet;
  result: CommuneRun;
  setResult(r: CommuneRun): void;
  review(reviewer: string, date: string | undefined): React.ReactNode;
  busy: boolean;
  decided: string | undefined;
}) {
  const s = useStyles();
  const { t } = usePane();
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ where?: 'papers' | 'closed'; text: string; lines?: string[]; error?: boolean }>();
  const [working, setBusy] = useState(false);
  const busy = working || scoring;
  const [reviewer, setReviewer] = useState('');
  const date = useDecisionDate(result.votes.meeting.date);
  /** The closed result's download, beside the message that says it is closed, scrolled to where the officer is. */
  const closedDownload = useRef<HTMLDivElement>(null);
  /** What the first «Chốt kết quả» found open, for the run it was found in: the next click closes anyway. */
  const [open, setOpen] = useState<{ open: OpenAtClosing; of: CommuneRun }>();
  const confirming = open && open.of === result ? open.open : undefined;
  const closing = result.closing;
  const last = closing?.rounds.at(-1);
  const standing = standingDecisions(result.decisions, result.run.cards);
  const pending = standing.filter((d) => reviewState(d) !== 'decided');
  const states = describeReviewStates(standing);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setStatus({ text: t('errorUnexpected', { message: e instanceof Error ? e.message : String(e) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const close = () =>
    act(async () => {
      const { outcome, result: next } = await onThread((thread) => closeCommuneRun(result, { closedBy: by, reason, acceptOpen: confirming !== undefined }, new Date(), thread));
      setOpen(outcome.kind === 'open' ? { open: outcome.open, of: result } : undefined);
      // Before the second click: what closing with nominees not voted on does to the papers.
      if (outcome.kind === 'open') return setStatus({ text: t('closeOpen', { summary: openSummary(outcome.open) }), lines: [...openLines(outcome.open, result.sheets).map((l) => l.text), ...[papersWaitFor(outcome.open, result.sheets)].filter((l) => l !== undefined).map((l) => l.text)], error: true });
      if (outcome.kind === 'unchanged') return setStatus({ text: t('closeUnchanged', { round: describeRound(outcome.last) }) });
      if (outcome.kind === 'needs-reason') return setStatus({ text: t('closeNeedsReason', { round: describeRound(outcome.last) }), lines: outcome.changes.map((c) => c.text), error: true });
      setResult(next);
      const notes = notesAfterClosing(outcome.round, { ...next.sheets, file: SUMMARY_FILE }).map((l) => l.text);
      setStatus({ where: 'closed', text: t('closeDone', { round: describeRound(outcome.round), files: outcome.round.files.length, seal: sealCode(outcome.round.seal) }), ...(notes.length > 0 ? { lines: notes } : {}) });
    });
  useEffect(() => {
    if (status?.where === 'closed') closedDownload.current?.scrollIntoView({ block: 'center' });
  }, [status]);

  const papers = () =>
    act(async () => {
      // As `thidua papers`: nothing written while a nominee has no vote; a text cited outside its dates, a decision typed
      // on «Rà soát» since the seal, said first.
      const check = papersCheck(last!, { ...result.sheets, file: SUMMARY_FILE }, undefined, undefined, runReview(result));
      if (check.unvoted.length > 0) return setStatus({ where: 'papers', text: t('papersUnvoted', { round: describeRound(last!), count: check.unvoted.length }), lines: check.unvoted.map((l) => l.text), error: true });
      const zip = await papersZip(last!);
      saveFile(zip.bytes, zip.name, zip.type);
      setStatus({ where: 'papers', text: t('papersDone', { round: describeRound(last!), name: zip.name, terms: zip.terms }), ...(check.warnings.length > 0 ? { lines: check.warnings.map((l) => l.text) } : {}) });
    });

  /** The answer under the step it answers (a close's, or an unexpected error's, under «Chốt»). */
  const said = (where: 'close' | 'papers') =>
    status && (status.where === 'closed' ? 'close' : (status.where ?? 'close')) === where && (
      <div role="status" aria-label="Chốt kết quả">
        <Text className={status.error ? s.error : undefined}>{status.text}</Text>
        {status.lines && <ul className={s.lines}>{status.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>}
        {status.where === 'closed' && result.download && (
          <div ref={closedDownload} className={s.row}>
            <Button appearance="primary" onClick={() => saveFile(result.download!.bytes, runDownloadName(result), result.download!.type)}>
              {`Tải kết quả đã chốt: ${runDownloadName(result)}`}
            </Button>
          </div>
        )}
      </div>
    );

  return (
    <section className={s.col} aria-label="Hội đồng thi đua">
      <Step n={4} title={STEP_TITLES[3]}>
        <Field label={t('reviewReviewer')} hint={t('decideReviewerHint', { review: result.sheets.review })}>
          <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} aria-label="Người rà soát của Hội đồng" />
        </Field>
        <DecisionDateField date={date} review={result.sheets.review} />
        {decided && <Text role="status" aria-label="Quyết định vừa ghi" weight="semibold">{decided}</Text>}
        {scoring && <Text role="status">{t('decideRescoring')}</Text>}
        {review(reviewer, date.iso)}
        {states && <Text aria-label="Trạng thái rà soát">{t('closeReviewStates', { states })}</Text>}
        {pending.length > 0 && (
          <ul className={s.lines} aria-label="Cảnh báo đang giải trình">
            {pending.map((d, i) => (
              <li key={i} data-state={reviewState(d)}>{`${d.unitName} — ${flagTitle(d.flagCode)}${d.cell ? ` (ô ${d.cell})` : ''}: ${REVIEW_STATE_LABEL[reviewState(d)]}`}</li>
            ))}
          </ul>
        )}
        <WhatItTakes set={set} cards={result.run.cards} proposals={result.run.proposals} decisions={result.decisions} round={result.run.round} />
      </Step>
      <Step n={5} title={STEP_TITLES[4]} notYet={closing ? undefined : NO_SUMMARY}>
        {last && <Text aria-label="Lần chốt gần nhất">{t('closeLast', { round: describeRound(last), seal: sealCode(last.seal) })}</Text>}
        {closing && last && <ChangedSinceClosing intro={t('closeChanged', { round: describeRound(last) })} changes={closing.changes} />}
        <div className={s.row}>
          <ClosingFields by={by} setBy={setBy} reason={reason} setReason={setReason} />
          <Button appearance="primary" disabled={busy || !by.trim()} onClick={() => void close()}>
            {confirming ? t('closeAnyway', { count: openCount(confirming) }) : t('closeButton')}
          </Button>
        </div>
        {!by.trim() && <Text size={200}>{t('closeNeedsCloser')}</Text>}
        {said('close')}
      </Step>
      <Step n={6} title={STEP_TITLES[5]} notYet={last ? undefined : NOT_CLOSED}>
        <div className={s.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void papers()}>{t('closePapers')}</Button>
        </div>
        {said('papers')}
      </Step>
    </section>
  );
}

/** Why «Chốt» waits: a run of one workbook writes no tong-hop.xlsx to close into. */
const NO_SUMMARY = 'Chỉ chốt được kết quả có tong-hop.xlsx: chấm từ hai tệp báo cáo trở lên (hoặc chọn lại tong-hop.xlsx của lượt trước).';
/** Why «Hồ sơ» waits. */
export const NOT_CLOSED = 'Hồ sơ khen thưởng chỉ lập từ kết quả đã chốt: chốt ở bước 5 trước.';

/** «Kiểm tra với kết quả đã chốt»: a closed tong-hop.xlsx and the scored copies (or their folder), file by file. */
export function CommuneVerify() {
  const s = useStyles();
  const { t } = usePane();
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [verified, setVerified] = useState<Verified>();
  const [busy, setBusy] = useState(false);
  // The code read aloud from the paper the council signed: a folder whose seal was recomputed no longer matches it.
  const [seal, setSeal] = useState('');
  const check = async (list: FileList | null, path: (f: File) => string) => {
    const files: ChosenFile[] = [...(list ?? [])].map((f) => ({ name: path(f), file: f }));
    if (files.length === 0) return;
    setBusy(true);
    try {
      setVerified(await onThread((thread) => verifyChosen(files, thread, seal)));
    } catch (e) {
      setVerified({ ok: false, message: t('errorUnexpected', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };
  const shown = verified && (verified.ok ? t(verified.lines.length === 0 ? 'verifyMatched' : 'verifyMismatch', { round: describeRound(verified.round), files: verified.matched }) : verified.message);
  return (
    <section className={s.col} aria-label="Kiểm tra với kết quả đã chốt">
      <Text weight="semibold" as="h3">{t('closeCheck')}</Text>
      <Text size={200}>{t('verifyHelp')}</Text>
      <Field label={t('verifySeal')}>
        <Input value={seal} onChange={(_, d) => setSeal(d.value)} aria-label="Mã niêm phong trên biên bản" spellCheck={false} />
      </Field>
      <div className={s.row}>
        <input ref={input} hidden type="file" multiple accept=".xlsx" aria-label="Tệp cần kiểm tra" onChange={(e) => { void check(e.target.files, (f) => f.name); e.target.value = ''; }} />
        <input ref={folder} hidden type="file" {...{ webkitdirectory: '' }} aria-label="Thư mục cần kiểm tra" onChange={(e) => { void check(e.target.files, (f) => f.webkitRelativePath || f.name); e.target.value = ''; }} />
        <Button disabled={busy} onClick={() => input.current?.click()}>{t('verifyFiles')}</Button>
        <Button disabled={busy} onClick={() => folder.current?.click()}>{t('verifyFolder')}</Button>
      </div>
      {shown && (
        <div role="status" aria-label="Kết quả kiểm tra" data-ok={verified.ok && verified.lines.length === 0 ? 'khop' : 'khong-khop'}>
          <Text className={verified.ok && verified.lines.length === 0 ? undefined : s.error}>{shown}</Text>
          {verified.ok && verified.lines.length > 0 && <ul className={s.lines}>{verified.lines.map((l, i) => <li key={i}>{l.text}</li>)}</ul>}
        </div>
      )}
    </section>
  );
}

// Made for issue 26 on the standalone page: the council's year — explanations seen, what units would need, the
// result closed, the papers made and files checked — without the command line.
