// Bảng lịch sử của một đơn vị: one unit and kind of period — its indicators as rows under their 766 group, headed by
// its total where a capture has one, its captures as columns, the newest first, each headed by its data day as
// «Bản tin» speaks of it (then the capture's time, period, source, delete); a row opens on demand to its trend and,
// per capture, the figures behind the score and the change since the capture before.
import { Fragment, useMemo, useState } from 'react';
import { FORMULA_TOLERANCE } from '../../../core/indicators/formulas-766.js';
import { dataDay, shortDate, vietnamDay, vietnamTime } from '../../../core/watch/data-day.js';
import { totalMeasure } from '../../../core/watch/scores.js';
import type { Verdict } from '../../../core/watch/verdict.js';
import { verdictWords } from '../history/verdicts.js';
import { historyRows, type HistoryCell, type HistoryRow, type UnitHistory } from '../history/unit-history.js';
import type { Language, Translate } from '../i18n.js';
import { capturePeriodName, seriesPeriodName } from '../history/period-name.js';
import { formatDateTime, formatDelta, formatNumber, formatValue, groupName, lackingNotes, totalMismatchNote } from '../ui/format.js';
import { useI18n } from '../ui/I18n.js';
import { TrendChart } from './TrendChart.js';

function shownValue(cell: HistoryCell, row: HistoryRow, t: Translate, language: Language): string {
  if (cell.value === null) return cell.max === 0 ? t('preview.notScored') : t('preview.noData');
  return formatValue(cell.value, row.measure, language);
}

/** Behind a figure: numerator / denominator, the ratio beside a score, the change since the capture before. */
function details(cell: HistoryCell, row: HistoryRow, language: Language): string {
  const parts = cell.numerator !== undefined && cell.denominator !== undefined ? `${formatNumber(cell.numerator, language)}/${formatNumber(cell.denominator, language)}` : undefined;
  const ratio = typeof cell.ratio === 'number' && row.measure === 'points' ? formatValue(cell.ratio, 'percent', language) : undefined;
  const delta = cell.delta === undefined ? undefined : formatDelta(cell.delta, language);
  return [parts, ratio, delta].filter(Boolean).join(' · ');
}

/** The formula's score beside the portal's, and a word where they disagree (the portal's stands). */
function Computed({ cell }: { cell: HistoryCell }) {
  const { t, language } = useI18n();
  const differs = cell.value !== null && Math.abs(cell.computed! - cell.value) > FORMULA_TOLERANCE;
  return <div className={differs ? 'warning' : 'muted'}>{t(differs ? 'history.computedDiffers' : 'history.computed', { value: formatNumber(cell.computed!, language) })}</div>;
}

export function UnitTable({ history, onRemove, verdict }: { history: UnitHistory; onRemove: (snapshotId: string) => void; verdict?: { day: string; verdict: Verdict } }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (code: string) => {
    const next = new Set(open);
    if (!next.delete(code)) next.add(code);
    setOpen(next);
  };
  const groups = useMemo(() => historyRows(history), [history]);
  const last = history.columns.at(-1)!.unit;
  // The newest capture first, on screen without scrolling; rows keep their cells by the same order.
  const order = history.columns.map((_, i) => i).reverse();
  const columns = order.map((i) => history.columns[i]!);
  const inOrder = <T,>(cells: readonly T[]) => order.map((i) => cells[i]);
  const totals = useMemo(() => history.captures.map((c) => totalMeasure(c)), [history]);
  // A total its groups do not add up to, said over the capture's column (core/watch/total-sum.ts).
  const mismatches = useMemo(() => history.captures.map((c) => totalMismatchNote(c, t)), [history, t]);
  const hasTotal = totals.some(Boolean) && !groups.some((g) => g.rows.some((r) => r.code === 'TONG_SCORE'));
  const ranked = columns.some((c) => c.unit.rank !== undefined);
  return (
    <article className="unit-history" data-testid="unit-history">
      <h2>
        {history.own && <span className="badge">{t('preview.ownUnit')} · </span>}
        {history.code ? t('history.earlierCode', { name: history.unitName, code: history.code }) : history.unitName}
        {last.group && <span className="muted"> · {groupName(last.group, t)}</span>}
        <span className="muted"> — {seriesPeriodName(history.period, t)}</span>
      </h2>
      {verdict && (
        <p className={verdict.verdict.colour === 'red' || verdict.verdict.fell ? 'warning' : 'muted'} data-testid="verdict">
          {t('verdict.title', { day: shortDate(verdict.day) })}: {verdictWords(verdict.verdict, t)}
        </p>
      )}
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th>{t('column.indicator')}</th>
              {columns.map((c, k) => (
                <th key={c.snapshotId} className="capture" data-testid="capture">
                  <div data-testid="data-day">{t('history.dataDay', { day: shortDate(dataDay(c.capturedAt) ?? c.capturedAt.slice(0, 10)) })}</div>
                  <div className="muted" title={formatDateTime(c.capturedAt, language)}>
                    {t('history.capturedAt', { time: vietnamTime(c.capturedAt), day: shortDate(vietnamDay(c.capturedAt) ?? c.capturedAt.slice(0, 10)) })}
                  </div>
                  <div data-testid="capture-period">{capturePeriodName(history.captures[order[k]!]!, t)}</div>
                  {(c.missingGroups !== undefined || (c.refusedLists?.length ?? 0) > 0) && <div className="warning" data-testid="capture-lacking">{[t('history.partial'), lackingNotes(c, t).join('; ')].filter(Boolean).join(': ')}</div>}
                  {mismatches[order[k]!] && <div className="warning" data-testid="capture-total-mismatch">{mismatches[order[k]!]}</div>}
                  <div>
                    <a href={c.url} target="_blank" rel="noreferrer" title={c.portal}>
                      {t('history.source')}
                    </a>{' '}
                    <button type="button" className="link" onClick={() => onRemove(c.snapshotId)} title={t('history.deleteHint')}>
                      {t('history.delete')}
                    </button>
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          {hasTotal && (
            <tbody>
              <tr className="group total" data-code="total">
                <th>{t('history.total')}</th>
                {inOrder(totals).map((m, i) => (
                  <td key={columns[i]!.snapshotId} className="number">
                    {m ? (m.value === null ? t('preview.noData') : `${formatValue(m.value, 'points', language)} / ${formatValue(m.max, 'points', language)}`) : t('history.noTotal')}
                  </td>
                ))}
              </tr>
            </tbody>
          )}
          {ranked && (
            <tbody>
              <tr>
                <th>{t('column.rank')}</th>
                {columns.map(({ snapshotId, unit, period }) => (
                  <td key={snapshotId}>{unit.rank === undefined ? '' : t('preview.rank', { rank: unit.rank, tied: unit.tied ? t('preview.tied') : '', of: unit.rankOf ?? period })}</td>
                ))}
              </tr>
            </tbody>
          )}
          {groups.map((g) => (
            <tbody key={g.group}>
              {g.title && g.rows[0]?.code !== g.group && (
                <tr className="group">
                  <th colSpan={columns.length + 1}>{g.title}</th>
                </tr>
              )}
              {g.rows.map((row) => {
                const expanded = open.has(row.code);
                return (
                  <Fragment key={row.code}>
                    <tr data-code={row.code} className={row.code === g.group ? 'group' : undefined}>
                      <td>
                        <button type="button" className="link row-toggle" aria-expanded={expanded} onClick={() => toggle(row.code)} title={t('history.trend', { indicator: row.label })}>
                          {expanded ? '▾' : '▸'}
                        </button>{' '}
                        {row.label}
                      </td>
                      {inOrder(row.cells).map((cell, i) => (
                        <td key={columns[i]!.snapshotId} className="number">
                          {cell === undefined ? '' : shownValue(cell, row, t, language)}
                          {cell?.computed !== undefined && row.measure === 'points' && <Computed cell={cell} />}
                        </td>
                      ))}
                    </tr>
                    {expanded && (
                      <tr className="trend-row" data-testid="trend">
                        <td>
                          <TrendChart values={row.cells.flatMap((c) => (c && c.value !== null ? [c.value] : []))} label={t('history.trend', { indicator: row.label })} />
                        </td>
                        {inOrder(row.cells).map((cell, i) => (
                          <td key={columns[i]!.snapshotId} className="number muted">
                            {cell === undefined ? '' : details(cell, row, language)}
                          </td>
                        ))}
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </article>
  );
}

/*
Made for: issue 21 item 7 — history per unit: one table a unit and kind of period instead of one block per
indicator; the trend and the figures behind each score only when the officer opens a row; issue 47 item 6 — a
total row, data-day headers, the newest day first.
*/
