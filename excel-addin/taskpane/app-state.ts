// The pane's state: the open workbook (its session), the chosen criteria set and the one chosen before it, the round,
// the result, the notice, the language and which tabs were opened. How a choice, a confirmation and the open tabs
// follow from what was there is pure (tested in Node on the built-in sets); the hook runs the steps on the workbook.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import { defaultRound, roundsOf } from '../../core/ranking/rounds.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import type { CriteriaSheetChoice } from '../../core/criteria/sheet/index.js';
import { confirmCriteriaSheet, rememberedCriteria, understoodKey, workbookCriteriaSheets } from '../actions/criteria.js';
import type { ScoreActionResult } from '../actions/score.js';
import { ExampleMissing, type ExampleBooks } from '../shared/examples.js';
import { translator, type Language } from '../shared/i18n.js';
import { loadedFrom, type ChosenCriteria, type ChosenHow, type CommuneShown, type CriteriaFrom, type Notice, type PaneContext } from '../shared/pane-context.js';
import { StandaloneSession, type WorkbookSession } from '../shared/session.js';

/** A window at least this wide (the standalone page on a desktop screen) uses its width. */
export const WIDE_QUERY = '(min-width: 1000px)';

/** The tabs, in order; their views are App's. */
export const TAB_IDS = ['criteria', 'templates', 'score', 'summary', 'review', 'indicators'] as const;
export type TabId = (typeof TAB_IDS)[number];
/** Shown together on a wide screen: the ranking beside the flags the council decides on. */
export const PAIRED: readonly TabId[] = ['summary', 'review'];

/** The tabs shown: the chosen one, and on a wide screen its pair. */
export const shownTabs = (tab: TabId, wide: boolean): TabId[] => TAB_IDS.filter((id) => id === tab || (wide && PAIRED.includes(tab) && PAIRED.includes(id)));

/** The tabs opened so far with those shown now: a pane stays mounted once shown, so what was typed in it survives (the same set when nothing new is shown). */
export function openedTabs(opened: ReadonlySet<TabId>, shown: readonly TabId[]): ReadonlySet<TabId> {
  return shown.every((id) => opened.has(id)) ? opened : new Set([...opened, ...shown]);
}

type Criteria = { current?: ChosenCriteria; previous?: ChosenCriteria };

const sameSource = (a: CriteriaFrom, b: CriteriaFrom) => JSON.stringify(a) === JSON.stringify(b);

/** The criteria after `next` is chosen: the one it replaces becomes the previous, unless both came from the same place. */
export function afterChoice({ current, previous }: Criteria, next: ChosenCriteria): Criteria {
  return { current: next, previous: current && !sameSource(current.from, next.from) ? current : previous };
}

/** A set read from a sheet of the page's workbook is named with that workbook, which may be closed while the set is in use. */
export const withFile = (from: CriteriaFrom, file: string | undefined): CriteriaFrom => ('sheet' in from && !from.file && file ? { ...from, file } : from);

/**
 * A chosen set, with what the reader said of it (its reconciliation shown even when nothing is asked), and — when it
 * inferred parts of it or the table's figures differ — whether the officer has confirmed it (here, `confirmedHere`, or
 * in the workbook).
 */
export function chosenOf(set: CriteriaSet, from: CriteriaFrom, how: ChosenHow | undefined, confirmedHere: readonly string[]): ChosenCriteria {
  if (!how || (how.notices.length === 0 && !how.reconciliation)) return { set, from };
  const key = understoodKey(set);
  const nothingToAsk = how.notices.length === 0 && how.reconciliation?.agrees !== false;
  const confirmed = nothingToAsk || how.confirmed || confirmedHere.includes(key);
  return { set, from, understood: { key, notices: how.notices, ...(how.reconciliation && { reconciliation: how.reconciliation }), confirmed } };
}

/** The set that scores: a set the reader inferred parts of scores only once the officer has confirmed what was understood. */
export const scoringSet = (current: ChosenCriteria | undefined): CriteriaSet | undefined => (current && current.understood?.confirmed !== false ? current.set : undefined);

/** The round: the one chosen while the set has forms for it, else the set's default (another set chosen since). */
export const roundFor = (set: CriteriaSet | undefined, chosen: AwardRound | undefined): AwardRound =>
  set && chosen && roundsOf(set).includes(chosen) ? chosen : set ? defaultRound(set) : 'hang-nam';

/** What the download holds: a scored workbook, report templates added to it, or a copy as opened. */
export const downloadHolds = (result: ScoreActionResult | undefined, templatesAdded: boolean): 'scored' | 'templates' | 'copy' =>
  result ? 'scored' : templatesAdded ? 'templates' : 'copy';

/** The set the workbook was last scored with, when it still reads, where it came from and what the reader said of it. */
async function rememberedSet(port: WorkbookPort, fileName?: string): Promise<(ChosenCriteria & { how: ChosenHow }) | undefined> {
  const remembered = await rememberedCriteria(port, fileName);
  return remembered?.ok ? { set: remembered.set, from: loadedFrom(remembered), how: remembered } : undefined;
}

const LANGUAGE_KEY = 'thidua.language';
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

/** True while the window is at least 1000 px wide (the same threshold as the styles' wide layout). */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE_QUERY);
    const changed = () => setWide(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return wide;
}

/** The language, kept on this computer. */
export function useLanguage(): [Language, (next: Language) => void] {
  const [lang, setLang] = useState<Language>(() => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi'));
  return [
    lang,
    (next) => {
      localStorage.setItem(LANGUAGE_KEY, next);
      setLang(next);
    },
  ];
}

export function usePaneApp(excel: WorkbookSession | undefined, examples: ExampleBooks, lang: Language) {
  const t = useMemo(() => translator(lang), [lang]);
  const [session, setSession] = useState<WorkbookSession | undefined>(excel);
  // The chosen set and the one chosen before it. On the standalone page both outlive the workbook open at the
  // time: the officer scores one unit's workbook after another with the set chosen once.
  const [criteria, setCriteria] = useState<Criteria>({});
  const set = scoringSet(criteria.current);
  /** The open workbook's own criteria sheet, and its sheets holding criteria when several (the «Tiêu chí» tab offers them). */
  const [own, setOwn] = useState<{ sheet: string; choices: CriteriaSheetChoice[] }>();
  const [chosenRound, setRound] = useState<AwardRound>();
  const round = roundFor(set, chosenRound);
  const [result, setResult] = useState<ScoreActionResult>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [example, setExample] = useState(examples.names[0]);
  // Report sheets added to the open workbook since it was opened (the download is then a template).
  const [templatesAdded, setTemplatesAdded] = useState(false);
  const [communeShown, setCommune] = useState<CommuneShown>();
  const standalone = session instanceof StandaloneSession ? session : undefined;

  const choose = (next: ChosenCriteria) => setCriteria((c) => afterChoice(c, next));
  const chooseSet = (chosen: CriteriaSet, from: CriteriaFrom, how?: ChosenHow) => choose(chosenOf(chosen, withFile(from, standalone?.fileName), how, confirmedHere()));
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
      .run(async (port, view) => ({ remembered: await rememberedSet(port, view.fileName), own: await workbookCriteriaSheets(port) }))
      .then(({ remembered, own }) => {
        if (remembered) choose(chosenOf(remembered.set, remembered.from, remembered.how, confirmedHere()));
        setOwn(own);
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
    setOwn(undefined);
    try {
      const opened = await StandaloneSession.open(data, name);
      setSession(opened);
      const sheets = await opened.run((port) => port.listSheets());
      // What the workbook says of criteria is a help, not a condition: a workbook it cannot be read from still opens.
      const { own, remembered } = await opened
        .run(async (port) => ({ own: await workbookCriteriaSheets(port), remembered: set ? undefined : await rememberedSet(port, name) }))
        .catch(() => ({ own: undefined, remembered: undefined }));
      setOwn(own);
      if (remembered) choose(chosenOf(remembered.set, withFile(remembered.from, name), remembered.how, confirmedHere()));
      const offered = own && set ? ` ${t('fileOwnCriteria', { sheet: own.sheet, title: set.title })}` : '';
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
    t, lang, mode: excel ? 'excel' : 'standalone', hasWorkbook: !!session, set, chosen: criteria.current, criteriaFrom: criteria.current?.from, previousCriteria: criteria.previous, chooseSet, confirmSet, workbookCriteria: own?.sheet, workbookSheets: own?.choices ?? [], round, setRound, result, setResult, busy, act, notify: setNotice, selectCell,
    templatesAdded: () => setTemplatesAdded(true),
    commune: communeShown, setCommune,
  };
  return { t, ctx, standalone, criteria: criteria.current, set, busy, notice, setNotice, errorNotice, example, setExample, open, openExample, selectCell, holds: downloadHolds(result, templatesAdded) };
}

/* Made for: the pane's state and steps held apart from its view, so how a chosen set, a confirmation, a round and the opened tabs follow is tested without a browser. */
