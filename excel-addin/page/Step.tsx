// One numbered step of «Chấm cả xã» on the standalone page (1 Bộ tiêu chí → 2 Báo cáo → 3 Chấm → 4 Rà soát → 5 Chốt →
// 6 Hồ sơ): its controls once its turn has come; before, only why not yet — so no button is ever greyed without a reason.
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  title: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', margin: 0 },
  number: { display: 'inline-flex', justifyContent: 'center', minWidth: '1.5rem', borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold },
  waiting: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** The steps' names, in their order. */
export const STEP_TITLES = ['Bộ tiêu chí', 'Báo cáo', 'Chấm', 'Rà soát', 'Chốt', 'Hồ sơ'] as const;

/** `notYet`: why the step's turn has not come (its controls are not drawn until it has). */
export function Step({ n, title, notYet, children }: { n: number; title: string; notYet?: string | undefined; children?: React.ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.step} aria-label={`Bước ${n}: ${title}`} data-step={n} data-ready={notYet ? 'chua' : 'san-sang'}>
      <h3 className={s.title}>
        <span className={`${s.number} ${notYet ? s.waiting : ''}`}>{n}</span>
        <Text weight="semibold">{title}</Text>
      </h3>
      {notYet ? <Text className={s.reason} aria-label={`Bước ${n} chưa làm được`}>{notYet}</Text> : children}
    </section>
  );
}

// Made for issue 38 item 4: a page that says what to do first, and why a later step is not open yet.
