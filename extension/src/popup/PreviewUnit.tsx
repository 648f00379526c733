// One unit of the capture preview: its place, its indicators by group (each expandable to numerator, denominator,
// ratio and the formula's score), what changed since its last capture and, for the officer's own commune, what it
// would take to gain; a total its groups do not add up to.
import { indicatorName } from '../../../core/indicators/codes.js';
import { formulaNote } from '../../../core/indicators/formulas-766.js';
import { RESPONSES_PAGE } from '../../../core/indicators/page-766.js';
import { whatItTakes } from '../../../core/indicators/what-it-takes.js';
import type { IndicatorChange, SnapshotPreview } from '../history/compare.js';
import type { Language, Translate } from '../i18n.js';
import { formatDateTime, formatDelta, formatNumber, formatValue, groupName, rankText, totalMismatchNote } from '../ui/format.js';
import { useI18n } from '../ui/I18n.js';
import { unitGroups, type Place } from './preview-state.js';
import { Toggle } from './Toggle.js';

function shownValue(c: IndicatorChange, t: Translate, language: Language): string {
  if (c.value === null) return c.max === 0 ? t('preview.notScored') : t('preview.noData');
  return formatValue(c.value, c.unit, language) + (c.max ? ` / ${formatValue(c.max, c.unit, language)}` : '');
}

export function PreviewUnit({ preview, own, pageType, place }: { preview: SnapshotPreview; own: boolean; pageType: string; place: Place | undefined }) {
  const { t, language } = useI18n();
  const { snapshot, changes, duplicate } = preview;
  const fromResponses = pageType === RESPONSES_PAGE.id;
  // Group → its indicators; the group's own score heads its rows.
  const groups = unitGroups(changes, pageType);
  const gains = own ? whatItTakes(snapshot) : [];
  const unit = snapshot.unit;
  // A total its groups do not add up to, said on the unit before it is saved (core/watch/total-sum.ts).
  const mismatch = totalMismatchNote(snapshot, t);
  return (
    <article className="unit" data-testid="preview-unit">
      <h2>
        {own && <span className="badge">{t('preview.ownUnit')} · </span>}
        {unit.name}
        {unit.group && <span className="muted"> · {groupName(unit.group, t)}</span>}
      </h2>
      {(place || unit.rank !== undefined) && (
        <p className="muted" data-testid="rank">
          {rankText(place ? { ...unit, rank: place.rank, rankOutOf: place.of, tied: place.tied, rankOf: [place.score, unit.group && groupName(unit.group, t), snapshot.period.label].filter(Boolean).join(' · ') } : unit, snapshot.period.label, t)}
        </p>
      )}
      {duplicate && <p className="warning">{t('preview.duplicateNote')}</p>}
      {mismatch && <p className="warning" data-testid="preview-total-mismatch">{mismatch}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('column.indicator')}</th>
            <th>{t('preview.scoreOfMax')}</th>
            <th>{t('preview.sinceLast')}</th>
          </tr>
        </thead>
        {[...groups].map(([group, rows]) => (
          <tbody key={group}>
            {group && !rows.some((c) => c.code === group) && (
              <tr className="group">
                <th colSpan={3}>{indicatorName(group, group)}</th>
              </tr>
            )}
            {rows.map((c) => {
              const note = fromResponses ? formulaNote(c) : undefined;
              const parts = c.numerator !== undefined && c.denominator !== undefined;
              return (
                <tr key={c.code} data-code={c.code} className={c.code === group ? "group" : undefined}>
                  <td>
                    {fromResponses ? c.label : indicatorName(c.code, c.label)}
                    {(parts || note || (c.ratio !== undefined && c.unit === 'points')) && (
                      <Toggle summary={t('preview.details')}>
                        {() => (
                          <>
                            {parts && <span>{`${formatNumber(c.numerator!, language)}/${formatNumber(c.denominator!, language)}`}</span>}
                            {typeof c.ratio === 'number' && c.unit === 'points' && <span> · {formatValue(c.ratio, 'percent', language)}</span>}
                            {note && <span> · {note}</span>}
                          </>
                        )}
                      </Toggle>
                    )}
                  </td>
                  <td className="number">{shownValue(c, t, language)}</td>
                  <td className={`change ${c.status}`}>
                    {c.status === 'new' && t('preview.new')}
                    {c.status === 'same' && t('preview.same')}
                    {c.status === 'changed' &&
                      t('preview.changed', {
                        delta: c.delta === undefined ? '' : formatDelta(c.delta, language),
                        previous: c.previous!.value === null ? t('preview.noData') : formatValue(c.previous!.value, c.unit, language),
                        period: c.previous!.period || t('period.unknown'),
                        date: formatDateTime(c.previous!.capturedAt, language),
                      })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
      {gains.length > 0 && (
        <Toggle testId="how-to-gain" summary={t('preview.howToGain')}>
          {() => (
            <ul>
              {gains.map((g) => (
                <li key={g.code}>{g.text}</li>
              ))}
            </ul>
          )}
        </Toggle>
      )}
    </article>
  );
}

/* Made for: a unit as the officer checks it before saving: its place among the units of its level, each indicator against its previous capture, and what it would take. */
