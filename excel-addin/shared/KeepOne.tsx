// What a pane records over what the council typed in its sheets since the pane showed it (core/run/face-and-file.ts):
// the run stops and writes nothing, both entries are said, and the officer keeps one of each — never thidua.
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { FaceDiffers, PANE_DIFFERS, type FaceFileConflict, type KeptEntry } from '../../core/run/face-and-file.js';
import { usePane, type Notice } from './pane-context.js';

type Waiting = { conflicts: readonly FaceFileConflict[]; again(kept: readonly KeptEntry[]): void };

/** A recording that may stop on entries that differ: `stopped` runs it, and on them says both and waits for the choice. */
export function useKeepOne() {
  const [waiting, setWaiting] = useState<Waiting>();
  /** Runs `record`; stopped on entries that differ, its notice says them, and `again` records once the officer keeps one. */
  const stopped = async (record: () => Promise<Notice | undefined>, again: Waiting['again']): Promise<Notice | undefined> => {
    setWaiting(undefined);
    try {
      return await record();
    } catch (e) {
      if (!(e instanceof FaceDiffers)) throw e;
      setWaiting({ conflicts: e.conflicts, again });
      return { intent: 'warning', text: PANE_DIFFERS, items: e.conflicts.map((c) => ({ text: c.line })) };
    }
  };
  return { waiting, stopped };
}

/** Each entry waiting, with «Giữ bản trong trang tính» and «Giữ bản ghi trên ngăn tác vụ». */
export function KeepOne({ waiting }: { waiting: Waiting | undefined }) {
  const { t, busy } = usePane();
  if (!waiting) return null;
  const keep = (c: FaceFileConflict, which: KeptEntry['keep']) => waiting.again([{ key: c.key, file: c.file, keep: which }]);
  return (
    <ul aria-label={PANE_DIFFERS}>
      {waiting.conflicts.map((c) => (
        <li key={c.key}>
          <Text>{c.label}</Text>{' '}
          <Button size="small" disabled={busy} aria-label={`${t('keepSheetEntry')}: ${c.label}`} onClick={() => keep(c, 'file')}>{t('keepSheetEntry')}</Button>{' '}
          <Button size="small" disabled={busy} aria-label={`${t('keepPaneEntry')}: ${c.label}`} onClick={() => keep(c, 'face')}>{t('keepPaneEntry')}</Button>
        </li>
      ))}
    </ul>
  );
}

/* Made for: the pane's vote form and «Rà soát» tab never replacing unchosen what the council typed in the sheet since. */
