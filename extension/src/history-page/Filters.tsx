// The history page's filters: unit, indicator, kind of period, page type, each offering only what is stored.
import { pageTypeName } from '../page-names.js';
import { useI18n } from '../ui/I18n.js';
import type { HistoryPageState } from './history-state.js';
import { seriesPeriodName } from './UnitTable.js';

export function Filters({ page }: { page: Pick<HistoryPageState, 'choices' | 'filter' | 'pick'> }) {
  const { t } = useI18n();
  const { choices, filter, pick } = page;
  return (
    <section className="filters" aria-label={t('history.filters')}>
      <label>
        {t('filter.unit')}
        <select name="unit" value={filter.unit ?? ''} onChange={pick('unit')}>
          <option value="">{t('filter.all')}</option>
          {choices.units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.indicator')}
        <select name="indicator" value={filter.indicator ?? ''} onChange={pick('indicator')}>
          <option value="">{t('filter.all')}</option>
          {choices.indicators.map((i) => (
            <option key={i.value} value={i.value}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.period')}
        <select name="period" value={filter.period ?? ''} onChange={pick('period')}>
          <option value="">{t('filter.all')}</option>
          {choices.periods.map((p) => (
            <option key={p.key} value={p.key}>
              {seriesPeriodName(p, t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.pageType')}
        <select name="pageType" value={filter.pageType ?? ''} onChange={pick('pageType')}>
          <option value="">{t('filter.all')}</option>
          {choices.pageTypes.map((p) => (
            <option key={p} value={p}>
              {pageTypeName(p, t)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}

/* Made for: the history page's four filters, each listing only what the stored captures hold, so an officer never filters to nothing. */
