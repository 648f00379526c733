// What closing asks of the officer, the same in the pane and on the page: who closes, and the reason when a closed
// result has changed — and, above them, what changed since the round was closed.
import { Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from './pane-context.js';
import type { Said } from '../../core/run/said.js';
import { SaidLine } from './SaidLine.js';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', rowGap: '2px', flexGrow: 1, minWidth: '10rem' },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function ClosingFields({ by, setBy, reason, setReason }: { by: string; setBy(v: string): void; reason: string; setReason(v: string): void }) {
  const s = useStyles();
  const { t } = usePane();
  return (
    <>
      <label className={s.field}>
        <Text size={200}>{t('closeBy')}</Text>
        <Input aria-label="Người chốt" value={by} onChange={(_, d) => setBy(d.value)} />
      </label>
      <label className={s.field}>
        <Text size={200}>{t('closeReason')}</Text>
        <Input aria-label="Lý do chốt lại" value={reason} onChange={(_, d) => setReason(d.value)} />
      </label>
    </>
  );
}

/**
 * What differs from the closed round, as an alert: `intro` says where the closed round is kept; `selectCell`, how the
 * face opens a line's place (the pane: the open workbook's; none on «Chấm cả xã», whose lines are of the run's files).
 */
export function ChangedSinceClosing({ intro, changes, selectCell }: { intro: string; changes: readonly Said[]; selectCell?: (sheet: string, cell: string) => void }) {
  const s = useStyles();
  if (changes.length === 0) return null;
  return (
    <div role="alert">
      <Text className={s.error}>{intro}</Text>
      <ul className={s.lines}>
        {changes.map((c, i) => (
          <li key={i}>
            <SaidLine line={c} selectCell={selectCell} />
          </li>
        ))}
      </ul>
    </div>
  );
}

// Made for issue 26: closing worded once for the task pane and the standalone page.
