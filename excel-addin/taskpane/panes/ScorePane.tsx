import { Button, Radio, RadioGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AwardRound } from '../../../core/criteria/schema.js';
import { roundsOf } from '../../../core/ranking/rounds.js';
import { classificationText } from '../../../core/scoring/sanction.js';
import { checkChanges } from '../../actions/changes.js';
import type { Said } from '../../../core/run/said.js';
import { checkAndScore } from '../../actions/score.js';
import { FlagList } from '../FlagList.js';
import { roundTitle } from '../../shared/i18n.js';
import { criteriaNeeded, runIntent, usePane, type Notice, type PaneContext } from '../../shared/pane-context.js';
import { useTableStyles } from '../../shared/tables.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

/** Runs the shared scoring and turns its result into the pane's notice; used by the summary and review panes too. */
export function scoreNotice(ctx: PaneContext, result: Awaited<ReturnType<typeof checkAndScore>>): Notice {
  const { t } = ctx;
  ctx.setResult(result);
  const flags = result.cards.reduce((n, c) => n + c.flags.length, 0);
  const items = [
    ...result.errors.map((e) => ({ text: `${e.sheet}: ${e.message}`, sheet: e.sheet, ...(e.cell ? { cell: e.cell } : {}) })),
    ...(result.votes?.problems ?? []).map((p) => ({ text: `${result.votes!.sheet}: ô ${p.cell}: ${p.message}`, sheet: result.votes!.sheet, cell: p.cell })),
    ...result.said.map(saidItem),
    ...(result.unreadable.length > 0 ? [{ text: t('storeUnreadable', { keys: result.unreadable.join(', ') }) }] : []),
  ];
  if (result.cards.length === 0) return { intent: 'warning', text: t('scoreNoReports'), items };
  // A count «Biểu quyết» could not read leaves its nominee unvoted, and a vote typed for no nominee counts for no one:
  // neither is a success to the council (runIntent). A unit's name retyped on a nominee's row is not: the row is
  // read as that nominee's vote and counted, the name only written back as its report names it — said, nothing to do.
  return { intent: runIntent({ problems: result.errors.length + (result.votes?.problems.length ?? 0), votedForNone: result.votedForNone }), text: t('scoreDone', { count: result.cards.length, flags }), items };
}

/**
 * A line the run says after scoring, as the command line prints it (less the indent of a line listed under another),
 * with the place the run gave it (said.ts): one said at a cell is an item that shows that cell.
 */
function saidItem(line: Said): NonNullable<Notice['items']>[number] {
  return { ...line, text: line.text.replace(/^ {2}- /, '') };
}

export function ScorePane() {
  const ctx = usePane();
  const { t, lang, set, act, busy, result, mode, hasWorkbook, round, setRound } = ctx;
  const [scope, setScope] = useState<'all' | 'active'>('all');
  const s = useStyles();
  const ts = useTableStyles();
  if (!set) return <Text>{criteriaNeeded(ctx)}</Text>;
  const run = () =>
    act(async (port, view) => {
      if (scope === 'active') await port.listSheets();
      const onlySheet = scope === 'active' ? view.activeSheet() : undefined;
      return scoreNotice(ctx, await checkAndScore(port, set, { now: new Date(), round, ...(onlySheet ? { onlySheet } : {}) }));
    });
  const changes = () =>
    act(async (port) => {
      const r = await checkChanges(port);
      const items = [...r.flags.map((f) => ({ text: f.message, sheet: f.sheet, ...(f.cell ? { cell: f.cell } : {}) })), ...(r.missing.length > 0 ? [{ text: t('changesMissing', { names: r.missing.join(', ') }) }] : [])];
      return r.flags.length === 0 ? { intent: 'success', text: t('changesNone', { count: r.checked }), items } : { intent: 'warning', text: t('changesFound', { count: r.flags.length }), items };
    });
  return (
    <div className={s.col}>
      {mode === 'excel' && (
        <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as 'all' | 'active')}>
          <Radio value="all" label={t('scoreScopeAll')} />
          <Radio value="active" label={t('scoreScopeActive')} />
        </RadioGroup>
      )}
      {roundsOf(set).length > 1 && (
        <RadioGroup aria-label={t('scoreRound')} value={round} onChange={(_, d) => setRound(d.value as AwardRound)}>
          <Text weight="semibold">{t('scoreRound')}</Text>
          {roundsOf(set).map((r) => (
            <Radio key={r} value={r} label={roundTitle(r, lang)} />
          ))}
        </RadioGroup>
      )}
      <Button appearance="primary" disabled={busy || !hasWorkbook} onClick={run}>
        {t('scoreRun')}
      </Button>
      <Button disabled={busy || !hasWorkbook} onClick={changes}>
        {t('scoreCheckChanges')}
      </Button>
      {result && result.cards.length > 0 && (
        <>
          <Table size="small" className={ts.table} aria-label={t('tabScore')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('scoreUnit')}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(ts.points, ts.number)}>{t('scoreTotal')}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(ts.percent, ts.number)}>{t('scorePercent')}</TableHeaderCell>
                <TableHeaderCell className={ts.classification}>{t('scoreClass')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.cards.map((c) => (
                <TableRow key={c.sheet}>
                  <TableCell className={ts.unit}>{c.unitName}</TableCell>
                  <TableCell className={ts.number}>{c.total.toLocaleString('vi-VN')}</TableCell>
                  <TableCell className={ts.number}>{`${c.percent.toLocaleString('vi-VN')}%`}</TableCell>
                  <TableCell>{classificationText(c, '')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text weight="semibold">{t('scoreFlags')}</Text>
          <FlagList flags={result.cards.flatMap((c) => c.flags)} />
        </>
      )}
    </div>
  );
}

/* Made for: the scoring tab: «Kiểm tra & chấm điểm» and «Kiểm tra thay đổi», with what they found said in one notice and the units' points in a table. */
