// Xem trước: what a capture found — page type, period, units, each indicator with what changed since the
// last capture of that unit — and which units to save.
import { useMemo, useState } from 'react';
import { normalizeLabel } from '../../../core/text.js';
import type { CaptureWarning } from '../../../core/indicators/capture.js';
import { indicatorName } from '../../../core/indicators/codes.js';
import { previewWarnings, type SnapshotPreview } from '../history/compare.js';
import { pageTypeName } from '../i18n.js';
import { formatDateTime, formatDelta, formatValue } from '../ui/format.js';
import { useI18n } from '../ui/I18n.js';

/** Indicator details are listed for this many selected units; beyond, the unit list says enough. */
const DETAILED_UNITS = 10;

export type PreviewProps = {
  pageType: string;
  previews: SnapshotPreview[];
  /** All the capture's warnings; only those about the chosen units (and the page-level ones) are shown. */
  warnings: CaptureWarning[];
  /** Indexes the adapter picked for the officer's commune (when none, it says so in a warning and all are chosen). */
  picked?: number[];
  onSave: (chosen: SnapshotPreview[]) => void;
  onCancel: () => void;
};

export function Preview({ pageType, previews, warnings, picked, onSave, onCancel }: PreviewProps) {
  const { t, language } = useI18n();
  const [chosen, setChosen] = useState<Set<number>>(
    () => new Set(picked && picked.length > 0 ? picked : previews.map((_, i) => i)),
  );
  const [search, setSearch] = useState('');
  // Search without diacritics: "ta ma" finds "Xã Tà Má".
  const listed = useMemo(() => {
    const wanted = normalizeLabel(search);
    return previews.map((p, i) => ({ p, i })).filter(({ p }) => normalizeLabel(p.snapshot.unit.name).includes(wanted));
  }, [previews, search]);
  const toggle = (i: number) => {
    const next = new Set(chosen);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setChosen(next);
  };
  const shownWarnings = useMemo(() => previewWarnings(warnings, previews, chosen), [warnings, previews, chosen]);
  const detailed = [...chosen].sort((a, b) => a - b).slice(0, DETAILED_UNITS);
  const periods = [...new Set(previews.map((p) => p.snapshot.period.label))];

  return (
    <section className="preview" aria-label={t('preview.title')}>
      <dl className="facts">
        <dt>{t('preview.pageType')}</dt>
        <dd data-testid="page-type">{pageTypeName(pageType, t)}</dd>
        <dt>{t('preview.period')}</dt>
        <dd data-testid="period">{periods.map((p) => p || t('period.unknown')).join('; ')}</dd>
        <dt>{t('preview.units')}</dt>
        <dd>{t('preview.unitCount', { count: previews.length, chosen: chosen.size })}</dd>
      </dl>
      {shownWarnings.length > 0 && (
        <ul className="warning" data-testid="preview-warnings">
          {shownWarnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      )}

      {previews.length > 1 && (
        <div className="units">
          <input type="search" placeholder={t('preview.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="button" onClick={() => setChosen(new Set(previews.map((_, i) => i)))}>
            {t('preview.all')}
          </button>
          <button type="button" onClick={() => setChosen(new Set())}>
            {t('preview.none')}
          </button>
          <ul className="unit-list">
            {listed.map(({ p, i }) => (
              <li key={i}>
                <label>
                  <input type="checkbox" checked={chosen.has(i)} onChange={() => toggle(i)} /> {p.snapshot.unit.name}
                  {p.snapshot.unit.group && <span className="muted"> · {p.snapshot.unit.group}</span>}
                  {p.duplicate && <span className="badge"> {t('preview.duplicate')}</span>}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}

      {detailed.map((i) => {
        const { snapshot, changes, duplicate } = previews[i]!;
        return (
          <article key={i} className="unit" data-testid="preview-unit">
            <h2>
              {snapshot.unit.name}
              {snapshot.unit.rank !== undefined && <span className="muted"> · {t('preview.rank', { rank: snapshot.unit.rank })}</span>}
            </h2>
            {duplicate && <p className="warning">{t('preview.duplicateNote')}</p>}
            <table>
              <thead>
                <tr>
                  <th>{t('column.indicator')}</th>
                  <th>{t('column.value')}</th>
                  <th>{t('preview.sinceLast')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.code} data-code={c.code}>
                    <td>{indicatorName(c.code, c.label)}</td>
                    <td className="number">
                      {formatValue(c.value, c.unit, language)}
                      {c.max !== undefined && <span className="muted"> / {formatValue(c.max, c.unit, language)}</span>}
                    </td>
                    <td className={`change ${c.status}`}>
                      {c.status === 'new' && t('preview.new')}
                      {c.status === 'same' && t('preview.same')}
                      {c.status === 'changed' &&
                        t('preview.changed', {
                          delta: formatDelta(c.delta!, language),
                          previous: formatValue(c.previous!.value, c.unit, language),
                          period: c.previous!.period || t('period.unknown'),
                          date: formatDateTime(c.previous!.capturedAt, language),
                        })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        );
      })}
      {chosen.size > DETAILED_UNITS && <p className="muted">{t('preview.moreUnits', { count: chosen.size - DETAILED_UNITS })}</p>}

      <div className="actions">
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={() => onSave([...chosen].sort((a, b) => a - b).map((i) => previews[i]!))}>
          {t('preview.save', { count: chosen.size })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </section>
  );
}
