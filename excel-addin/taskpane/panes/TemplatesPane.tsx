import { Button, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createTemplates, type UnitEntry } from '../../actions/templates.js';
import { usePane } from '../pane-context.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: '1fr 9rem auto', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
});

export function TemplatesPane() {
  const { t, set, act, busy, hasWorkbook } = usePane();
  const s = useStyles();
  const firstKind = set?.subjectKinds[0]?.id ?? '';
  const [units, setUnits] = useState<UnitEntry[]>([{ name: '', kindId: firstKind }]);
  const [period, setPeriod] = useState('');
  if (!set) return <Text>{t('criteriaNeeded')}</Text>;
  const update = (i: number, patch: Partial<UnitEntry>) => setUnits(units.map((u, j) => (j === i ? { ...u, ...patch } : u)));
  const create = () =>
    act(async (port) => {
      const empty = units.findIndex((u) => u.name.trim() === '');
      if (empty >= 0) return { intent: 'warning', text: t('templatesEmptyName', { row: empty + 1 }) };
      const r = await createTemplates(port, set, units.map((u) => ({ name: u.name.trim(), kindId: u.kindId || firstKind })), period.trim() || undefined);
      const texts = [r.created.length > 0 ? t('templatesCreated', { count: r.created.length, names: r.created.join(', ') }) : '', r.skipped.length > 0 ? t('templatesSkipped', { names: r.skipped.join(', ') }) : ''];
      return { intent: r.skipped.length > 0 ? 'warning' : 'success', text: texts.filter(Boolean).join(' ') };
    });
  return (
    <div className={s.col}>
      <Text>{t('templatesIntro')}</Text>
      {units.map((u, i) => (
        <div key={i} className={s.row}>
          <Field label={i === 0 ? t('templatesUnitName') : undefined}>
            <Input aria-label={`${t('templatesUnitName')} ${i + 1}`} value={u.name} onChange={(_, d) => update(i, { name: d.value })} />
          </Field>
          <Field label={i === 0 ? t('templatesUnitKind') : undefined}>
            <Dropdown
              aria-label={`${t('templatesUnitKind')} ${i + 1}`}
              value={set.subjectKinds.find((k) => k.id === (u.kindId || firstKind))?.label ?? ''}
              selectedOptions={[u.kindId || firstKind]}
              onOptionSelect={(_, d) => d.optionValue && update(i, { kindId: d.optionValue })}
            >
              {set.subjectKinds.map((k) => (
                <Option key={k.id} value={k.id}>
                  {k.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button disabled={units.length === 1} onClick={() => setUnits(units.filter((_, j) => j !== i))}>
            {t('templatesRemoveUnit')}
          </Button>
        </div>
      ))}
      <Button onClick={() => setUnits([...units, { name: '', kindId: firstKind }])}>{t('templatesAddUnit')}</Button>
      <Field label={t('templatesPeriod')}>
        <Input value={period} placeholder={set.period.label} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Button appearance="primary" disabled={busy || !hasWorkbook} onClick={create}>
        {t('templatesCreate')}
      </Button>
    </div>
  );
}
