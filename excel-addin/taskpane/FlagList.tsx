// Flags as a list: the check's title (in the pane's language) in its severity's colour (the tooltip
// says the severity and the title in words, never the code), where it is — a link that shows the
// cell — and the message.
import { Badge, Link, Text, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Flag, Severity } from '../../core/flags/flag.js';
import { flagTitle } from '../../core/checks/titles.js';
import type { MessageKey } from '../shared/i18n.js';
import { usePane } from '../shared/pane-context.js';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid`,
    overflowWrap: 'break-word',
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  // A long title wraps inside its badge instead of running out of the pane.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'left', paddingBlock: '1px' },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const SEVERITY: Record<Severity, MessageKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

export function FlagList({ flags, children }: { flags: readonly Flag[]; children?: (flag: Flag) => React.ReactNode }) {
  const { t, lang, selectCell, result } = usePane();
  const s = useStyles();
  if (flags.length === 0) return <p>{t('scoreNoFlags')}</p>;
  // The unit by its name as written; its sheet beside it when the tab's name was cut (31 characters) or differs.
  const where = (f: Flag) => {
    const unit = result?.cards.find((c) => c.sheet === f.sheet)?.unitName ?? f.sheet;
    return [unit, unit !== f.sheet ? t('councilSheet', { sheet: f.sheet }) : undefined, f.cell ? t('scoreFlagCell', { cell: f.cell }) : undefined].filter(Boolean).join(' · ');
  };
  return (
    <ul className={s.list}>
      {flags.map((f, i) => (
        <li key={`${f.sheet}-${f.code}-${f.cell ?? ''}-${i}`} className={mergeClasses(s.item, s[f.severity])}>
          <Tooltip content={`${t(SEVERITY[f.severity])} · ${flagTitle(f.code, lang)}`} relationship="description">
            <Badge className={s.badge} appearance="tint" color={COLOR[f.severity]} size="medium">
              {flagTitle(f.code, lang)}
            </Badge>
          </Tooltip>
          {f.cell ? <Link onClick={() => selectCell(f.sheet, f.cell!)}>{where(f)}</Link> : <Text weight="semibold">{where(f)}</Text>}
          <Text size={200}>{f.message}</Text>
          {children?.(f)}
        </li>
      ))}
    </ul>
  );
}

/* Made for: flags as officers read them: the check's title in the pane's language and its severity's colour, a link that shows the cell, and the message — never the code. */
