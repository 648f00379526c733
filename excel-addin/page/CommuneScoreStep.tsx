// Step 3 of «Chấm cả xã»: score the chosen reports in the page's own thread, its progress and «Hủy», what the run
// said, and the one download; before its turn, only why not yet.
import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { saveFile } from '../shared/save-file.js';
import { usePane } from '../shared/pane-context.js';
import type { FaceFileConflict, KeptEntry } from '../../core/run/face-and-file.js';
import type { Said } from '../../core/run/said.js';
import { runDownloadName, type CommuneRun } from './commune-run.js';
import { runSaidIntent } from './commune-files.js';
import { useCommuneStyles } from './commune-styles.js';
import { Step, STEP_TITLES } from './Step.js';
import type { Progress } from './useCommuneRun.js';

export function CommuneScoreStep({ reports, notToScore, progress, result, message, score, cancel, conflicts, keep }: {
  /** How many files step 3 scores. */
  reports: number;
  notToScore: string | undefined;
  /** While a run goes on. */
  progress: Progress | undefined;
  result: CommuneRun | undefined;
  message: string | undefined;
  score(): void;
  cancel(): void;
  /** Entries recorded on the page that a tong-hop.xlsx chosen again holds otherwise: the run waits for the officer to keep one of each. */
  conflicts: readonly FaceFileConflict[];
  keep(c: FaceFileConflict, which: KeptEntry['keep']): void;
}) {
  const { t } = usePane();
  const s = useCommuneStyles();
  const busy = progress !== undefined;
  const intent = result && runSaidIntent(result);
  const said = message && <Text role="status" aria-label="Kết quả lượt chấm" className={s.said}>{message}</Text>;
  return (
    <Step n={3} title={STEP_TITLES[2]} notYet={busy || result ? undefined : notToScore}>
      <div className={s.row}>
        <Button appearance="primary" disabled={busy || notToScore !== undefined} onClick={() => score()}>
          Chấm {reports} tệp
        </Button>
        {busy && <Button onClick={() => cancel()}>{t('communeCancel')}</Button>}
        {result?.download && !busy && (
          <Button appearance="primary" onClick={() => saveFile(result.download!.bytes, runDownloadName(result), result.download!.type)}>
            Tải kết quả: {runDownloadName(result)}
          </Button>
        )}
      </div>
      {progress && (
        <div aria-label="Tiến độ">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} />
          <Text role="status">{progress.writing ? 'Đang ghi bản đã chấm' : 'Đang chấm'} {progress.done}/{progress.total} tệp</Text>
        </div>
      )}
      {message &&
        (intent ? (
          // Coloured as the pane colours its scoring; a run that did not finish has no result, its words said as they are.
          <MessageBar intent={intent} layout="multiline" data-intent={intent}>
            <MessageBarBody>{said}</MessageBarBody>
          </MessageBar>
        ) : (
          said
        ))}
      {result?.download && !busy && result.decisionsSaid.some(namesPlace) && (
        // The run's lines name cells of the files downloaded, which this page does not open: said where they are read.
        <Text aria-label="Ô nêu trong kết quả" className={s.said}>{t('communeLinesWhere', { zip: runDownloadName(result) })}</Text>
      )}
      {conflicts.length > 0 && (
        <ul aria-label="Chọn bản giữ lại">
          {conflicts.map((c) => (
            <li key={c.key}>
              <Text>{c.label}</Text>
              <div className={s.row}>
                <Button disabled={busy} onClick={() => keep(c, 'file')} aria-label={`${t('councilKeepFile')}: ${c.label}`}>{t('councilKeepFile')}</Button>
                <Button disabled={busy} onClick={() => keep(c, 'face')} aria-label={`${t('councilKeepPage')}: ${c.label}`}>{t('councilKeepPage')}</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Step>
  );
}

/** Whether a line of the run names a place of a file (its cell, or several). */
const namesPlace = (l: Said) => Boolean(l.cell) || (l.places?.length ?? 0) > 0;

/* Made for: the commune's run started, followed, cancelled and downloaded in one small view of the standalone page. */
