// The task pane: the same UI inside Excel and on the standalone page; only the session differs.
import {
  Button, Dropdown, FluentProvider, Link, MessageBar, MessageBarBody, Option, Spinner, Subtitle2, Tab, TabList, Text, makeStyles, mergeClasses, tokens, webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { defaultRound, roundsOf } from '../../core/ranking/rounds.js';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { confirmCriteriaSheet, rememberedCriteria, understoodKey, workbookCriteriaSheet } from '../actions/criteria.js';
import type { ScoreActionResult } from '../actions/score.js';
import { ExampleMissing, type ExampleBooks } from '../shared/examples.js';
import { FilePicker } from './FilePicker.js';
import { translator, type Language, type MessageKey } from '../shared/i18n.js';
import { criteriaFromText, loadedFrom, Pane, type ChosenCriteria, type ChosenHow, type CommuneShown, type CriteriaFrom, type Notice, type PaneContext } from '../shared/pane-context.js';
import { CriteriaPane } from './panes/CriteriaPane.js';
import { downloadName, StandaloneSession, type WorkbookSession } from '../shared/session.js';

// Sized for Excel's task pane (about 320–350 px wide). A wide window (the standalone page on a desktop
// screen) uses its width: the tabs in one row, the file bar capped, and the summary and the review side
// by side (WIDE and PAIRED below).
const WIDE = '@media (min-width: 1000px)';
const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '46rem', boxSizing: 'border-box', [WIDE]: { maxWidth: '100rem', paddingInline: tokens.spacingHorizontalXXL } },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  language: { minWidth: 0, width: '7.5rem', flexShrink: 0 },
  // Two buttons side by side; the example list and the download take a whole row.
  bar: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingVerticalS, [WIDE]: { maxWidth: '46rem' } },
  wide: { gridColumn: '1 / -1', minWidth: 0 },
  // Six tabs do not fit in one row of a task pane: three per row, every one visible (no hidden overflow).
  tabs: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, [WIDE]: { gridTemplateColumns: 'repeat(6, minmax(0, 1fr))' } },
  // The panes: one column; on a wide screen the summary and the review share the row.
  panels: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingHorizontalXXL },
  paired: { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', alignItems: 'start' },
  tab: { justifyContent: 'flex-start', minWidth: 0, whiteSpace: 'normal', textAlign: 'left' },
  // One entry per line, no bullets: a bullet beside a multi-line link sits at its last line, not its first.
  items: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  shown: { display: 'block', marginTop: tokens.spacingVerticalXS },
});

// Every tab but the first loads its code when the officer first opens it: the page draws without them.
const TemplatesPane = lazy(() => import('./panes/TemplatesPane.js').then((m) => ({ default: m.TemplatesPane })));
const ScorePane = lazy(() => import('./panes/ScorePane.js').then((m) => ({ default: m.ScorePane })));
const SummaryPane = lazy(() => import('./panes/SummaryPane.js').then((m) => ({ default: m.SummaryPane })));
const ReviewPane = lazy(() => import('./panes/ReviewPane.js').then((m) => ({ default: m.ReviewPane })));
const IndicatorsPane = lazy(() => import('./panes/IndicatorsPane.js').then((m) => ({ default: m.IndicatorsPane })));

const TABS = [
  ['criteria', 'tabCriteria', CriteriaPane],
  ['templates', 'tabTemplates', TemplatesPane],
  ['score', 'tabScore', ScorePane],
  ['summary', 'tabSummary', SummaryPane],
  ['review', 'tabReview', ReviewPane],
  ['indicators', 'tabIndicators', IndicatorsPane],
] as const satisfies readonly (readonly [string, MessageKey, React.ComponentType])[];
type TabId = (typeof TABS)[number][0];
/** Shown together on a wide screen: the ranking beside the flags the council decides on. */
const PAIRED: readonly TabId[] = ['summary', 'review'];
const WIDE_QUERY = '(min-width: 1000px)';

/** True while the window is at least 1000 px wide (the same threshold as WIDE in the styles). */
function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE_QUERY);
    const changed = () => setWide(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return wide;
}

const LANGUAGE_KEY = 'thidua.language';

const NO_EXAMPLES: ExampleBooks = { names: [], load: () => Promise.reject(new Error('no examples')) };

const sameSource = (a: CriteriaFrom, b: CriteriaFrom) => JSON.stringify(a) === JSON.stringify(b);
/** A set read from a sheet of the page's workbook is named with that workbook, which may be closed while the set is in use. */
const withFile = (from: CriteriaFrom, file: string | undefined): CriteriaFrom => ('sheet' in from && !from.file && file ? { ...from, file } : from);

/** The set the workbook was last scored with, when it still reads, where it came from and what the reader said of it. */
async function rememberedSet(port: WorkbookPort): Promise<(ChosenCriteria & { how: ChosenHow }) | undefined> {
  const remembered = await rememberedCriteria(port);
  return remembered?.ok ? { set: remembered.set, from: loadedFrom(remembered), how: remembered } : undefined;
}

const CONFIRMED_KEY = 'thidua.confirmedSets';
/** The keys of the sets confirmed on this computer, newest first: a set chosen from a file has no workbook to keep it in. */
function confirmedHere(): string[] {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(CONFIRMED_KEY) ?? '[]');
    return Array.isArray(kept) ? kept.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}
const rememberConfirmed = (key: string) => localStorage.setItem(CONFIRMED_KEY, JSON.stringify([key, ...confirmedHere().filter((k) => k !== key)].slice(0, 200)));

/** A chosen set, and when the reader inferred parts of it, whether the officer has confirmed it (here or in the workbook). */
function chosenOf(set: CriteriaSet, from: CriteriaFrom, how: ChosenHow | undefined): ChosenCriteria {
  if (!how || how.notices.length === 0) return { set, from };
  const key = understoodKey(set);
  return { set, from, understood: { key, notices: how.notices, confirmed: how.confirmed || confirmedHere().includes(key) } };
}

/**
 * `commune`: the standalone page's panel for a whole commune's files, drawn above the one-workbook tabs; `communeEnd`:
 * what it keeps for later in the year (checking files against a closed result), drawn at the end of the page.
 */
export function App({ excel, examples = NO_EXAMPLES, commune, communeEnd }: { excel?: WorkbookSession; examples?: ExampleBooks; commune?: React.ReactNode; communeEnd?: React.ReactNode }) {
  const s = useStyles();
  const [lang, setLang] = useState<Language>(() => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi'));
  const t = useMemo(() => translator(lang), [lang]);
  const [session, setSession] = useState<WorkbookSession | undefined>(excel);
  const [tab, setTab] = useState<TabId>('criteria');
  const paired = useWideScreen() && PAIRED.includes(tab);
  // A pane is mounted the first time it is shown, then stays mounted (hidden) so what was typed in it survives.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set([tab]));
  const shown = (id: TabId) => id === tab || (paired && PAIRED.includes(id));
  useEffect(() => setOpened((o) => (TABS.every(([id]) => !shown(id) || o.has(id)) ? o : new Set([...o, ...TABS.map(([id]) => id).filter(shown)]))), [tab, paired]);
  // The chosen set and the one chosen before it. On the standalone page both outlive the workbook open at the
  // time: the officer scores one unit's workbook after another with the set chosen once.
  const [criteria, setCriteria] = useState<{ current?: ChosenCriteria; previous?: ChosenCriteria }>({});
  // A set the reader inferred parts of scores only once the officer has confirmed what was understood.
  const set = criteria.current && criteria.current.understood?.confirmed !== false ? criteria.current.set : undefined;
  const [workbookCriteria, setWorkbookCriteria] = useState<string>();
  const [chosenRound, setRound] = useState<AwardRound>();
  // A round the set has no forms for (another set chosen since) falls back to the set's default.
  const round = set && chosenRound && roundsOf(set).includes(chosenRound) ? chosenRound : set ? defaultRound(set) : 'hang-nam';
  const [result, setResult] = useState<ScoreActionResult>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [example, setExample] = useState(examples.names[0]);
  // Report sheets added to the open workbook since it was opened (the download is then a template).
  const [templatesAdded, setTemplatesAdded] = useState(false);
  const [communeShown, setCommune] = useState<CommuneShown>();
  const standalone = session instanceof StandaloneSession ? session : undefined;

  const choose = (next: ChosenCriteria) =>
    setCriteria(({ current, previous }) => ({ current: next, previous: current && !sameSource(current.from, next.from) ? current : previous }));
  const chooseSet = (chosen: CriteriaSet, from: CriteriaFrom, how?: ChosenHow) => choose(chosenOf(chosen, withFile(from, standalone?.fileName), how));
  const confirmSet = () => {
    const current = criteria.current;
    const understood = current?.understood;
    if (!current || !understood || understood.confirmed) return;
    rememberConfirmed(understood.key);
    setCriteria((c) => (c.current === current ? { ...c, current: { ...current, understood: { ...understood, confirmed: true } } } : c));
    const said: Notice = { intent: 'success', text: t('criteriaConfirmed', { title: current.set.title }) };
    // The open workbook's own sheet keeps the confirmation with its choice, for the next time it is opened.
    const own = 'sheet' in current.from && session && (!current.from.file || current.from.file === standalone?.fileName);
    if (own) void act(async (port) => (await confirmCriteriaSheet(port, understood.key), said));
    else setNotice(said);
  };

  const errorNotice = (e: unknown): Notice => ({ intent: 'error', text: t('errorUnexpected', { message: e instanceof Error ? e.message : String(e) }) });

  const act = useCallback<PaneContext['act']>(
    async (action) => {
      if (!session) return setNotice({ intent: 'warning', text: t('noFile') });
      setBusy(true);
      try {
        setNotice(await session.run(action));
      } catch (e) {
        console.error(e);
        setNotice(errorNotice(e));
      } finally {
        setBusy(false);
      }
    },
    [session, t],
  );

  // The cell's value is added to the notice it was clicked from, so a list of errors or flags stays
  // on screen while the officer goes through it.
  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      session
        ?.select(sheet, cell)
        .then((found) => {
          if (!found) return;
          const shown = t('selected', { sheet, cell, value: found.value || t('selectedEmpty') });
          setNotice((n) => (n ? { ...n, shown } : { intent: 'info', text: shown }));
        })
        .catch((e: unknown) => setNotice(errorNotice(e)));
    },
    [session, t],
  );

  // In Excel the criteria belong to the open workbook: the set it was last scored with is taken when the pane opens.
  useEffect(() => {
    if (!excel) return;
    excel
      .run(async (port) => ({ remembered: await rememberedSet(port), own: await workbookCriteriaSheet(port) }))
      .then(({ remembered, own }) => {
        if (remembered) choose(chosenOf(remembered.set, remembered.from, remembered.how));
        setWorkbookCriteria(own);
      })
      .catch(() => undefined);
  }, [excel]);

  // On the page the chosen criteria stay while one workbook replaces another: the set a workbook remembers is taken
  // only while none is chosen, and a workbook's own criteria are offered (first on the «Tiêu chí» tab, and said),
  // not put in the chosen set's place. A file that cannot be opened closes the one open before: nothing of that
  // workbook stays active (its results, its own criteria), and the notice says so; the chosen set stays.
  const open = async (data: ArrayBuffer, name: string) => {
    setBusy(true);
    setResult(undefined);
    setTemplatesAdded(false);
    setWorkbookCriteria(undefined);
    try {
      const opened = await StandaloneSession.open(data, name);
      setSession(opened);
      const sheets = await opened.run((port) => port.listSheets());
      // What the workbook says of criteria is a help, not a condition: a workbook it cannot be read from still opens.
      const { own, remembered } = await opened
        .run(async (port) => ({ own: await workbookCriteriaSheet(port), remembered: set ? undefined : await rememberedSet(port) }))
        .catch(() => ({ own: undefined, remembered: undefined }));
      setWorkbookCriteria(own);
      if (remembered) choose(chosenOf(remembered.set, withFile(remembered.from, name), remembered.how));
      const offered = own && set ? ` ${t('fileOwnCriteria', { sheet: own, title: set.title })}` : '';
      setNotice({ intent: 'success', text: `${t('fileOpened', { name, sheets: sheets.length })}${offered}` });
    } catch (e) {
      setSession(undefined);
      // StandaloneSession.open throws OpenFailed, its reason in Vietnamese.
      const reason = e instanceof Error ? e.message : String(e);
      const closed = standalone ? ` ${t('fileClosed', { previous: standalone.fileName })}` : '';
      setNotice({ intent: 'error', text: `${t('fileUnreadable', { name, message: reason })}${closed}` });
    } finally {
      setBusy(false);
    }
  };

  const openExample = async () => {
    if (!example) return;
    let data: ArrayBuffer;
    try {
      data = await examples.load(example);
    } catch (e) {
      return setNotice({ intent: 'warning', text: t('exampleMissing', { status: e instanceof ExampleMissing ? e.status : String(e) }) });
    }
    await open(data, example);
  };

  const ctx: PaneContext = {
    t, lang, mode: excel ? 'excel' : 'standalone', hasWorkbook: !!session, set, chosen: criteria.current, criteriaFrom: criteria.current?.from, previousCriteria: criteria.previous, chooseSet, confirmSet, workbookCriteria, round, setRound, result, setResult, busy, act, notify: setNotice, selectCell,
    templatesAdded: () => setTemplatesAdded(true),
    commune: communeShown, setCommune,
  };
  const holds = result ? 'scored' : templatesAdded ? 'templates' : 'copy';

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
              onOptionSelect={(_, d) => {
                const next = d.optionValue === 'en' ? 'en' : 'vi';
                localStorage.setItem(LANGUAGE_KEY, next);
                setLang(next);
              }}
            >
              <Option value="vi">Tiếng Việt</Option>
              <Option value="en">English</Option>
            </Dropdown>
          </header>
          <Text size={200}>{excel ? t('modeExcel') : t('modeStandalone')}</Text>
          {!excel && commune}
          {!excel && (
            <div className={s.bar}>
              <FilePicker label={t('openFile')} accept=".xlsx" disabled={busy} onFile={async (f) => open(await f.arrayBuffer(), f.name)} />
              {examples.names.length > 0 && (
                <Button disabled={busy} onClick={() => openExample().catch((e: unknown) => setNotice(errorNotice(e)))}>
                  {t('openExample')}
                </Button>
              )}
              {examples.names.length > 1 && (
                <Dropdown className={s.wide} aria-label={t('exampleChoice')} value={example ?? ''} selectedOptions={example ? [example] : []} onOptionSelect={(_, d) => setExample(d.optionValue)}>
                  {examples.names.map((x) => (
                    <Option key={x}>{x}</Option>
                  ))}
                </Dropdown>
              )}
              <Text className={s.wide} weight="semibold" aria-live="polite">
                {standalone ? t('fileCurrent', { name: standalone.fileName }) : t('noFile')}
              </Text>
              <Text className={s.wide} aria-live="polite">
                {criteria.current
                  ? t(set ? 'fileCriteria' : 'fileCriteriaUnconfirmed', { title: criteria.current.set.title, from: criteriaFromText(t, criteria.current.from) })
                  : t('fileCriteriaNone')}
              </Text>
              <Button className={s.wide} appearance="primary" disabled={busy || !standalone} onClick={() => standalone?.download(downloadName(standalone.fileName, holds)).catch((e: unknown) => setNotice(errorNotice(e)))}>
                {holds === 'scored' ? t('download') : t('downloadCopy')}
              </Button>
            </div>
          )}
          <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
            {TABS.map(([id, label]) => (
              <Tab key={id} value={id} className={s.tab}>
                {t(label)}
              </Tab>
            ))}
          </TabList>
          {busy && <Spinner size="tiny" label={t('busy')} />}
          {notice && (
            <MessageBar intent={notice.intent} role="status" layout="multiline">
              <MessageBarBody>
                {notice.text}
                {notice.items && notice.items.length > 0 && (
                  <ul className={s.items}>
                    {notice.items.map((item, i) => (
                      <li key={i}>{item.sheet && item.cell ? <Link onClick={() => selectCell(item.sheet!, item.cell!)}>{item.text}</Link> : item.text}</li>
                    ))}
                  </ul>
                )}
                {notice.shown && <Text className={s.shown} weight="semibold">{notice.shown}</Text>}
              </MessageBarBody>
            </MessageBar>
          )}
          {/* Every pane stays mounted (only the chosen one shown), so what the officer typed in one survives a look at another. */}
          <div className={mergeClasses(s.panels, paired && s.paired)}>
            {TABS.map(([id, label, Content]) => (
              <div key={id} role="tabpanel" aria-label={t(label)} hidden={!shown(id)}>
                {(opened.has(id) || shown(id)) && (
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
