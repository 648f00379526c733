import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { importIndicators } from '../../actions/indicators.js';
import { FilePicker } from '../FilePicker.js';
import { usePane } from '../../shared/pane-context.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

export function IndicatorsPane() {
  const { t, act, busy, hasWorkbook } = usePane();
  const s = useStyles();
  return (
    <div className={s.col}>
      <Text>{t('indicatorsIntro')}</Text>
      <FilePicker
        label={t('indicatorsChoose')}
        accept=".json,application/json"
        disabled={busy || !hasWorkbook}
        onFile={(file) =>
          act(async (port) => {
            const r = await importIndicators(port, await file.text());
            return r.ok ? { intent: 'success', text: t('indicatorsImported', { snapshots: r.snapshots, values: r.values }) } : { intent: 'error', text: r.message };
          })
        }
      />
    </div>
  );
}

/* Made for: the portal indicators tab: importing the extension's export file into the workbook for the cross-check. */
