// The popup's state: one phase at a time (idle, busy, a problem, the preview, the table picker, saved, the settings)
// and the reminder. The phases a capture's answer, a refusal and a save lead to are pure functions (tested in Node
// on real captured pages); the hook runs the steps that ask the portal tab and the store.
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { IndicatorSnapshot, refusedListWords, SavedResponses, type CaptureError, type CaptureWarning, type GenericMapping, type IndicatorSnapshot as Snapshot, type TableSummary, type ViewGroups } from '../../../core/indicators/index.js';
import { GATHER_MAX, GATHER_PAUSE_MS, type GatherPlan } from '../../../core/indicators/gather-766.js';
import { INDICATOR_EXPORT_LABELS } from '../../../core/indicators/labels.js';
import type { ProcedureCapture } from '../../../core/indicators/procedures.js';
import { parseWithMessages } from '../../../core/schema-messages.js';
import { groupNames } from '../../../core/indicators/groups-766.js';
import { totalMismatchWarnings } from '../../../core/watch/total-sum.js';
import { previewCapture, type SnapshotPreview } from '../history/compare.js';
import type { Translate } from '../i18n.js';
import { isPage766 } from '../hosts.js';
import type { CaptureAnswer, ContentRequest, GatherAnswer, Waiting } from '../messages.js';
import type { ReminderState, Settings } from '../storage/settings.js';
import type { IndicatorStore, SaveOutcome } from '../storage/store.js';
import { fileDate, saveFile } from '../ui/files.js';
import { failureText } from '../ui/problems.js';
import { askPortal, portalTab, type PortalTab, type TabProblem } from './portal-tab.js';

/** What a save hands the store. */
const SNAPSHOTS = z.object({ snapshots: z.array(IndicatorSnapshot) });

/** The stored days a new capture is compared with (the unit's latest capture among them). */
const PREVIEW_DAYS = 3;

/** How long a capture waits for the groups the 766 page is still loading. */
const WAIT_MS = 6000;

/** What the click asked the portal for: how many lists, the ones it refused (by title, with the status it answered), or why none was asked. */
export type Gathered = { asked: number; refused: { list: string; status?: number }[]; note?: string };

export type Offer = { tables: TableSummary[]; table: number; mapping: GenericMapping };

export type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; waiting?: string[]; asking?: { done: number; total: number; list: string } }
  | { kind: 'problem'; text: string; capture?: CaptureError; tab?: PortalTab; offer?: Offer }
  | { kind: 'preview'; tab: PortalTab; gathered?: Gathered; pageType: string; warnings: CaptureWarning[]; picked?: number[]; view?: ViewGroups; previews: SnapshotPreview[]; procedures?: ProcedureCapture[] }
  | { kind: 'picking'; tab: PortalTab; tables: TableSummary[]; mapping?: GenericMapping }
  | { kind: 'saved'; saved: number; duplicates: number; procedures: number }
  | { kind: 'settings' };

const TAB_PROBLEM: Record<TabProblem, 'capture.noTab' | 'capture.notPortal' | 'capture.noContentScript'> = {
  'no-tab': 'capture.noTab',
  'not-portal': 'capture.notPortal',
  'no-content-script': 'capture.noContentScript',
};

/** Why the portal tab cannot be captured, in the officer's words. */
export const tabProblem = (problem: TabProblem, t: Translate): Phase => ({ kind: 'problem', text: t(TAB_PROBLEM[problem]) });

/** The request for a capture: the officer's commune picked out, the mapping when one is used, waiting on the 766 page's groups while it may. */
export function captureRequest(capturedAt: string, settings: Pick<Settings, 'commune'>, mapping: GenericMapping | undefined, wait: boolean): ContentRequest {
  return {
    type: 'thidua/capture',
    capturedAt,
    ...(settings.commune ? { commune: settings.commune } : {}),
    ...(mapping ? { mapping } : {}),
    ...(wait ? { wait } : {}),
  };
}

/** A capture read: its preview against the stored captures (each unit's latest before it). */
export function previewPhase(tab: PortalTab, result: Extract<CaptureAnswer, { ok: true }>, stored: readonly Snapshot[], gathered?: Gathered): Phase {
  // A list the click asked and the portal refused is said once, in the asking's account shown at once; the capture's
  // notes (folded) say the same words of it and leave them out here.
  const said = new Set(gathered?.refused.flatMap((r) => (r.status !== undefined ? [refusedListWords(r.list, r.status)] : [])));
  return {
    kind: 'preview',
    tab,
    ...(gathered ? { gathered } : {}),
    pageType: result.pageType,
    // A total its groups do not add up to is said before saving, each unit with both figures (core/watch/total-sum.ts).
    warnings: [...result.warnings.filter((w) => !said.has(w.message)), ...totalMismatchWarnings(result.snapshots)],
    ...(result.picked ? { picked: result.picked } : {}),
    ...(result.view ? { view: result.view } : {}),
    previews: previewCapture(result.snapshots, stored),
    ...(result.procedures ? { procedures: result.procedures } : {}),
  };
}

/** A capture refused: the adapters' error, and when a known layout refused one table of the page, the column mapping on it, offered at once. */
export function refusalPhase(tab: PortalTab, error: CaptureError, tables: TableSummary[] | 'no-content-script' | undefined): Phase {
  const suggestion = error.suggestion;
  const offer = suggestion && Array.isArray(tables) && tables.some((tb) => tb.index === suggestion.table) ? { offer: { tables, table: suggestion.table, mapping: suggestion.mapping } } : {};
  return { kind: 'problem', text: error.message, capture: error, tab, ...offer };
}

/** The snapshots chosen, parsed at the edge: what is saved must read back (said as officers name the fields). */
export function chosenSnapshots(chosen: readonly SnapshotPreview[], t: Translate): { ok: true; snapshots: Snapshot[] } | { ok: false; phase: Phase } {
  const parsed = parseWithMessages(SNAPSHOTS, { snapshots: chosen.map((p) => p.snapshot) }, INDICATOR_EXPORT_LABELS);
  return parsed.ok ? { ok: true, snapshots: parsed.data.snapshots } : { ok: false, phase: { kind: 'problem', text: t('capture.invalid', { detail: parsed.errors.join('; ') }) } };
}

/** What a save says: how many kept, how many were there already, how many procedures kept apart. */
export const savedPhase = (outcome: SaveOutcome, procedures: readonly ProcedureCapture[]): Phase => ({
  kind: 'saved',
  saved: outcome.saved.length,
  duplicates: outcome.duplicates.length,
  procedures: procedures.length,
});

export function usePopup(store: IndicatorStore, settings: Settings, t: Translate) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [reminder, setReminder] = useState<ReminderState>();

  const fail = (e: unknown) => setPhase({ kind: 'problem', text: failureText(e, t) });

  useEffect(() => {
    store.reminderState().then(setReminder, fail);
  }, [store]);

  const dismissReminder = async () => {
    const next = { ...reminder, due: false };
    setReminder(next);
    await store.saveReminderState(next).catch(fail);
  };

  /**
   * The capture, in one message. On the 766 page, while groups the page asked for have not come back, the answer
   * names them instead: waited for a few seconds, saying which («Đang chờ số liệu nhóm …»); what is still missing
   * after that, the capture names and marks partial.
   */
  const askCapture = async (tab: PortalTab, mapping?: GenericMapping): Promise<CaptureAnswer | 'no-content-script'> => {
    const until = Date.now() + WAIT_MS;
    for (;;) {
      const answer = await askPortal<CaptureAnswer | Waiting>(tab, captureRequest(new Date().toISOString(), settings, mapping, !mapping && Date.now() < until));
      if (answer === 'no-content-script' || !('waiting' in answer)) return answer;
      setPhase({ kind: 'busy', waiting: answer.waiting });
      await new Promise((done) => setTimeout(done, 250));
    }
  };

  /**
   * On the 766 page, unless the officer keeps to observing: the lists of the province and period shown that the page
   * has not loaded, then the further pages their answers say they have, asked for from the page one at a time with a
   * pause, the progress shown, at most GATHER_MAX per click; refusals named, lists left beyond the bound named.
   */
  const gather = async (tab: PortalTab): Promise<Gathered | 'no-content-script' | undefined> => {
    if (settings.observeOnly || !isPage766(tab.url)) return undefined;
    const refused: Gathered['refused'] = [];
    const tried: { url: string; body: Record<string, unknown> }[] = [];
    let cut: string[] = [];
    // Rounds: a list's further pages are known only once its first page is answered.
    while (tried.length < GATHER_MAX) {
      const plan = await askPortal<GatherPlan>(tab, { type: 'thidua/gather-plan', max: GATHER_MAX - tried.length, tried });
      if (plan === 'no-content-script') return plan;
      if (!plan.ok) return tried.length > 0 ? { asked: tried.length, refused } : { asked: 0, refused: [], note: plan.message };
      cut = plan.cut;
      if (plan.requests.length === 0) break;
      const before = tried.length;
      for (const r of plan.requests) {
        setPhase({ kind: 'busy', asking: { done: tried.length + 1, total: before + plan.requests.length, list: r.title } });
        if (tried.length > 0) await new Promise((done) => setTimeout(done, GATHER_PAUSE_MS));
        tried.push({ url: r.url, body: r.body });
        const answer = await askPortal<GatherAnswer>(tab, { type: 'thidua/gather-send', url: r.url, body: r.body });
        if (answer === 'no-content-script') return answer;
        if (!answer.ok) refused.push({ list: r.title, ...(answer.status ? { status: answer.status } : {}) });
      }
    }
    return { asked: tried.length, refused, ...(cut.length > 0 ? { note: t('capture.cut', { max: GATHER_MAX, lists: groupNames(cut) }) } : {}) };
  };

  /**
   * Captures the portal tab: with a mapping just picked; else with the page adapters, and when they do
   * not read the page, with the table mapping saved for the site (if any). A failure shows the adapters'
   * error, which says what they looked for. The stored captures the preview compares with are read meanwhile.
   */
  const capture = async (picked?: { tab: PortalTab; mapping: GenericMapping }) => {
    setPhase({ kind: 'busy' });
    try {
      const tab = picked?.tab ?? (await portalTab());
      if (typeof tab === 'string') return setPhase(tabProblem(tab, t));
      // The last days stored: a new capture is compared with the unit's latest capture before it.
      const stored = store.recent(PREVIEW_DAYS);
      // Unhandled until awaited below, were the capture to end first.
      stored.catch(() => undefined);
      const gathered = picked ? undefined : await gather(tab);
      if (gathered === 'no-content-script') return setPhase(tabProblem(gathered, t));
      const origin = new URL(tab.url).origin;
      let result = await askCapture(tab, picked?.mapping);
      if (result !== 'no-content-script' && !result.ok && !picked) {
        const saved = await store.mapping(origin);
        const withMapping = saved ? await askCapture(tab, saved) : undefined;
        if (withMapping !== undefined && withMapping !== 'no-content-script' && withMapping.ok) result = withMapping;
      }
      if (result === 'no-content-script') return setPhase(tabProblem(result, t));
      if (!result.ok) {
        const tables = result.error.suggestion ? await askPortal<TableSummary[]>(tab, { type: 'thidua/list-tables' }) : undefined;
        return setPhase(refusalPhase(tab, result.error, tables));
      }
      if (picked) await store.saveMapping(origin, picked.mapping);
      setPhase(previewPhase(tab, result, await stored, gathered));
    } catch (e) {
      fail(e);
    }
  };

  const pickTable = async (tab: PortalTab) => {
    setPhase({ kind: 'busy' });
    try {
      const tables = await askPortal<TableSummary[]>(tab, { type: 'thidua/list-tables' });
      if (tables === 'no-content-script') return setPhase(tabProblem(tables, t));
      const mapping = await store.mapping(new URL(tab.url).origin);
      setPhase({ kind: 'picking', tab, tables, ...(mapping ? { mapping } : {}) });
    } catch (e) {
      fail(e);
    }
  };

  const save = async (chosen: SnapshotPreview[], procedures: ProcedureCapture[] = []) => {
    setPhase({ kind: 'busy' });
    try {
      const parsed = chosenSnapshots(chosen, t);
      if (!parsed.ok) return setPhase(parsed.phase);
      const outcome = await store.save(parsed.snapshots, procedures);
      if (reminder?.due) await dismissReminder();
      setPhase(savedPhase(outcome, procedures));
    } catch (e) {
      fail(e);
    }
  };

  /** The 766 page's responses as `thidua capture` reads them, for batch and offline work. */
  const saveResponses = async (tab: PortalTab) => {
    try {
      const saved = await askPortal<SavedResponses>(tab, { type: 'thidua/responses' });
      if (saved === 'no-content-script') return setPhase(tabProblem(saved, t));
      saveFile(`phan-hoi-766-${fileDate(new Date())}.json`, JSON.stringify(SavedResponses.parse(saved), null, 1), 'application/json');
    } catch (e) {
      fail(e);
    }
  };

  return { phase, setPhase, reminder, dismissReminder, capture, pickTable, save, saveResponses };
}

/* Made for: the popup's steps (capture, refusal with its offer, preview, save, the reminder) held apart from its view, so the phase each answer leads to is tested on real captures without a browser. */
