// On the standalone page, the one-workbook tabs («Tổng hợp», «Rà soát») beside a commune run: they say where its
// ranking and flags are — step 4 «Rà soát» of «Chấm cả xã» — with a way there, never «nothing to review» while step 4
// lists flags.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../shared/pane-context.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' } });

export function CommuneNote({ text }: { text: string }) {
  const s = useStyles();
  const { t } = usePane();
  return (
    <div className={s.col} aria-label="Lượt chấm cả xã">
      <Text>{text}</Text>
      <Button size="small" onClick={() => document.querySelector('[data-step="4"]')?.scrollIntoView({ block: 'start' })}>{t('goToCouncil')}</Button>
    </div>
  );
}

// Made for issue 46 item 1: the «Rà soát» and «Tổng hợp» tabs agree with the step list on the standalone page.
