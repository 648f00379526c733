// The popup: `Ghi nhận chỉ số` captures the portal page → preview → `Lưu`. Also the reminder banner,
// the settings, the generic-table picker and the way to the history page.
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { foundOf, IndicatorSnapshot, SavedResponses, type CaptureError, type CaptureWarning, type GenericMapping, type TableSummary, type ViewGroups } from '../../../core/indicators/index.js';
import { INDICATOR_EXPORT_LABELS } from '../../../core/indicators/labels.js';
import { RESPONSES_PAGE } from '../../../core/indicators/page-766.js';
import { parseWithMessages } from '../../../core/schema-messages.js';
import { previewCapture, type SnapshotPreview } from '../history/compare.js';
import type { IndicatorStore } from '../storage/store.js';
import type { ReminderState, Settings } from '../storage/settings.js';
import { useI18n } from '../ui/I18n.js';
import { fileDate, saveFile } from '../ui/files.js';
import { failureText } from '../ui/problems.js';
import type { CaptureAnswer, Waiting } from '../messages.js';
import type { ProcedureCapture } from '../../../core/indicators/procedures.js';
import { askPortal, portalTab, type PortalTab, type TabProblem } from './portal-tab.js';
import { Preview } from './Preview.js';
import { SettingsForm } from './SettingsForm.js';
import { TablePicker } from './TablePicker.js';

/** What a save hands the store. */
const SNAPSHOTS = z.object({ snapshots: z.array(IndicatorSnapshot) });

/** The stored days a new capture is compared with (the unit's latest capture among them). */
const PREVIEW_DAYS = 3;

/** How long a capture waits for the groups the 766 page is still loading. */
const WAIT_MS = 6000;

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; waiting?: string[] }
  | { kind: 'problem'; text: string; capture?: CaptureError; tab?: PortalTab; offer?: { tables: TableSummary[]; table: number; mapping: GenericMapping } }
  | { kind: 'preview'; tab: PortalTab; pageType: string; warnings: CaptureWarning[]; picked?: number[]; view?: ViewGroups; previews: SnapshotPreview[]; procedures?: ProcedureCapture[] }
  | { kind: 'picking'; tab: PortalTab; tables: TableSummary[]; mapping?: GenericMapping }
  | { kind: 'saved'; saved: number; duplicates: number; procedures: number }
  | { kind: 'settings' };

const TAB_PROBLEM: Record<TabProblem, 'capture.noTab' | 'capture.notPortal' | 'capture.noContentScript'> = {
  'no-tab': 'capture.noTab',
  'not-portal': 'capture.notPortal',
  'no-content-script': 'capture.noContentScript',
};

export function Popup({ store, settings, update }: { store: IndicatorStore; settings: Settings; update: (s: Settings) => Promise<void> }) {
  const { t } = useI18n();
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
   * Captures the portal tab: with a mapping just picked; else with the page adapters, and when they do
   * not read the page, with the table mapping saved for the site (if any). A failure shows the adapters'
   * error, which says what they looked for. The stored captures the preview compares with are read meanwhile.
   */
  const capture = async (picked?: { tab: PortalTab; mapping: GenericMapping }) => {
    setPhase({ kind: 'busy' });
    try {
      const tab = picked?.tab ?? (await portalTab());
      if (typeof tab === 'string') return setPhase({ kind: 'problem', text: t(TAB_PROBLEM[tab]) });
      // The last days stored: a new capture is compared with the unit's latest capture before it.
      const stored = store.recent(PREVIEW_DAYS);
      // Unhandled until awaited below, were the capture to end first.
      stored.catch(() => undefined);
      const origin = new URL(tab.url).origin;
      let result = await askCapture(tab, picked?.mapping);
      if (result !== 'no-content-script' && !result.ok && !picked) {
        const saved = await store.mapping(origin);
        const withMapping = saved ? await askCapture(tab, saved) : undefined;
        if (withMapping !== undefined && withMapping !== 'no-content-script' && withMapping.ok) result = withMapping;
      }
      if (result === 'no-content-script') return setPhase({ kind: 'problem', text: t(TAB_PROBLEM[result]) });
      if (!result.ok) {
        // A known layout refused on one table: the column mapping on that table, offered at once.
        const suggestion = result.error.suggestion;
        const tables = suggestion ? await askPortal<TableSummary[]>(tab, { type: 'thidua/list-tables' }) : undefined;
        const offer = suggestion && Array.isArray(tables) && tables.some((tb) => tb.index === suggestion.table)
          ? { offer: { tables, table: suggestion.table, mapping: suggestion.mapping } }
          : {};
        return setPhase({ kind: 'problem', text: result.error.message, capture: result.error, tab, ...offer });
      }
      if (picked) await store.saveMapping(origin, picked.mapping);
      setPhase({
        kind: 'preview',
        tab,
        pageType: result.pageType,
        warnings: result.warnings,
        ...(result.picked ? { picked: result.picked } : {}),
        ...(result.view ? { view: result.view } : {}),
        previews: previewCapture(result.snapshots, await stored),
        ...('procedures' in result && result.procedures ? { procedures: result.procedures } : {}),
      });
    } catch (e) {
      fail(e);
    }
  };

  /**
   * The capture, in one message. On the 766 page, while groups the page asked for have not come back, the answer
   * names them instead: waited for a few seconds, saying which («Đang chờ số liệu nhóm …»); what is still missing
   * after that, the capture names and marks partial.
   */
  const askCapture = async (tab: PortalTab, mapping?: GenericMapping): Promise<CaptureAnswer | 'no-content-script'> => {
    const until = Date.now() + WAIT_MS;
    for (;;) {
      const wait = !mapping && Date.now() < until;
      const answer = await askPortal<CaptureAnswer | Waiting>(tab, {
        type: 'thidua/capture',
        capturedAt: new Date().toISOString(),
        ...(settings.commune ? { commune: settings.commune } : {}),
        ...(mapping ? { mapping } : {}),
        ...(wait ? { wait } : {}),
      });
      if (answer === 'no-content-script' || !('waiting' in answer)) return answer;
      setPhase({ kind: 'busy', waiting: answer.waiting });
      await new Promise((done) => setTimeout(done, 250));
    }
  };

  const pickTable = async (tab: PortalTab) => {
    setPhase({ kind: 'busy' });
    try {
      const tables = await askPortal<TableSummary[]>(tab, { type: 'thidua/list-tables' });
      if (tables === 'no-content-script') return setPhase({ kind: 'problem', text: t(TAB_PROBLEM[tables]) });
      const mapping = await store.mapping(new URL(tab.url).origin);
      setPhase({ kind: 'picking', tab, tables, ...(mapping ? { mapping } : {}) });
    } catch (e) {
      fail(e);
    }
  };

  const save = async (chosen: SnapshotPreview[], procedures: ProcedureCapture[] = []) => {
    setPhase({ kind: 'busy' });
    try {
      // Parsed at the edge, the snapshots chosen only: what is saved must read back (said as officers name the fields).
      const parsed = parseWithMessages(SNAPSHOTS, { snapshots: chosen.map((p) => p.snapshot) }, INDICATOR_EXPORT_LABELS);
      if (!parsed.ok) return setPhase({ kind: 'problem', text: t('capture.invalid', { detail: parsed.errors.join('; ') }) });
      const outcome = await store.save(parsed.data.snapshots, procedures);
      if (reminder?.due) await dismissReminder();
      setPhase({ kind: 'saved', saved: outcome.saved.length, duplicates: outcome.duplicates.length, procedures: procedures.length });
    } catch (e) {
      fail(e);
    }
  };

  /** The 766 page's responses as `thidua capture` reads them, for batch and offline work. */
  const saveResponses = async (tab: PortalTab) => {
    try {
      const saved = await askPortal<SavedResponses>(tab, { type: 'thidua/responses' });
      if (saved === 'no-content-script') return setPhase({ kind: 'problem', text: t(TAB_PROBLEM[saved]) });
      saveFile(`phan-hoi-766-${fileDate(new Date())}.json`, JSON.stringify(SavedResponses.parse(saved), null, 1), 'application/json');
    } catch (e) {
      fail(e);
    }
  };

  // The history page is the options page: no path to keep in step with the build.
  const openHistory = () => void chrome.runtime.openOptionsPage();
  // The same page on its digest.
  const openDigest = () => void chrome.tabs.create({ url: `${chrome.runtime.getURL(chrome.runtime.getManifest().options_page!)}#ban-tin` });

  return (
    <main className="popup">
      <header className="bar">
        <h1>{t('app.title')}</h1>
        <button type="button" onClick={() => setPhase(phase.kind === 'settings' ? { kind: 'idle' } : { kind: 'settings' })}>
          {t('settings.title')}
        </button>
      </header>

      {reminder?.due && (
        <p className="banner" role="status" data-testid="reminder-banner">
          {t('reminder.due')}{' '}
          <button type="button" onClick={() => void dismissReminder()}>
            {t('reminder.later')}
          </button>
        </p>
      )}

      {phase.kind === 'settings' ? (
        <SettingsForm settings={settings} onSave={update} onClose={() => setPhase({ kind: 'idle' })} />
      ) : (
        <div className="actions">
          <button type="button" className="primary" disabled={phase.kind === 'busy'} onClick={() => void capture()}>
            {t('capture.button')}
          </button>
          <button type="button" onClick={openDigest}>
            {t('digest.open')}
          </button>
          <button type="button" onClick={openHistory}>
            {t('history.open')}
          </button>
        </div>
      )}

      {phase.kind === 'busy' && (
        <p role="status" data-testid="busy">
          {phase.waiting?.length ? t('capture.waiting', { groups: phase.waiting.join(', ') }) : t('capture.busy')}
        </p>
      )}

      {phase.kind === 'problem' && (
        <section role="alert" className="error" data-testid="capture-error">
          <p>{phase.text}</p>
          {/* Before the (long) lists of labels: the mapping on the refused table, or picking a table, is the way on. */}
          {phase.tab && phase.offer && (
            <>
              <p data-testid="mapping-offer">{t('picker.offer')}</p>
              <TablePicker
                tables={phase.offer.tables}
                initial={phase.offer.mapping}
                initialTable={phase.offer.table}
                onPick={(mapping) => void capture({ tab: phase.tab!, mapping })}
                onCancel={() => setPhase({ ...phase, offer: undefined })}
              />
            </>
          )}
          {phase.tab && !phase.offer && (
            <button type="button" onClick={() => void pickTable(phase.tab!)}>
              {t('picker.open')}
            </button>
          )}
          {phase.capture && (
            <>
              {foundOf(phase.capture).length > 0 && (
                <>
                  <p>{t('capture.lookedFor')}</p>
                  <ul>
                    {foundOf(phase.capture).map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                </>
              )}
              <p>{t('capture.missing')}</p>
              <ul>
                {phase.capture.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <p>{t('capture.nothingSaved')}</p>
            </>
          )}
        </section>
      )}

      {phase.kind === 'preview' && (
        <>
          <Preview
            pageType={phase.pageType}
            previews={phase.previews}
            warnings={phase.warnings}
            {...(phase.picked ? { picked: phase.picked } : {})}
            {...(phase.view ? { view: phase.view } : {})}
            onSave={(chosen) => void save(chosen, phase.procedures)}
            {...(settings.commune ? { commune: settings.commune } : {})}
            onCancel={() => setPhase({ kind: 'idle' })}
          />
          {/* Apart, each its own button: side by side inline they read as one («Chọn bảng thủ côngLưu phản hồi…»). */}
          <div className="actions">
            <button type="button" className="link" onClick={() => void pickTable(phase.tab)}>
              {t('picker.open')}
            </button>
            {phase.pageType === RESPONSES_PAGE.id && (
              <button type="button" className="link" onClick={() => void saveResponses(phase.tab)}>
                {t('capture.saveResponses')}
              </button>
            )}
          </div>
        </>
      )}

      {phase.kind === 'picking' && (
        <TablePicker
          tables={phase.tables}
          {...(phase.mapping ? { initial: phase.mapping } : {})}
          onPick={(mapping) => void capture({ tab: phase.tab, mapping })}
          onCancel={() => setPhase({ kind: 'idle' })}
        />
      )}

      {phase.kind === 'saved' && (
        <p role="status" data-testid="saved">
          {t('capture.saved', { count: phase.saved })} {phase.duplicates > 0 && t('capture.duplicates', { count: phase.duplicates })}{' '}
          {phase.procedures > 0 && t('capture.savedProcedures', { count: phase.procedures })}
        </p>
      )}
    </main>
  );
}

/* Made for: the popup, the extension's one-click face: «Ghi nhận chỉ số» → preview → «Lưu», with the reminder banner, the settings, the table picker and the way to the history. */
