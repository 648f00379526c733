// Flags as a list; a flag with a cell is a link that shows that cell.
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Flag } from '../../core/checks/flag.js';
import { usePane } from './pane-context.js';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '0', listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function FlagList({ flags, children }: { flags: readonly Flag[]; children?: (flag: Flag) => React.ReactNode }) {
  const { t, selectCell } = usePane();
  const s = useStyles();
  if (flags.length === 0) return <p>{t('scoreNoFlags')}</p>;
  return (
    <ul className={s.list}>
      {flags.map((f, i) => (
        <li key={`${f.sheet}-${f.code}-${f.cell ?? ''}-${i}`} className={s.item}>
          <Badge className={s.badge} appearance="tint" color={COLOR[f.severity]} size="small">
            {f.code}
          </Badge>
          <span>
            {f.cell ? (
              <Link onClick={() => selectCell(f.sheet, f.cell!)}>{`${f.sheet} · ${t('scoreFlagCell', { cell: f.cell })}`}</Link>
            ) : (
              <b>{f.sheet}</b>
            )}
            {': '}
            {f.message}
            {children?.(f)}
          </span>
        </li>
      ))}
    </ul>
  );
}
