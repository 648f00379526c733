import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { builtinSets } from '../../../core/criteria/builtin/index.js';
import { insertCriteriaSheet, useBuiltin, useCriteriaSheet, type LoadedCriteria } from '../../actions/criteria.js';
import { usePane, type Notice, type PaneContext } from '../pane-context.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

function noticeFor(loaded: LoadedCriteria, ctx: PaneContext): Notice {
  const { t } = ctx;
  if (loaded.ok) {
    ctx.setSet(loaded.set);
    ctx.setResult(undefined);
    return { intent: 'success', text: loaded.sheet ? t('criteriaLoadedSheet', { sheet: loaded.sheet }) : t('criteriaCurrent', { title: loaded.set.title, version: loaded.set.version }) };
  }
  if (loaded.reason === 'sheet-errors') {
    return { intent: 'error', text: t('criteriaSheetErrors', { sheet: loaded.sheet, count: loaded.errors.length }), items: loaded.errors.map((e) => ({ text: e.message, sheet: loaded.sheet, cell: e.cell })) };
  }
  return { intent: 'warning', text: t('criteriaNoSheet') };
}

export function CriteriaPane() {
  const ctx = usePane();
  const { t, set, act, busy, hasWorkbook } = ctx;
  const [chosen, setChosen] = useState(set?.id ?? builtinSets[0]!.id);
  const s = useStyles();
  const builtin = builtinSets.find((b) => b.id === chosen);
  return (
    <div className={s.col}>
      <Text weight="semibold">{set ? t('criteriaCurrent', { title: set.title, version: set.version }) : t('criteriaNone')}</Text>
      <Field label={t('criteriaBuiltin')}>
        <Dropdown value={builtin?.title ?? ''} selectedOptions={[chosen]} onOptionSelect={(_, d) => d.optionValue && setChosen(d.optionValue)}>
          {builtinSets.map((b) => (
            <Option key={b.id} value={b.id} text={b.title}>
              {b.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {builtin && <Text size={200}>{t('criteriaSource', { source: [builtin.legalBasis.document, builtin.legalBasis.title].filter(Boolean).join(' — ') })}</Text>}
      <Button appearance="primary" disabled={busy || !hasWorkbook} onClick={() => act(async (port) => noticeFor(await useBuiltin(port, chosen), ctx))}>
        {t('criteriaUseBuiltin')}
      </Button>
      <Button disabled={busy || !hasWorkbook || !builtin} onClick={() => act(async (port) => ({ intent: 'success', text: t('criteriaInserted', { sheet: await insertCriteriaSheet(port, builtin!) }) }))}>
        {t('criteriaInsert')}
      </Button>
      <Button disabled={busy || !hasWorkbook} onClick={() => act(async (port) => noticeFor(await useCriteriaSheet(port), ctx))}>
        {t('criteriaUseSheet')}
      </Button>
    </div>
  );
}
