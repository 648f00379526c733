import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CriteriaSet } from '../../../core/criteria/schema.js';
import { CRITERIA_SHEET_NAME } from '../../../core/criteria/sheet/vocabulary.js';
import { formatNumberVi } from '../../../core/values.js';
import { builtinSets, insertCriteriaSheet, useBuiltin, useCriteriaSheet, type LoadedCriteria } from '../../actions/criteria.js';
import { criteriaFromText, loadedFrom, usePane, type Notice, type PaneContext } from '../../shared/pane-context.js';
import { DocxCriteriaPicker } from './DocxCriteriaPicker.js';
import { SheetChoice } from '../../shared/SheetChoice.js';
import { UnderstoodTree } from '../../shared/UnderstoodTree.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

/** A sheet's errors, then what it left out and was inferred (each a notice, not an error), each with its cell. */
function sheetItems(sheet: string, lines: { cell?: string; message: string }[]): Notice['items'] {
  return lines.map((e) => ({ text: e.message, sheet, ...(e.cell === undefined ? {} : { cell: e.cell }) }));
}

function noticeFor(loaded: LoadedCriteria, ctx: PaneContext): Notice {
  const { t } = ctx;
  if (loaded.ok) {
    ctx.chooseSet(loaded.set, loadedFrom(loaded), loaded);
    ctx.setResult(undefined);
    if (!loaded.sheet) return { intent: 'success', text: t('criteriaCurrent', { title: loaded.set.title, version: loaded.set.version }) };
    // What was inferred is listed under the tree it shaped (UnderstoodTree), where the officer confirms it.
    if (loaded.notices.length > 0 && !loaded.confirmed) return { intent: 'warning', text: t('criteriaLoadedUnconfirmed', { sheet: loaded.sheet, count: loaded.notices.length }) };
    return { intent: 'success', text: t('criteriaLoadedSheet', { sheet: loaded.sheet }) };
  }
  if (loaded.reason === 'sheet-errors') {
    // An error is said with its cell (the reader keeps the cell apart, so it is said once).
    const errors = loaded.errors.map((e) => ({ cell: e.cell, message: `Ô ${e.cell}: ${e.message}` }));
    return { intent: 'error', text: t('criteriaSheetErrors', { sheet: loaded.sheet, count: loaded.errors.length }), items: sheetItems(loaded.sheet, [...errors, ...loaded.notices]) };
  }
  return { intent: 'warning', text: t('criteriaNoSheet') };
}

/** The set in use at a glance — as understood (groups, items, the total), bands, awards — so inferred parts are seen before scoring. */
function SetOutline({ set }: { set: CriteriaSet }) {
  const n = formatNumberVi;
  return (
    <>
      <UnderstoodTree set={set} />
      <Text size={200}>
        {`Xếp loại: ${set.classification.map((b) => `${b.label} ≥ ${n(b.minPercent)}%`).join(', ')}`}
        {set.awards.forms.length > 0 && <br />}
        {set.awards.forms.length > 0 && `Khen thưởng: ${set.awards.forms.map((f) => f.label).join('; ')}`}
      </Text>
    </>
  );
}

export function CriteriaPane() {
  const ctx = usePane();
  const { t, criteriaFrom, previousCriteria: previous, act, busy, hasWorkbook, workbookCriteria, workbookSheets, mode } = ctx;
  // The set chosen, confirmed or not: its tree is where it is confirmed.
  const set = ctx.chosen?.set;
  const [sets, setSets] = useState<readonly CriteriaSet[]>([]);
  useEffect(() => void builtinSets().then(setSets), []);
  const [picked, setChosen] = useState<string>();
  const chosen = picked ?? set?.id ?? sets[0]?.id ?? '';
  const s = useStyles();
  const builtin = sets.find((b) => b.id === chosen);
  // The workbook's own criteria first (the main button) when it has them; the built-in sets after.
  const ownFirst = workbookCriteria !== undefined;
  const useSheet = (
    <Button appearance={ownFirst ? 'primary' : 'secondary'} disabled={busy || !hasWorkbook} onClick={() => act(async (port, view) => noticeFor(await useCriteriaSheet(port, undefined, view.fileName), ctx))}>
      {ownFirst && workbookCriteria !== CRITERIA_SHEET_NAME ? t('criteriaUseOwnSheet', { sheet: workbookCriteria }) : t('criteriaUseSheet')}
    </Button>
  );
  return (
    <div className={s.col}>
      <Text weight="semibold">{set ? t('criteriaCurrent', { title: set.title, version: set.version }) : t('criteriaNone')}</Text>
      {criteriaFrom && <Text size={200}>{t('criteriaFrom', { from: criteriaFromText(t, criteriaFrom) })}</Text>}
      {set && <SetOutline set={set} />}
      {ownFirst && useSheet}
      {/* Several sheets of the workbook hold criteria: each with what it holds, the one in use checked, another taken in one click. */}
      {workbookSheets.length > 1 && (
        <SheetChoice
          choices={workbookSheets}
          taken={criteriaFrom && 'sheet' in criteriaFrom && workbookSheets.some((c) => c.sheet === criteriaFrom.sheet) ? criteriaFrom.sheet : undefined}
          busy={busy || !hasWorkbook}
          choose={(sheet) => void act(async (port, view) => noticeFor(await useCriteriaSheet(port, sheet, view.fileName), ctx))}
        />
      )}
      {/* The page keeps the set chosen before: taking a workbook's own criteria, or trying another set, leaves it one click away. */}
      {mode === 'standalone' && previous && (
        <Button
          disabled={busy}
          onClick={() => {
            ctx.chooseSet(previous.set, previous.from, previous.understood);
            ctx.setResult(undefined);
            ctx.notify({ intent: 'success', text: t('criteriaCurrent', { title: previous.set.title, version: previous.set.version }) });
          }}
        >
          {t('criteriaUseAgain', { title: previous.set.title, from: criteriaFromText(t, previous.from) })}
        </Button>
      )}
      <Field label={t('criteriaBuiltin')}>
        <Dropdown value={builtin?.title ?? ''} selectedOptions={[chosen]} onOptionSelect={(_, d) => d.optionValue && setChosen(d.optionValue)}>
          {sets.map((b) => (
            <Option key={b.id} value={b.id} text={b.title}>
              {b.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {builtin && <Text size={200}>{t('criteriaSource', { source: [builtin.legalBasis.document, builtin.legalBasis.title].filter(Boolean).join(' — ') })}</Text>}
      {/* Every button below works on the open workbook: greyed, it says why. */}
      {!hasWorkbook && <Text aria-label={t('criteriaNeedsWorkbook')}>{t('criteriaNeedsWorkbook')}</Text>}
      <Button appearance={ownFirst ? 'secondary' : 'primary'} disabled={busy || !hasWorkbook || !builtin} onClick={() => act(async (port) => noticeFor(await useBuiltin(port, chosen), ctx))}>
        {t('criteriaUseBuiltin')}
      </Button>
      <Button disabled={busy || !hasWorkbook || !builtin} onClick={() => act(async (port) => ({ intent: 'success', text: t('criteriaInserted', { sheet: await insertCriteriaSheet(port, builtin!) }) }))}>
        {t('criteriaInsert')}
      </Button>
      {!ownFirst && useSheet}
      <DocxCriteriaPicker />
    </div>
  );
}

/* Made for: the «Tiêu chí» tab: choosing the criteria set that scores the workbook (built-in or the workbook's own sheet), its errors and what was inferred, and inserting a built-in set as a sheet. */
