// Xem trước: what a capture found, as the officer reads it — the units first (their own commune on top), one table
// per unit (group → its indicators, each expandable to numerator, denominator, ratio and the formula's score),
// the groups the page's view holds (a partial capture said so and saved only as partial), the list of every unit to
// choose from behind a toggle, then the notes, one line per kind with how many and which units behind a toggle.
import { useMemo, useState, type ReactNode } from 'react';
import { normalizeLabel } from '../../../core/text.js';
import { notesByKind, type CaptureWarning, type ViewGroups } from '../../../core/indicators/capture.js';
import { indicatorName } from '../../../core/indicators/codes.js';
import { formulaNote } from '../../../core/indicators/formulas-766.js';
import { RESPONSES_PAGE } from '../../../core/indicators/page-766.js';
import { whatItTakes } from '../../../core/indicators/what-it-takes.js';
import { previewWarnings, type IndicatorChange, type SnapshotPreview } from '../history/compare.js';
import { isRatioCompanion } from '../history/unit-history.js';
import { type Translate } from '../i18n.js';
import { pageTypeName } from '../page-names.js';
import { competitionRank } from '../../../core/watch/clusters.js';
import { headlineMeasure } from '../../../core/watch/scores.js';
import { formatDateTime, formatDelta, formatNumber, formatValue, rankText } from '../ui/format.js';
import { useI18n } from '../ui/I18n.js';
import type { Language } from '../i18n.js';

/** Indicator details are listed for this many selected units; beyond, the unit list says enough. */
const DETAILED_UNITS = 10;

export type PreviewProps = {
  pageType: string;
  previews: SnapshotPreview[];
  /** All the capture's warnings; only those about the chosen units (and the page-level ones) are shown. */
  warnings: CaptureWarning[];
  /** Indexes the adapter picked for the officer's commune: none found is said at the top, and nothing is chosen. */
  picked?: number[];
  /** The officer's commune as set in Cài đặt. */
  commune?: string;
  /** On the 766 page: the groups the view holds and those it lacks. */
  view?: ViewGroups;
  onSave: (chosen: SnapshotPreview[]) => void;
  onCancel: () => void;
};

/**
 * A toggle whose content is built when it is first opened: a province's preview has a toggle on every row, and the
 * officer opens a few.
 */
function Toggle({ summary, testId, className, children }: { summary: ReactNode; testId?: string; className?: string; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} data-testid={testId} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}

function shownValue(c: IndicatorChange, t: Translate, language: Language): string {
  if (c.value === null) return c.max === 0 ? t('preview.notScored') : t('preview.noData');
  return formatValue(c.value, c.unit, language) + (c.max ? ` / ${formatValue(c.max, c.unit, language)}` : '');
}

/**
 * A unit's place by its headline score (the total, else the one group held) among the units of its own level on the
 * page — not the rank the last response read happened to give (one group's, in whatever order the requests came).
 */
type Place = { rank: number; of: number; tied: boolean; score: string };

function placesOf(previews: readonly SnapshotPreview[]): Map<number, Place> {
  const places = new Map<number, Place>();
  const byLevel = new Map<string, { i: number; score?: number; label: string }[]>();
  previews.forEach((p, i) => {
    const level = p.snapshot.unit.level;
    const m = headlineMeasure(p.snapshot);
    if (!level || !m || m.value === null) return;
    byLevel.set(level, [...(byLevel.get(level) ?? []), { i, score: m.value, label: m.label }]);
  });
  for (const members of byLevel.values()) {
    for (const p of competitionRank(members, (x) => x.score)) places.set(p.item.i, { rank: p.rank, of: p.of, tied: p.tied, score: p.item.label });
  }
  return places;
}

function UnitTable({ preview, own, pageType, place }: { preview: SnapshotPreview; own: boolean; pageType: string; place: Place | undefined }) {
  const { t, language } = useI18n();
  const { snapshot, changes, duplicate } = preview;
  const fromResponses = pageType === RESPONSES_PAGE.id;
  // Group → its indicators, in the order the capture gives them; the group's own score heads its rows.
  const groups = new Map<string, IndicatorChange[]>();
  const codes = new Set(changes.map((c) => c.code));
  for (const c of changes) {
    if (isRatioCompanion(c, pageType, codes)) continue;
    const key = c.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const gains = own ? whatItTakes(snapshot) : [];
  const unit = snapshot.unit;
  return (
    <article className="unit" data-testid="preview-unit">
      <h2>
        {own && <span className="badge">{t('preview.ownUnit')} · </span>}
        {unit.name}
        {unit.group && <span className="muted"> · {unit.group}</span>}
      </h2>
      {(place || unit.rank !== undefined) && (
        <p className="muted" data-testid="rank">
          {rankText(place ? { ...unit, rank: place.rank, rankOutOf: place.of, tied: place.tied, rankOf: [place.score, unit.group, snapshot.period.label].filter(Boolean).join(' · ') } : unit, snapshot.period.label, t)}
        </p>
      )}
      {duplicate && <p className="warning">{t('preview.duplicateNote')}</p>}
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

export function Preview({ pageType, previews, warnings, picked, commune, view, onSave, onCancel }: PreviewProps) {
  const { t } = useI18n();
  const own = useMemo(() => new Set(picked ?? []), [picked]);
  // The officer's commune absent from the page: nothing is chosen for them (163 units saved unasked was the old way).
  const ownAbsent = commune !== undefined && picked !== undefined && picked.length === 0;
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(picked && (picked.length > 0 || ownAbsent) ? picked : previews.map((_, i) => i)));
  const places = useMemo(() => placesOf(previews), [previews]);
  const [search, setSearch] = useState('');
  // Search without diacritics: "ta ma" finds "Xã Tà Má".
  const listed = (search: string) => {
    const wanted = normalizeLabel(search);
    return previews.map((p, i) => ({ p, i })).filter(({ p }) => normalizeLabel(p.snapshot.unit.name).includes(wanted));
  };
  const toggle = (i: number) => {
    const next = new Set(chosen);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setChosen(next);
  };
  const notes = useMemo(() => notesByKind(previewWarnings(warnings, previews, chosen)), [warnings, previews, chosen]);
  // The officer's own commune first, then the others in the page's order.
  const detailed = [...chosen].sort((a, b) => Number(own.has(b)) - Number(own.has(a)) || a - b).slice(0, DETAILED_UNITS);
  const periods = [...new Set(previews.map((p) => p.snapshot.period.label))];
  const missing = [...(view?.waiting ?? []), ...(view?.missing ?? [])];

  return (
    <section className="preview" aria-label={t('preview.title')}>
      {ownAbsent && (
        <p className="warning" role="alert" data-testid="own-absent">
          {t('preview.ownAbsent', { commune, count: previews.length })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('preview.pageType')}</dt>
        <dd data-testid="page-type">{pageTypeName(pageType, t)}</dd>
        <dt>{t('preview.period')}</dt>
        <dd data-testid="period">{periods.map((p) => p || t('period.unknown')).join('; ')}</dd>
        {view && (
          <>
            <dt>{t('preview.groupsHeld')}</dt>
            <dd data-testid="groups-held">{view.held.join(', ')}</dd>
          </>
        )}
        <dt>{t('preview.units')}</dt>
        <dd>{t('preview.unitCount', { count: previews.length, chosen: chosen.size })}</dd>
      </dl>
      {missing.length > 0 && (
        <p className="warning" role="alert" data-testid="partial">
          {t('preview.groupsMissing', { groups: missing.join(', ') })}
        </p>
      )}

      {detailed.map((i) => (
        <UnitTable key={i} preview={previews[i]!} own={own.has(i)} pageType={pageType} place={places.get(i)} />
      ))}
      {chosen.size > DETAILED_UNITS && <p className="muted">{t('preview.moreUnits', { count: chosen.size - DETAILED_UNITS })}</p>}

      <div className="actions">
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => onSave([...chosen].sort((a, b) => a - b).map((i) => previews[i]!))}>
          {missing.length > 0 ? t('capture.partialSave', { count: chosen.size, groups: missing.join(', ') }) : t('preview.save', { count: chosen.size })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>

      {previews.length > 1 && (
        <div className="units">
          <button type="button" onClick={() => setChosen(new Set(previews.map((_, i) => i)))}>
            {t('preview.all')}
          </button>
          <button type="button" onClick={() => setChosen(new Set())}>
            {t('preview.none')}
          </button>
          {/* A province's list is most of the preview's nodes, and the officer's own commune is chosen already. */}
          <Toggle testId="unit-picker" summary={t('preview.pickUnits', { count: previews.length })}>
            {() => (
              <>
                <input type="search" placeholder={t('preview.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
                <ul className="unit-list">
                  {listed(search).map(({ p, i }) => (
                    <li key={i}>
                      <label>
                        <input type="checkbox" checked={chosen.has(i)} onChange={() => toggle(i)} /> {p.snapshot.unit.name}
                        {p.snapshot.unit.group && <span className="muted"> · {p.snapshot.unit.group}</span>}
                        {p.duplicate && <span className="badge"> {t('preview.duplicate')}</span>}
                      </label>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Toggle>
        </div>
      )}

      {notes.length > 0 && (
        <details className="warning" data-testid="preview-warnings">
          <summary>{t('preview.notes', { count: notes.reduce((a, n) => a + n.count, 0) })}</summary>
          <ul>
            {notes.map((n) => (
              <li key={n.text}>
                {n.text}
                {/* A figure no unit can have is listed with its metric and numbers, not the unit alone. */}
                {n.units.length > 0 && <Toggle summary={t('preview.notesUnits', { count: n.count, units: n.units.length })}>{() => (n.details.length > 0 ? n.details : n.units).join('; ')}</Toggle>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/* Made for: the capture preview the officer checks before saving: units first (their own commune on top), their indicators by group, the page's view and the notes, one line per kind. */
