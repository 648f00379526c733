// The table picker's state: which table, which column names the units, what each other column is. The choices and
// the mapping they make are pure functions (tested in Node on the real generic-table page); the hook only holds them.
import { useState } from 'react';
import { GenericMapping, indicatorDefinition, type GenericColumn, type IndicatorValue, type TableSummary } from '../../../core/indicators/index.js';
import { GENERIC_MAPPING_LABELS } from '../../../core/indicators/labels.js';
import { parseWithMessages } from '../../../core/schema-messages.js';

/** The choice «another indicator», whose code the officer types. */
export const CUSTOM = '*';
export type ColumnChoice = { code: string; custom: string; unit: IndicatorValue['unit'] };
const SKIP: ColumnChoice = { code: '', custom: '', unit: 'count' };

/** The choices a saved mapping (saved per site) gives for a table's headers; elsewhere the best guess for each column. */
export function choicesFrom(table: TableSummary | undefined, mapping: GenericMapping | undefined): ColumnChoice[] {
  const saved = mapping && table?.headers.includes(mapping.unitColumn) ? mapping : undefined;
  return (table?.headers ?? []).map((header, col) => {
    const column = saved?.columns.find((c) => c.header === header);
    const guess = table?.guesses[col];
    if (!column) return !saved && guess ? { code: guess.code, custom: '', unit: guess.unit } : SKIP;
    return indicatorDefinition(column.code) ? { code: column.code, custom: '', unit: column.unit } : { code: CUSTOM, custom: column.code, unit: column.unit };
  });
}

/** The table opened first: the one a page type refused, else the one the saved mapping names, else the first. */
export function startTable(tables: readonly TableSummary[], initial?: GenericMapping, initialTable?: number): TableSummary | undefined {
  return tables.find((tb) => tb.index === initialTable) ?? tables.find((tb) => initial && tb.headers.includes(initial.unitColumn)) ?? tables[0];
}

/** A column's choice after the officer picks `code`: a known indicator brings its own measure. */
export function choiceFor(code: string, before: ColumnChoice | undefined): Partial<ColumnChoice> {
  return { code, unit: indicatorDefinition(code)?.unit ?? before?.unit ?? 'count' };
}

export type Picked =
  | { ok: true; mapping: GenericMapping }
  | { ok: false; problem: 'picker.needUnit' | 'picker.needIndicator' }
  // The schema's refusal in the project's Vietnamese words, naming the column and the rule.
  | { ok: false; errors: string[] };

/** The mapping the officer's choices make on `table`, or why they do not make one yet. */
export function pickedMapping(table: TableSummary, unitColumn: string, choices: readonly ColumnChoice[]): Picked {
  if (!unitColumn) return { ok: false, problem: 'picker.needUnit' };
  const columns: GenericColumn[] = table.headers.flatMap((header, i) => {
    const c = choices[i] ?? SKIP;
    if (!c.code || header === unitColumn) return [];
    return [{ header, code: c.code === CUSTOM ? c.custom.trim().toUpperCase() : c.code, unit: c.unit }];
  });
  if (columns.length === 0) return { ok: false, problem: 'picker.needIndicator' };
  const mapping = parseWithMessages(GenericMapping, { unitColumn, columns }, GENERIC_MAPPING_LABELS);
  return mapping.ok ? { ok: true, mapping: mapping.data } : { ok: false, errors: mapping.errors };
}

export function useTablePicker(tables: readonly TableSummary[], initial?: GenericMapping, initialTable?: number) {
  const start = startTable(tables, initial, initialTable);
  const [tableIndex, setTableIndex] = useState(start?.index);
  const table = tables.find((tb) => tb.index === tableIndex);
  const [unitColumn, setUnitColumn] = useState(initial && table?.headers.includes(initial.unitColumn) ? initial.unitColumn : (start?.unitColumn ?? ''));
  const [choices, setChoices] = useState<ColumnChoice[]>(() => choicesFrom(start, initial));
  const [picked, setPicked] = useState<Picked>();

  /** Another table: its own unit column and guesses, nothing of the saved mapping. */
  const chooseTable = (index: number) => {
    const next = tables.find((tb) => tb.index === index);
    setTableIndex(index);
    setUnitColumn(next?.unitColumn ?? '');
    setChoices(choicesFrom(next, undefined));
  };
  const setChoice = (col: number, change: Partial<ColumnChoice>) => setChoices(choices.map((c, i) => (i === col ? { ...c, ...change } : c)));
  /** The mapping when the choices make one (the refusal kept to be shown otherwise). */
  const submit = (): GenericMapping | undefined => {
    if (!table) return undefined;
    const result = pickedMapping(table, unitColumn, choices);
    setPicked(result);
    return result.ok ? result.mapping : undefined;
  };
  return { table, unitColumn, setUnitColumn, choices, chooseTable, setChoice, refused: picked && !picked.ok ? picked : undefined, submit };
}

/* Made for: the table picker's choices held apart from its view, so how a saved mapping, a guess or the officer's picks become a mapping is tested without a browser. */
