// The standalone page's file bar: open a workbook or an example, which file and which criteria set are in use, and
// the download (a scored workbook, templates, or a copy).
import { Button, Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FilePicker } from './FilePicker.js';
import { WIDE_QUERY, type usePaneApp } from './app-state.js';
import { criteriaFromText } from '../shared/pane-context.js';
import { downloadName } from '../shared/session.js';

const useStyles = makeStyles({
  // Two buttons side by side; the example list and the download take a whole row.
  bar: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingVerticalS, [`@media ${WIDE_QUERY}`]: { maxWidth: '46rem' } },
  wide: { gridColumn: '1 / -1', minWidth: 0 },
});

export function FileBar({ app, examples }: { app: ReturnType<typeof usePaneApp>; examples: readonly string[] }) {
  const s = useStyles();
  const { t, busy, standalone, criteria, set, example, holds } = app;
  const failed = (e: unknown) => app.setNotice(app.errorNotice(e));
  return (
    <div className={s.bar}>
      <FilePicker label={t('openFile')} accept=".xlsx" disabled={busy} onFile={async (f) => app.open(await f.arrayBuffer(), f.name)} />
      {examples.length > 0 && (
        <Button disabled={busy} onClick={() => app.openExample().catch(failed)}>
          {t('openExample')}
        </Button>
      )}
      {examples.length > 1 && (
        <Dropdown className={s.wide} aria-label={t('exampleChoice')} value={example ?? ''} selectedOptions={example ? [example] : []} onOptionSelect={(_, d) => app.setExample(d.optionValue)}>
          {examples.map((x) => (
            <Option key={x}>{x}</Option>
          ))}
        </Dropdown>
      )}
      <Text className={s.wide} weight="semibold" aria-live="polite">
        {standalone ? t('fileCurrent', { name: standalone.fileName }) : t('noFile')}
      </Text>
      <Text className={s.wide} aria-live="polite">
        {criteria ? t(set ? 'fileCriteria' : 'fileCriteriaUnconfirmed', { title: criteria.set.title, from: criteriaFromText(t, criteria.from) }) : t('fileCriteriaNone')}
      </Text>
      <Button className={s.wide} appearance="primary" disabled={busy || !standalone} onClick={() => standalone?.download(downloadName(standalone.fileName, holds)).catch(failed)}>
        {holds === 'scored' ? t('download') : t('downloadCopy')}
      </Button>
    </div>
  );
}

/* Made for: the standalone page's one row for the workbook in hand: open it, say what is open and with which set, download what it now holds. */
