// Step 1 of «Chấm cả xã»: the set the commune is scored with, from its own file (a workbook or a Word table) or a
// built-in set, what was understood of it, and why a file chosen could not be read.
import { Button, Dropdown, Option, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { usePane } from '../shared/pane-context.js';
import { SheetChoice } from '../shared/SheetChoice.js';
import { UnderstoodTree } from '../shared/UnderstoodTree.js';
import { useCommuneStyles } from './commune-styles.js';
import type { CommuneCriteria } from './commune-files.js';
import { CRITERIA_FILE_TYPES } from './criteria-file.js';
import { Step, STEP_TITLES } from './Step.js';

export function CommuneCriteriaStep({ criteria, error, builtins, busy, chooseFile, chooseSheet, chooseBuiltin }: {
  criteria: CommuneCriteria | undefined;
  error: string | undefined;
  builtins: readonly CriteriaSet[];
  busy: boolean;
  chooseFile(file: File): void;
  /** Another sheet of the criteria workbook taken. */
  chooseSheet(sheet: string): void;
  chooseBuiltin(id: string | undefined): void;
}) {
  const { t } = usePane();
  const s = useCommuneStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Step n={1} title={STEP_TITLES[0]}>
      <div className={s.row}>
        <Text>{t('communeCriteria')}</Text>
        <Text weight="semibold" aria-label="Bộ tiêu chí đang dùng">{criteria ? criteria.shown : 'chưa chọn'}</Text>
      </div>
      <div className={s.row}>
        <input ref={input} hidden type="file" accept={CRITERIA_FILE_TYPES} aria-label="Tệp bộ tiêu chí" onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) chooseFile(f);
        }} />
        <Button disabled={busy} onClick={() => input.current?.click()}>{t('communeChooseCriteria')}</Button>
        <Dropdown disabled={busy} aria-label="Bộ tiêu chí có sẵn cho cả xã" placeholder="hoặc bộ có sẵn" onOptionSelect={(_, d) => chooseBuiltin(d.optionValue)}>
          {builtins.map((b) => <Option key={b.id} value={b.id}>{b.title}</Option>)}
        </Dropdown>
      </div>
      {criteria?.said && <Text size={200} className={s.said} aria-label="Bộ tiêu chí: bảng đã dùng">{criteria.said}</Text>}
      {criteria?.sheets && <SheetChoice choices={criteria.sheets.choices} taken={criteria.sheets.taken} busy={busy} choose={chooseSheet} />}
      {/* What was understood, beside what was filled in: seen before step 3 scores with it. */}
      {criteria && <UnderstoodTree set={criteria.set} />}
      {error && <Text className={s.error} role="alert">{error}</Text>}
    </Step>
  );
}

/* Made for: the commune's criteria chosen in one small view of the standalone page, drawn from the panel's state. */
