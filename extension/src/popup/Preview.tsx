// Xem trước: what a capture found, as the officer reads it — the units first (their own commune on top), one table
// per unit (group → its indicators, each expandable to numerator, denominator, ratio and the formula's score),
// the groups the page's view holds (a partial capture said so and saved only as partial), the list of every unit to
// choose from behind a toggle, then the notes, one line per kind with how many and which units behind a toggle.
import type { CaptureWarning, ViewGroups } from '../../../core/indicators/capture.js';
import { groupNames } from '../../../core/indicators/groups-766.js';
import type { SnapshotPreview } from '../history/compare.js';
import { pageTypeName } from '../page-names.js';
import { capturePeriodName } from '../history/period-name.js';
import { groupName } from '../ui/format.js';
import { useI18n } from '../ui/I18n.js';
import { DETAILED_UNITS, detailedUnits, lackingWords, missingGroups, ownAbsent, unitsMatching, usePreview } from './preview-state.js';
import { PreviewUnit } from './PreviewUnit.js';
import { Toggle } from './Toggle.js';

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

export function Preview({ pageType, previews, warnings, picked, commune, view, onSave, onCancel }: PreviewProps) {
  const { t } = useI18n();
  const state = usePreview(previews, warnings, picked, commune);
  const { own, chosen, places, notes } = state;
  // The officer's commune absent from the page: nothing is chosen for them (163 units saved unasked was the old way).
  const detailed = detailedUnits(chosen, own);
  const periods = [...new Set(previews.map((p) => capturePeriodName(p.snapshot, t)))];
  const missing = missingGroups(view);
  const lacking = lackingWords(view, previews, t);

  return (
    <section className="preview" aria-label={t('preview.title')}>
      {ownAbsent(commune, picked) && (
        <p className="warning" role="alert" data-testid="own-absent">
          {t('preview.ownAbsent', { commune, count: previews.length })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('preview.pageType')}</dt>
        <dd data-testid="page-type">{pageTypeName(pageType, t)}</dd>
        <dt>{t('preview.period')}</dt>
        <dd data-testid="period">{periods.join('; ')}</dd>
        {view && (
          <>
            <dt>{t('preview.groupsHeld')}</dt>
            <dd data-testid="groups-held">{groupNames(view.held)}</dd>
          </>
        )}
        <dt>{t('preview.units')}</dt>
        <dd>{t('preview.unitCount', { count: previews.length, chosen: chosen.size })}</dd>
      </dl>
      {missing.length > 0 && (
        <p className="warning" role="alert" data-testid="partial">
          {t('preview.groupsMissing', { groups: groupNames(missing) })}
        </p>
      )}

      {detailed.map((i) => (
        <PreviewUnit key={i} preview={previews[i]!} own={own.has(i)} pageType={pageType} place={places.get(i)} />
      ))}
      {chosen.size > DETAILED_UNITS && <p className="muted">{t('preview.moreUnits', { count: chosen.size - DETAILED_UNITS })}</p>}

      <div className="actions">
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => onSave(state.chosenPreviews())}>
          {lacking ? t('capture.partialSave', { count: chosen.size, lacking }) : t('preview.save', { count: chosen.size })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>

      {previews.length > 1 && <UnitChooser previews={previews} state={state} />}

      {notes.length > 0 && <Notes notes={notes} />}
    </section>
  );
}

/** «Tất cả», «Bỏ chọn» and the list of every unit to choose from, searched without diacritics. */
function UnitChooser({ previews, state }: { previews: SnapshotPreview[]; state: ReturnType<typeof usePreview> }) {
  const { t } = useI18n();
  return (
    <div className="units">
      <button type="button" onClick={state.chooseAll}>
        {t('preview.all')}
      </button>
      <button type="button" onClick={state.chooseNone}>
        {t('preview.none')}
      </button>
      {/* A province's list is most of the preview's nodes, and the officer's own commune is chosen already. */}
      <Toggle testId="unit-picker" summary={t('preview.pickUnits', { count: previews.length })}>
        {() => (
          <>
            <input type="search" placeholder={t('preview.search')} value={state.search} onChange={(e) => state.setSearch(e.target.value)} />
            <ul className="unit-list">
              {unitsMatching(previews, state.search).map(({ p, i }) => (
                <li key={i}>
                  <label>
                    <input type="checkbox" checked={state.chosen.has(i)} onChange={() => state.toggle(i)} /> {p.snapshot.unit.name}
                    {p.snapshot.unit.group && <span className="muted"> · {groupName(p.snapshot.unit.group, t)}</span>}
                    {p.duplicate && <span className="badge"> {t('preview.duplicate')}</span>}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </Toggle>
    </div>
  );
}

/** The notes about the chosen units, one line per kind, which units behind a toggle. */
function Notes({ notes }: { notes: ReturnType<typeof usePreview>['notes'] }) {
  const { t } = useI18n();
  return (
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
  );
}

/* Made for: the capture preview the officer checks before saving: units first (their own commune on top), their indicators by group, the page's view and the notes, one line per kind. */
