import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { importIndicators, type ImportResult } from '../../actions/indicators.js';
import { FilePicker } from '../FilePicker.js';
import type { Translate } from '../../shared/i18n.js';
import { usePane, type Notice } from '../../shared/pane-context.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

/** What the import says: refused with why, else how much it took in and — a warning — each unit whose total its groups do not add up to, and each the file's own list says otherwise of, a link to its note in the sheet. */
export function importedNotice(r: ImportResult, t: Translate): Notice {
  if (!r.ok) return { intent: 'error', text: r.message };
  const imported = t('indicatorsImported', { snapshots: r.snapshots, values: r.values });
  if (!r.totalMismatches && !r.fileDoubts) return { intent: 'success', text: imported };
  const heading = [r.totalMismatches && t('indicatorsTotalMismatch', { count: r.totalMismatches.length }), r.fileDoubts && t('indicatorsFileDoubts', { count: r.fileDoubts.length })].filter(Boolean).join(' ');
  return { intent: 'warning', text: `${imported} ${heading}`, items: [...(r.totalMismatches ?? []), ...(r.fileDoubts ?? [])] };
}

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
          act(async (port) => importedNotice(await importIndicators(port, await file.text()), t))
        }
      />
    </div>
  );
}

/* Made for: the portal indicators tab: importing the extension's export file into the workbook for the cross-check. */
