// Which sheet of a workbook holds the criteria, when several hold a criteria table (a district's template with one
// sheet per part): each sheet by name with what it holds, the one taken checked, another taken in one click — what
// `thidua criteria import --sheet` does on the command line. The page's step 1 and the «Tiêu chí» tab draw it alike.
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { CriteriaSheetChoice } from '../../core/criteria/sheet/index.js';
import { usePane } from './pane-context.js';

export function SheetChoice({ choices, taken, busy, choose }: { choices: readonly CriteriaSheetChoice[]; taken: string | undefined; busy: boolean; choose(sheet: string): void }) {
  const { t } = usePane();
  // What each sheet holds stays in Vietnamese, as the criteria's own words do.
  return (
    <Field label={t('criteriaSheets')}>
      <RadioGroup aria-label="Trang có bảng tiêu chí" value={taken ?? ''} disabled={busy} onChange={(_, d) => choose(d.value)}>
        {choices.map((c) => <Radio key={c.sheet} value={c.sheet} label={c.holds} />)}
      </RadioGroup>
    </Field>
  );
}

/* Made for: the district DTI table (cds-cap-huyen-bo-chi-tieu.xlsx: «Thể chế số» 90 points, «Hoạt động chính quyền số» 540) — an officer whose commune scores part 5 takes that sheet on the page and in the pane. */
