// «Chốt kết quả» and «Tạo hồ sơ khen thưởng» under «Tổng hợp» in the task pane (and the page's one-workbook tabs):
// the run is the open workbook — closing scores it now and records who, when and a SHA-256 of each report sheet
// (excel-addin/actions/closing.ts); a result scored since that differs from the closed round is said here. While
// anything is open, the first click lists it and the button asks for a second («Vẫn chốt khi còn … mục mở»).
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeRound, type ClosedRound } from '../../../core/run/closing.js';
import type { Said } from '../../../core/run/said.js';
import { sealCode } from '../../../core/run/seal.js';
import { openCount, openLines, openSummary, type OpenAtClosing } from '../../../core/run/open-at-closing.js';
import { changedSinceRound, checkWorkbook, closeWorkbook, lastClosedRound, type WorkbookCheck } from '../../actions/closing.js';
import type { Translate } from '../../shared/i18n.js';
import { scoredReview, type ScoreActionResult } from '../../actions/score.js';
import type { CouncilSheetNames } from '../../../core/workbook/council-sheets.js';
import type { WorkbookPort } from '../../../core/sheet/port.js';
import { usePane, type Notice } from '../../shared/pane-context.js';
import { papersZip } from '../../shared/papers-download.js';
import { notesAfterClosing, papersCheck, papersWaitFor } from '../../../core/papers/index.js';
import { saveFile } from '../../shared/save-file.js';
import { ChangedSinceClosing, ClosingFields } from '../../shared/ClosingFields.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

export function ClosingPanel() {
  const { t, set, round, act, busy, hasWorkbook, result, setResult, selectCell } = usePane();
  const s = useStyles();
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  // The code read from the minutes the council signed: a workbook edited and sealed again matches itself, not the paper.
  const [seal, setSeal] = useState('');
  /** The last round closed in the workbook, once an action here has read it. */
  const [last, setLast] = useState<ClosedRound>();
  const [changed, setChanged] = useState<Said[]>([]);
  /** What the first click found open, for the result it was found in: the next click closes anyway. */
  const [open, setOpen] = useState<{ open: OpenAtClosing; of: ScoreActionResult }>();
  const confirming = open && open.of === result ? open.open : undefined;

  // A result scored since the round was closed, compared with it as it comes (no round trip: the pane holds both).
  useEffect(() => {
    if (!last || !result || !set) return setChanged([]);
    let live = true;
    // The decisions as closing takes them from the same scoring.
    void changedSinceRound(last, set, result, { round, now: new Date(), review: scoredReview(result) }).then((lines) => live && setChanged(lines));
    return () => {
      live = false;
    };
  }, [last, result, set, round]);

  if (!set) return null;

  const close = () =>
    act(async (port): Promise<Notice> => {
      const { result: scored, outcome } = await closeWorkbook(port, set, { now: new Date(), round, closedBy: by, reason, acceptOpen: confirming !== undefined });
      setResult(scored);
      setOpen(outcome.kind === 'open' ? { open: outcome.open, of: scored } : undefined);
      switch (outcome.kind) {
        case 'open':
          // Before the second click: what closing with nominees not voted on does to the papers.
          return { intent: 'warning', text: t('closeOpen', { summary: openSummary(outcome.open) }), items: [...openLines(outcome.open, scored.councilSheets), ...[papersWaitFor(outcome.open, scored.councilSheets)].filter((l) => l !== undefined)] };
        case 'damaged':
          return { intent: 'error', text: t('closeUnreadable'), items: outcome.damage.map((text) => ({ text })) };
        case 'unchanged':
          setLast(outcome.last);
          return { intent: 'info', text: t('closeUnchanged', { round: describeRound(outcome.last) }) };
        case 'needs-reason':
          setLast(outcome.last);
          return { intent: 'warning', text: t('closeNeedsReason', { round: describeRound(outcome.last) }), items: outcome.changes };
        case 'closed':
          setLast(outcome.round);
          return closedNotice(outcome.round, scored.councilSheets, t);
      }
    });

  const check = () =>
    act(async (port): Promise<Notice> => {
      const found = await checkWorkbook(port, set, { now: new Date(), round, seal });
      if (found.last && found.damage.length === 0) setLast(found.last);
      return checkedNotice(found, t);
    });

  const papers = () =>
    act(async (port): Promise<Notice> => {
      const made = await workbookPapers(port, t, saveFile);
      if (made.last) setLast(made.last);
      return made.notice;
    });

  return (
    <section className={s.col} aria-label="Chốt kết quả và hồ sơ khen thưởng">
      <Text weight="semibold" as="h3">{t('closeTitle')}</Text>
      {last && <Text aria-label="Lần chốt gần nhất">{t('closeLast', { round: describeRound(last), seal: sealCode(last.seal) })}</Text>}
      {last && <ChangedSinceClosing intro={t('closeChangedSheets', { round: describeRound(last) })} changes={changed} selectCell={selectCell} />}
      <div className={s.row}>
        <ClosingFields by={by} setBy={setBy} reason={reason} setReason={setReason} />
      </div>
      <Field label={t('verifySealSheets')}>
        <Input value={seal} onChange={(_, d) => setSeal(d.value)} aria-label="Mã niêm phong trên biên bản" spellCheck={false} />
      </Field>
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || !hasWorkbook || !by.trim()} onClick={() => void close()}>
          {confirming ? t('closeAnyway', { count: openCount(confirming) }) : t('closeButton')}
        </Button>
        <Button disabled={busy || !hasWorkbook} onClick={() => void check()}>{t('closeCheck')}</Button>
        <Button disabled={busy || !hasWorkbook} onClick={() => void papers()}>{t('closePapers')}</Button>
      </div>
      {hasWorkbook && !by.trim() && <Text size={200}>{t('closeNeedsCloser')}</Text>}
    </section>
  );
}

/**
 * «Tạo hồ sơ khen thưởng»: the papers of the workbook's last closed round handed to `save`, and what the pane says. As
 * `thidua papers`: nothing written while a nominee has no vote; a text cited outside its dates, a meeting dated before
 * its list, a decision typed on «Rà soát» since the seal… said first, the council's sheets named as the workbook has
 * them now (read with the round: the pane need not have scored first, nor under the names it scored with).
 */
export async function workbookPapers(port: WorkbookPort, t: Translate, save: typeof saveFile): Promise<{ notice: Notice; last?: ClosedRound }> {
  const { last, refused, sheets, review } = await lastClosedRound(port);
  if (refused.length > 0) return { notice: { intent: 'error', text: t('closeUnreadable'), items: refused.map((text) => ({ text })) } };
  if (!last) return { notice: { intent: 'warning', text: t('papersNeedClose') } };
  const check = papersCheck(last, sheets, undefined, undefined, review);
  if (check.unvoted.length > 0) return { last, notice: { intent: 'warning', text: t('papersUnvoted', { round: describeRound(last), count: check.unvoted.length }), items: check.unvoted } };
  const zip = await papersZip(last);
  save(zip.bytes, zip.name, zip.type);
  return { last, notice: { intent: 'success', text: t('papersDone', { round: describeRound(last), name: zip.name, terms: zip.terms }), items: check.warnings } };
}

/** What the pane says of a round just closed: closed, with every note the command line adds after sealing (notesAfterClosing). */
export function closedNotice(round: ClosedRound, sheets: CouncilSheetNames, t: Translate): Notice {
  const notes = notesAfterClosing(round, sheets);
  const text = t('closeDoneSheets', { round: describeRound(round), sheets: round.files.length, seal: sealCode(round.seal) });
  return notes.length === 0 ? { intent: 'success', text } : { intent: 'warning', text, items: notes };
}

/** What «Kiểm tra với kết quả đã chốt» tells the officer of a check, with the code typed from the signed minutes. */
export function checkedNotice(found: WorkbookCheck, t: Translate): Notice {
  // A code typed wrong is a slip of the hand, said alone (nothing was read): not a workbook forged.
  if (found.paper && 'mistyped' in found.paper) return { intent: 'warning', text: found.paper.mistyped };
  if (found.damage.length > 0) return { intent: 'error', text: t('closeUnreadable'), items: found.damage.map((text) => ({ text })) };
  if (!found.last) return { intent: 'warning', text: t('closeNone') };
  const round = describeRound(found.last);
  const paper = found.paper && 'problem' in found.paper ? found.paper.problem : undefined;
  if (found.changes.length > 0) return { intent: 'warning', text: t('verifyMismatch', { round }), items: [...found.changes, ...(paper ? [{ text: paper }] : [])] };
  if (paper) return { intent: 'error', text: t('verifyPaperMismatch', { round }), items: [{ text: paper }] };
  const matched = t('verifyMatchedSheets', { round, sheets: found.last.files.length });
  return { intent: 'success', text: found.paper && 'matched' in found.paper ? `${matched} ${t('verifySealMatched', { code: found.paper.matched })}` : matched };
}

// Made for issue 26 in the task pane: the council closes the open workbook's result and takes its papers.
