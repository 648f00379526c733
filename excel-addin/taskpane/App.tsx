// The task pane: the same UI inside Excel and on the standalone page; only the session differs.
import { Dropdown, FluentProvider, Option, Spinner, Subtitle2, Tab, TabList, Text, makeStyles, mergeClasses, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { openedTabs, PAIRED, shownTabs, TAB_IDS, useLanguage, usePaneApp, useWideScreen, WIDE_QUERY, type TabId } from './app-state.js';
import type { ExampleBooks } from '../shared/examples.js';
import { FileBar } from './FileBar.js';
import type { MessageKey } from '../shared/i18n.js';
import { NoticeBar } from './NoticeBar.js';
import { Pane } from '../shared/pane-context.js';
import { CriteriaPane } from './panes/CriteriaPane.js';
import type { WorkbookSession } from '../shared/session.js';

// Sized for Excel's task pane (about 320–350 px wide). A wide window (the standalone page on a desktop
// screen) uses its width: the tabs in one row, the file bar capped, and the summary and the review side
// by side (WIDE and PAIRED).
const WIDE = `@media ${WIDE_QUERY}`;
const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '46rem', boxSizing: 'border-box', [WIDE]: { maxWidth: '100rem', paddingInline: tokens.spacingHorizontalXXL } },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  language: { minWidth: 0, width: '7.5rem', flexShrink: 0 },
  // Six tabs do not fit in one row of a task pane: three per row, every one visible (no hidden overflow).
  tabs: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, [WIDE]: { gridTemplateColumns: 'repeat(6, minmax(0, 1fr))' } },
  // The panes: one column; on a wide screen the summary and the review share the row.
  panels: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingHorizontalXXL },
  paired: { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', alignItems: 'start' },
  tab: { justifyContent: 'flex-start', minWidth: 0, whiteSpace: 'normal', textAlign: 'left' },
});

// Every tab but the first loads its code when the officer first opens it: the page draws without them.
const TemplatesPane = lazy(() => import('./panes/TemplatesPane.js').then((m) => ({ default: m.TemplatesPane })));
const ScorePane = lazy(() => import('./panes/ScorePane.js').then((m) => ({ default: m.ScorePane })));
const SummaryPane = lazy(() => import('./panes/SummaryPane.js').then((m) => ({ default: m.SummaryPane })));
const ReviewPane = lazy(() => import('./panes/ReviewPane.js').then((m) => ({ default: m.ReviewPane })));
const IndicatorsPane = lazy(() => import('./panes/IndicatorsPane.js').then((m) => ({ default: m.IndicatorsPane })));

/** Each tab's label and view, in the order of TAB_IDS. */
const TABS: Record<TabId, readonly [MessageKey, React.ComponentType]> = {
  criteria: ['tabCriteria', CriteriaPane],
  templates: ['tabTemplates', TemplatesPane],
  score: ['tabScore', ScorePane],
  summary: ['tabSummary', SummaryPane],
  review: ['tabReview', ReviewPane],
  indicators: ['tabIndicators', IndicatorsPane],
};

const NO_EXAMPLES: ExampleBooks = { names: [], load: () => Promise.reject(new Error('no examples')) };

/**
 * `commune`: the standalone page's panel for a whole commune's files, drawn above the one-workbook tabs; `communeEnd`:
 * what it keeps for later in the year (checking files against a closed result), drawn at the end of the page.
 */
export function App({ excel, examples = NO_EXAMPLES, commune, communeEnd }: { excel?: WorkbookSession; examples?: ExampleBooks; commune?: React.ReactNode; communeEnd?: React.ReactNode }) {
  const s = useStyles();
  const [lang, setLang] = useLanguage();
  const app = usePaneApp(excel, examples, lang);
  const { t, ctx, busy, notice } = app;
  const [tab, setTab] = useState<TabId>('criteria');
  const wide = useWideScreen();
  const paired = wide && PAIRED.includes(tab);
  const shown = shownTabs(tab, wide);
  // A pane is mounted the first time it is shown, then stays mounted (hidden) so what was typed in it survives.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set([tab]));
  useEffect(() => setOpened((o) => openedTabs(o, shown)), [tab, paired]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <Pane.Provider value={ctx}>
        <main className={s.root}>
          <header className={s.header}>
            <Subtitle2 as="h1">{t('appTitle')}</Subtitle2>
            <Dropdown
              aria-label={t('language')}
              size="small"
              className={s.language}
              value={lang === 'vi' ? 'Tiếng Việt' : 'English'}
              selectedOptions={[lang]}
              onOptionSelect={(_, d) => setLang(d.optionValue === 'en' ? 'en' : 'vi')}
            >
              <Option value="vi">Tiếng Việt</Option>
              <Option value="en">English</Option>
            </Dropdown>
          </header>
          <Text size={200}>{excel ? t('modeExcel') : t('modeStandalone')}</Text>
          {!excel && commune}
          {!excel && <FileBar app={app} examples={examples.names} />}
          <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
            {TAB_IDS.map((id) => (
              <Tab key={id} value={id} className={s.tab}>
                {t(TABS[id][0])}
              </Tab>
            ))}
          </TabList>
          {busy && <Spinner size="tiny" label={t('busy')} />}
          {notice && <NoticeBar notice={notice} selectCell={app.selectCell} />}
          {/* Every pane stays mounted (only the chosen one shown), so what the officer typed in one survives a look at another. */}
          <div className={mergeClasses(s.panels, paired && s.paired)}>
            {TAB_IDS.map((id) => [id, ...TABS[id]] as const).map(([id, label, Content]) => (
              <div key={id} role="tabpanel" aria-label={t(label)} hidden={!shown.includes(id)}>
                {(opened.has(id) || shown.includes(id)) && (
                  <Suspense fallback={<Spinner size="tiny" />}>
                    <Content />
                  </Suspense>
                )}
              </div>
            ))}
          </div>
          {!excel && communeEnd}
        </main>
      </Pane.Provider>
    </FluentProvider>
  );
}

/* Made for: the task pane: one UI inside Excel and on the standalone page, its tabs and notices, only the session differing. */
