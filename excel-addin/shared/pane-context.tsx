// What every pane shares: the language, the workbook session, the chosen criteria set, the last
// scoring result, and one way to run an action (busy state, errors shown, never thrown at the user).
import { createContext, useContext } from 'react';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import type { CriteriaSheetChoice, CriteriaSheetNotice, Reconciliation } from '../../core/criteria/sheet/index.js';
import type { LoadedCriteria } from '../actions/criteria.js';
import type { ScoreActionResult } from '../actions/score.js';
import type { Language, Translate } from './i18n.js';
import type { View } from './session.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import type { Said } from '../../core/run/said.js';

export type Notice = {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
  items?: Said[];
  /** The value of the cell last clicked in this notice or a flag list (standalone page). */
  shown?: string;
};

/**
 * The colour of a scoring that finished, alike in the pane and on the page: a warning while the officer has something
 * to act on — what could not be read (`problems`), a vote typed for no nominee (`votedForNone`, the run's own list, never
 * found by reading its lines) — else a success.
 */
export function runIntent(done: { problems: number; votedForNone: readonly unknown[] }): 'success' | 'warning' {
  return done.problems > 0 || done.votedForNone.length > 0 ? 'warning' : 'success';
}

/** Where the chosen criteria set came from, shown beside its title until another is chosen. */
export type CriteriaFrom =
  | { builtin: string }
  /** `file`: the workbook it was read from (the standalone page names it; in Excel it is the open workbook). */
  | { sheet: string; file?: string }
  /** The Word table taken, worded as «Bảng 2 («…») của tệp x.docx». */
  | { document: string };

/**
 * `understood`: the set was read from a table — with notices (what the reader inferred or filled in), or with figures
 * of its own that the set does not reproduce (`reconciliation`): it scores only once the officer has looked at what
 * was understood and confirmed it (`confirmed`); `key` (criteria.ts `understoodKey`) remembers it.
 */
export type ChosenCriteria = { set: CriteriaSet; from: CriteriaFrom; understood?: Understood };
export type Understood = { key: string; notices: readonly CriteriaSheetNotice[]; reconciliation?: Reconciliation; confirmed: boolean };

/**
 * What the reader said of a set chosen from a table — its notices, the figures the table states reconciled with the set
 * — and whether it was confirmed before (nothing to confirm without notices, its figures agreeing).
 */
export type ChosenHow = { notices: readonly CriteriaSheetNotice[]; reconciliation?: Reconciliation; confirmed: boolean };

/** A set read from the workbook (its own sheet, or the built-in one it names): where it came from. */
export const loadedFrom = (loaded: Extract<LoadedCriteria, { ok: true }>): CriteriaFrom =>
  loaded.choice.source === 'builtin' ? { builtin: loaded.choice.id } : { sheet: loaded.sheet! };

export function criteriaFromText(t: Translate, from: CriteriaFrom): string {
  if ('builtin' in from) return t('criteriaFromBuiltin', { id: from.builtin });
  if ('sheet' in from) return from.file ? t('criteriaFromSheet', { sheet: from.sheet, file: from.file }) : t('criteriaFromOpenSheet', { sheet: from.sheet });
  return from.document;
}

export type PaneContext = {
  t: Translate;
  /** The language t() speaks, for words kept outside the catalogue (flag titles, rounds). */
  lang: Language;
  mode: 'excel' | 'standalone';
  /** False on the standalone page until a workbook is open. */
  hasWorkbook: boolean;
  /** The set scoring uses: the chosen one, once what was understood of it is confirmed. */
  set: CriteriaSet | undefined;
  /** The chosen set, confirmed or not (the «Tiêu chí» tab and step 1 show it, and ask for the confirmation). */
  chosen: ChosenCriteria | undefined;
  criteriaFrom: CriteriaFrom | undefined;
  /** The set chosen before this one (the standalone page offers it back in one click). */
  previousCriteria: ChosenCriteria | undefined;
  /** `how`: what the reader said of it (a built-in set says nothing). */
  chooseSet(set: CriteriaSet, from: CriteriaFrom, how?: ChosenHow): void;
  /** The officer confirms the chosen set as understood: it scores from now on, and the same set is not asked again. */
  confirmSet(): void;
  /** The sheet with the open workbook's own criteria («Tiêu chí» or an all-in-one scoring sheet), offered first. */
  workbookCriteria: string | undefined;
  /** The open workbook's sheets holding a criteria table when more than one, each with what it holds: the officer takes one. */
  workbookSheets: readonly CriteriaSheetChoice[];
  /** Đợt xét: the review round whose award forms and quotas apply (the set's default until chosen). */
  round: AwardRound;
  setRound(round: AwardRound): void;
  result: ScoreActionResult | undefined;
  setResult(result: ScoreActionResult | undefined): void;
  busy: boolean;
  /** Runs a workbook action; its notice (or the error) is shown above the panes. */
  act(action: (port: WorkbookPort, view: View) => Promise<Notice | undefined>): Promise<void>;
  notify(notice: Notice | undefined): void;
  selectCell(sheet: string, cell: string): void;
  /** Report sheets were added to the open workbook (its download is then named a template). */
  templatesAdded(): void;
  /** The standalone page's commune run shown in its steps, if any: the one-workbook tabs point to it rather than say «nothing yet». */
  commune: CommuneShown | undefined;
  setCommune(shown: CommuneShown | undefined): void;
};

/** What the one-workbook tabs say of the commune run: its units, its flags, those the council has not decided. */
export type CommuneShown = { units: number; flags: number; undecided: number };

export const Pane = createContext<PaneContext | null>(null);

export function usePane(): PaneContext {
  const ctx = useContext(Pane);
  if (!ctx) throw new Error('usePane outside <Pane.Provider>');
  return ctx;
}

/** Why a pane that scores waits: no set chosen, or the one chosen is not yet confirmed. */
export const criteriaNeeded = (ctx: Pick<PaneContext, 't' | 'chosen'>) => ctx.t(ctx.chosen ? 'criteriaNotConfirmed' : 'criteriaNeeded');

/* Made for: what every pane shares — language, session, criteria set, last result — and one way to run an action: busy state, errors shown, never thrown at the officer. */
