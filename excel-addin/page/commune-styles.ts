// The looks «Chấm cả xã»'s views share on the standalone page: the panel's frame, a row of controls, the drop zone,
// the tables, a said text's line breaks, an error.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useCommuneStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  drop: { padding: tokens.spacingVerticalM, border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, textAlign: 'center' },
  dropping: { backgroundColor: tokens.colorBrandBackground2 },
  table: { borderCollapse: 'collapse', width: '100%', '& td, & th': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' } },
  error: { color: tokens.colorPaletteRedForeground1, whiteSpace: 'pre-line' },
  said: { whiteSpace: 'pre-line' },
});

/* Made for: one look for the commune panel's small views, kept in one place as the panel was split into them. */
