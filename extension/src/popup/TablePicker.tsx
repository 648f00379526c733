// Chọn bảng thủ công: the officer picks a table of the page, its unit-name column and which columns are
// which indicators. The mapping is saved for the site (origin) once a capture with it succeeds.
import { INDICATORS, type GenericMapping, type IndicatorValue, type TableSummary } from '../../../core/indicators/index.js';
import { MEASURE_LABEL } from '../export/table.js';
import { useI18n } from '../ui/I18n.js';
import { choiceFor, CUSTOM, useTablePicker, type ColumnChoice } from './table-picker-state.js';

export function TablePicker({ tables, initial, initialTable, onPick, onCancel }: {
  tables: TableSummary[];
  initial?: GenericMapping;
  /** The table to open on (the one a page type refused), before the one the initial mapping names. */
  initialTable?: number;
  onPick: (m: GenericMapping) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { table, unitColumn, setUnitColumn, choices, chooseTable, setChoice, refused, submit } = useTablePicker(tables, initial, initialTable);
  if (!table) return <p className="error">{t('picker.noTables')}</p>;
  const pick = () => {
    const mapping = submit();
    if (mapping) onPick(mapping);
  };

  return (
    <section className="picker" aria-label={t('picker.title')}>
      <h2>{t('picker.title')}</h2>
      <label>
        {t('picker.table')}{' '}
        <select name="table" value={table.index} onChange={(e) => chooseTable(Number(e.target.value))}>
          {tables.map((tb) => (
            <option key={tb.index} value={tb.index}>
              {t('picker.tableSummary', { number: tb.index + 1, title: tb.title ?? t('picker.untitled'), rows: tb.rowCount })}
            </option>
          ))}
        </select>
      </label>
      {table.sample[0] && <p className="muted">{table.sample[0].join(' | ')}</p>}
      <label>
        {t('picker.unitColumn')}{' '}
        <select name="unitColumn" value={unitColumn} onChange={(e) => setUnitColumn(e.target.value)}>
          <option value="">{t('picker.chooseColumn')}</option>
          {table.headers.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <h2>{t('picker.columns')}</h2>
      <table>
        <tbody>
          {table.headers.map((header, col) =>
            header === unitColumn || header === '' ? null : (
              <tr key={col}>
                <td>{header}</td>
                <td>
                  <ColumnChoiceCell header={header} choice={choices[col]} onChange={(change) => setChoice(col, change)} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {refused && (
        <p role="alert" className="error">
          {'problem' in refused ? t(refused.problem) : refused.errors.join('; ')}
        </p>
      )}
      <p className="muted">{t('picker.savedNote')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={pick}>
          {t('picker.capture')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </section>
  );
}

/** What one column is: a known indicator, none, or another with its code and measure typed. */
function ColumnChoiceCell({ header, choice, onChange }: { header: string; choice: ColumnChoice | undefined; onChange: (change: Partial<ColumnChoice>) => void }) {
  const { t } = useI18n();
  return (
    <>
      <select aria-label={header} value={choice?.code ?? ''} onChange={(e) => onChange(choiceFor(e.target.value, choice))}>
        <option value="">{t('picker.skip')}</option>
        {INDICATORS.map((d) => (
          <option key={d.code} value={d.code}>
            {d.label}
          </option>
        ))}
        <option value={CUSTOM}>{t('picker.custom')}</option>
      </select>
      {choice?.code === CUSTOM && (
        <>
          <input aria-label={t('picker.customCode')} value={choice.custom} onChange={(e) => onChange({ custom: e.target.value })} />
          <select aria-label={t('column.measure')} value={choice.unit} onChange={(e) => onChange({ unit: e.target.value as IndicatorValue['unit'] })}>
            {Object.entries(MEASURE_LABEL).map(([unit, key]) => (
              <option key={unit} value={unit}>
                {t(key)}
              </option>
            ))}
          </select>
        </>
      )}
    </>
  );
}

/* Made for: a portal table no page adapter knows: the officer picks the table, its unit-name column and which column is which indicator, saved for the site once a capture with it succeeds. */
