import { Button, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createTemplates, templatesZip, type UnitEntry } from '../../actions/templates.js';
import { saveFile } from '../../shared/save-file.js';
import { criteriaNeeded, usePane } from '../../shared/pane-context.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Kind labels are long («Cơ quan, ban, ngành, UB MTTQ…»): in a 340 px pane each unit takes two lines —
  // its name, then its kind beside the remove button — so nothing is pushed out of the pane.
  unit: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingVerticalXS,
    alignItems: 'end',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { gridColumn: '1 / -1' },
  kind: { minWidth: 0, width: '100%' },
});

export function TemplatesPane() {
  const ctx = usePane();
  const { t, set, act, busy, hasWorkbook, mode, notify, templatesAdded } = ctx;
  const s = useStyles();
  const firstKind = set?.subjectKinds[0]?.id ?? '';
  const [units, setUnits] = useState<UnitEntry[]>([{ name: '', kindId: firstKind }]);
  const [period, setPeriod] = useState('');
  if (!set) return <Text>{criteriaNeeded(ctx)}</Text>;
  // A kind the current set does not have (the set was changed after the row was filled) reads as its first kind.
  const kindOf = (u: UnitEntry) => (set.subjectKinds.some((k) => k.id === u.kindId) ? u.kindId : firstKind);
  const update = (i: number, patch: Partial<UnitEntry>) => setUnits(units.map((u, j) => (j === i ? { ...u, ...patch } : u)));
  const empty = () => {
    const row = units.findIndex((u) => u.name.trim() === '');
    return row >= 0 ? ({ intent: 'warning', text: t('templatesEmptyName', { row: row + 1 }) } as const) : undefined;
  };
  const entries = () => units.map((u) => ({ name: u.name.trim(), kindId: kindOf(u) }));
  const create = () =>
    act(async (port) => {
      if (empty()) return empty();
      const r = await createTemplates(port, set, entries(), period.trim() || undefined);
      if (r.created.length > 0) templatesAdded();
      const texts = [r.created.length > 0 ? t('templatesCreated', { count: r.created.length, names: r.created.join(', ') }) : '', r.skipped.length > 0 ? t('templatesSkipped', { names: r.skipped.join(', ') }) : ''];
      return { intent: r.skipped.length > 0 ? 'warning' : 'success', text: texts.filter(Boolean).join(' ') };
    });
  const downloadZip = async () => {
    if (empty()) return notify(empty());
    const zip = await templatesZip(set, entries(), period.trim() || undefined);
    saveFile(zip.bytes, t('templatesZipName', { count: zip.files.length }), 'application/zip');
    notify({ intent: 'success', text: t('templatesZipped', { count: zip.files.length, names: zip.files.join(', ') }) });
  };
  return (
    <div className={s.col}>
      <Text>{t('templatesIntro')}</Text>
      {units.map((u, i) => (
        <div key={i} className={s.unit}>
          <Field className={s.name} label={`${t('templatesUnitName')} ${i + 1}`}>
            <Input value={u.name} onChange={(_, d) => update(i, { name: d.value })} />
          </Field>
          <Field label={`${t('templatesUnitKind')} ${i + 1}`}>
            <Dropdown
              className={s.kind}
              value={set.subjectKinds.find((k) => k.id === kindOf(u))?.label ?? ''}
              selectedOptions={[kindOf(u)]}
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
      {/* One file per unit needs no open workbook: only the criteria set. */}
      {mode === 'standalone' && (
        <Button disabled={busy} onClick={() => downloadZip().catch((e: unknown) => notify({ intent: 'error', text: t('errorUnexpected', { message: e instanceof Error ? e.message : String(e) }) }))}>
          {t('templatesZip')}
        </Button>
      )}
    </div>
  );
}

/* Made for: the templates tab: the units' blank report sheets made in the workbook, or on the standalone page one workbook per unit in a zip. */
