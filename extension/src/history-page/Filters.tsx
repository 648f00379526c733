// The history page's filters: unit, indicator, kind of period, page type, each offering only what is stored.
import { pageTypeName } from '../page-names.js';
import { useI18n } from '../ui/I18n.js';
import type { HistoryPageState } from './history-state.js';
import { seriesPeriodName } from '../history/period-name.js';

type Choice = { value: string; label: string };

export function Filters({ page }: { page: Pick<HistoryPageState, 'choices' | 'filter' | 'pick'> }) {
  const { t } = useI18n();
  const { choices, filter, pick } = page;
  // Each filter: the field it sets, its label, and what the stored captures offer for it.
  const filters: { key: keyof HistoryPageState['filter']; label: string; options: Choice[] }[] = [
    { key: 'unit', label: t('filter.unit'), options: choices.units },
    { key: 'indicator', label: t('filter.indicator'), options: choices.indicators },
    { key: 'period', label: t('filter.period'), options: choices.periods.map((p) => ({ value: p.key, label: seriesPeriodName(p, t) })) },
    { key: 'pageType', label: t('filter.pageType'), options: choices.pageTypes.map((p) => ({ value: p, label: pageTypeName(p, t) })) },
  ];
  return (
    <section className="filters" aria-label={t('history.filters')}>
      {filters.map(({ key, label, options }) => (
        <label key={key}>
          {label}
          <select name={key} value={filter[key] ?? ''} onChange={pick(key)}>
            <option value="">{t('filter.all')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </section>
  );
}

/* Made for: the history page's four filters, each listing only what the stored captures hold, so an officer never filters to nothing. */
