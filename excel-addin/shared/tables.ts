// Column sizes for the pane's tables in a task pane about 340 px wide: the figures keep fixed narrow
// columns (widths include the cell padding) and the unit name takes the rest, wrapping onto more lines
// instead of squeezing the figures.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  unit: { overflowWrap: 'break-word' },
  rank: { width: '2.5rem', boxSizing: 'border-box' },
  points: { width: '3.5rem', boxSizing: 'border-box' },
  percent: { width: '4.25rem', boxSizing: 'border-box' },
  // A grade such as «Xuất sắc» on one line once the window is wide enough to afford it.
  classification: { width: '4.75rem', boxSizing: 'border-box', '@media (min-width: 1000px)': { width: '7rem' } },
  number: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    paddingInline: tokens.spacingHorizontalXS,
    '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' },
  },
});

/* Made for: the pane's tables in about 340 px: the figures in fixed narrow columns, the unit's name wrapping instead of squeezing them. */
