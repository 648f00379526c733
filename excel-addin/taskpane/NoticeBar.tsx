// The pane's one notice: what the last step said, its items (each with its cell, a link that selects it) and the
// value of the cell last selected from it.
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Notice } from '../shared/pane-context.js';
import { SaidLine } from '../shared/SaidLine.js';

const useStyles = makeStyles({
  // One entry per line, no bullets: a bullet beside a multi-line link sits at its last line, not its first.
  items: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  shown: { display: 'block', marginTop: tokens.spacingVerticalXS },
});

export function NoticeBar({ notice, selectCell }: { notice: Notice; selectCell: (sheet: string, cell: string) => void }) {
  const s = useStyles();
  return (
    <MessageBar intent={notice.intent} role="status" layout="multiline">
      <MessageBarBody>
        {notice.text}
        {notice.items && notice.items.length > 0 && (
          <ul className={s.items}>
            {notice.items.map((item, i) => (
              <li key={i}>
                <SaidLine line={item} selectCell={selectCell} />
              </li>
            ))}
          </ul>
        )}
        {notice.shown && <Text className={s.shown} weight="semibold">{notice.shown}</Text>}
      </MessageBarBody>
    </MessageBar>
  );
}

/* Made for: the pane's notice, where a list of errors or flags stays on screen with links to their cells while the officer goes through it. */
