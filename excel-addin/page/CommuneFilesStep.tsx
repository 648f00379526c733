// Step 2 of «Chấm cả xã»: the reports chosen, dropped or taken with their folder (more added later, one removed),
// and each file's line: skipped and why, the criteria workbook, waiting, or what the run made of it.
import { Button, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { usePane } from '../shared/pane-context.js';
import type { FileState } from './commune-run.js';
import { useCommuneStyles } from './commune-styles.js';
import { fileState, filesOf, line, type Line } from './commune-files.js';
import { Step, STEP_TITLES } from './Step.js';

export function CommuneFilesStep({ files, states, cards, busy, add, remove }: {
  files: readonly Line[];
  states: ReadonlyMap<string, FileState>;
  /** The last run's cards: each scored file's line counts its flags. */
  cards: readonly ScoreCard[];
  busy: boolean;
  add(more: Line[]): void;
  remove(name: string): void;
}) {
  const { t } = usePane();
  const s = useCommuneStyles();
  const [dropping, setDropping] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  return (
    <Step n={2} title={STEP_TITLES[1]}>
      <div className={`${s.drop} ${dropping ? s.dropping : ''}`} aria-label="Thả tệp hoặc thư mục vào đây"
        onDragOver={(e) => { e.preventDefault(); setDropping(true); }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDropping(false);
          const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry()).filter((x): x is FileSystemEntry => x !== null);
          const found: Line[] = [];
          void Promise.all(entries.map((en) => filesOf(en, found))).then(() => add(found));
        }}>
        <Text>{t('communeDrop')}</Text>
        <div className={s.row} style={{ justifyContent: 'center' }}>
          <input ref={filesInput} hidden type="file" multiple accept=".xlsx,.docx,.doc" aria-label="Tệp báo cáo" onChange={(e) => {
            add([...(e.target.files ?? [])].map((f) => line(f, f.name)));
            e.target.value = '';
          }} />
          <input ref={folderInput} hidden type="file" {...{ webkitdirectory: '' }} aria-label="Thư mục báo cáo" onChange={(e) => {
            add([...(e.target.files ?? [])].map((f) => line(f, f.webkitRelativePath || f.name)));
            e.target.value = '';
          }} />
          <Button disabled={busy} onClick={() => filesInput.current?.click()}>{t('communeChooseReports')}</Button>
          <Button disabled={busy} onClick={() => folderInput.current?.click()}>{t('communeChooseFolder')}</Button>
        </div>
      </div>
      {files.length > 0 && (
        <table className={s.table} aria-label="Tệp đã chọn">
          <thead><tr><th>{t('communeFile')}</th><th>{t('communeState')}</th><th /></tr></thead>
          <tbody>
            {files.map((f) => {
              const { key, text } = fileState(f, states, busy, cards);
              return (
                <tr key={f.name} data-file={f.name}>
                  <td>{f.name}</td>
                  <td className={s.said} data-state={key}>{text}</td>
                  <td><Button size="small" disabled={busy} aria-label={`${t('communeRemove')} ${f.name}`} onClick={() => remove(f.name)}>{t('communeRemove')}</Button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Step>
  );
}

/* Made for: the commune's chosen files and each one's state in one small view of the standalone page, drawn from the panel's state. */
