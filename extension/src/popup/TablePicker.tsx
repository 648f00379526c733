// Chọn bảng thủ công: the officer picks a table of the page, its unit-name column and which columns are
// which indicators. The mapping is saved for the site (origin) once a capture with it succeeds.
import { useState } from 'react';
import { GenericMapping, INDICATORS, indicatorDefinition, type GenericColumn, type IndicatorValue, type TableSummary } from '../../../core/indicators/index.js';
import { GENERIC_MAPPING_LABELS } from '../../../core/indicators/labels.js';
import { parseWithMessages } from '../../../core/schema-messages.js';
import { MEASURE_LABEL } from '../export/table.js';
import { useI18n } from '../ui/I18n.js';

const CUSTOM = '*';
type ColumnChoice = { code: string; custom: string; unit: IndicatorValue['unit'] };
const SKIP: ColumnChoice = { code: '', custom: '', unit: 'count' };

/** The choices a saved mapping (saved per site) gives for a table's headers; elsewhere the best guess for each column. */
function choicesFrom(table: TableSummary | undefined, mapping: GenericMapping | undefined): ColumnChoice[] {
  const saved = mapping && table?.headers.includes(mapping.unitColumn) ? mapping : undefined;
  return (table?.headers ?? []).map((header, col) => {
    const column = saved?.columns.find((c) => c.header === header);
    const guess = table?.guesses[col];
    if (!column) return !saved && guess ? { code: guess.code, custom: '', unit: guess.unit } : SKIP;
    return indicatorDefinition(column.code) ? { code: column.code, custom: '', unit: column.unit } : { code: CUSTOM, custom: column.code, unit: column.unit };
  });
}

export function TablePicker({ tables, initial, initialTable, onPick, onCancel }: {
  tables: TableSummary[];
  initial?: GenericMapping;
  /** The table to open on (the one a page type refused), before the one the initial mapping names. */
  initialTable?: number;
  onPick: (m: GenericMapping) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const start = tables.find((tb) => tb.index === initialTable) ?? tables.find((tb) => initial && tb.headers.includes(initial.unitColumn)) ?? tables[0];
  const [tableIndex, setTableIndex] = useState(start?.index);
  const table = tables.find((tb) => tb.index === tableIndex);
  const [unitColumn, setUnitColumn] = useState(initial && table?.headers.includes(initial.unitColumn) ? initial.unitColumn : (start?.unitColumn ?? ''));
  const [choices, setChoices] = useState<ColumnChoice[]>(() => choicesFrom(start, initial));
  const [problem, setProblem] = useState<string>();

  if (!table) return <p className="error">{t('picker.noTables')}</p>;

  const choose = (index: number) => {
    setTableIndex(index);
    setUnitColumn(tables.find((tb) => tb.index === index)?.unitColumn ?? '');
    setChoices(choicesFrom(tables.find((tb) => tb.index === index), undefined));
  };
  const setChoice = (col: number, change: Partial<ColumnChoice>) => setChoices(choices.map((c, i) => (i === col ? { ...c, ...change } : c)));

  const submit = () => {
    if (!unitColumn) return setProblem(t('picker.needUnit'));
    const columns: GenericColumn[] = table.headers.flatMap((header, i) => {
      const c = choices[i] ?? SKIP;
      if (!c.code || header === unitColumn) return [];
      return [{ header, code: c.code === CUSTOM ? c.custom.trim().toUpperCase() : c.code, unit: c.unit }];
    });
    if (columns.length === 0) return setProblem(t('picker.needIndicator'));
    // In the project's Vietnamese words, naming the column and the rule (e.g. how a custom code is written).
    const mapping = parseWithMessages(GenericMapping, { unitColumn, columns }, GENERIC_MAPPING_LABELS);
    if (!mapping.ok) return setProblem(mapping.errors.join('; '));
    setProblem(undefined);
    onPick(mapping.data);
  };

  return (
    <section className="picker" aria-label={t('picker.title')}>
      <h2>{t('picker.title')}</h2>
      <label>
        {t('picker.table')}{' '}
        <select name="table" value={table.index} onChange={(e) => choose(Number(e.target.value))}>
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
                  <select
                    aria-label={header}
                    value={choices[col]?.code ?? ''}
                    onChange={(e) => {
                      const code = e.target.value;
                      setChoice(col, { code, unit: indicatorDefinition(code)?.unit ?? choices[col]?.unit ?? 'count' });
                    }}
                  >
                    <option value="">{t('picker.skip')}</option>
                    {INDICATORS.map((d) => (
                      <option key={d.code} value={d.code}>
                        {d.label}
                      </option>
                    ))}
                    <option value={CUSTOM}>{t('picker.custom')}</option>
                  </select>
                  {choices[col]?.code === CUSTOM && (
                    <>
                      <input aria-label={t('picker.customCode')} value={choices[col]!.custom} onChange={(e) => setChoice(col, { custom: e.target.value })} />
                      <select aria-label={t('column.measure')} value={choices[col]!.unit} onChange={(e) => setChoice(col, { unit: e.target.value as IndicatorValue['unit'] })}>
                        {Object.entries(MEASURE_LABEL).map(([unit, key]) => (
                          <option key={unit} value={unit}>
                            {t(key)}
                          </option>
                        ))}
                      </select>
                    </>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {problem && <p role="alert" className="error">{problem}</p>}
      <p className="muted">{t('picker.savedNote')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={submit}>
          {t('picker.capture')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </section>
  );
}

/* Made for: a portal table no page adapter knows: the officer picks the table, its unit-name column and which column is which indicator, saved for the site once a capture with it succeeds. */
