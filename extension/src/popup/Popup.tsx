// The popup: `Ghi nhận chỉ số` captures the portal page → preview → `Lưu`. Also the reminder banner,
// the settings, the generic-table picker and the way to the history page.
import { RESPONSES_PAGE } from '../../../core/indicators/page-766.js';
import { groupNames } from '../../../core/indicators/groups-766.js';
import type { Settings } from '../storage/settings.js';
import type { IndicatorStore } from '../storage/store.js';
import { useI18n } from '../ui/I18n.js';
import { usePopup } from './popup-state.js';
import { Preview } from './Preview.js';
import { Problem } from './Problem.js';
import { SettingsForm } from './SettingsForm.js';
import { TablePicker } from './TablePicker.js';
import { Verdicts } from './Verdicts.js';

export function Popup({ store, settings, update }: { store: IndicatorStore; settings: Settings; update: (s: Settings) => Promise<void> }) {
  const { t } = useI18n();
  const { phase, setPhase, reminder, dismissReminder, capture, pickTable, save, saveResponses } = usePopup(store, settings, t);

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

      {phase.kind === 'idle' && <Verdicts store={store} settings={settings} />}

      {phase.kind === 'busy' && (
        <p role="status" data-testid="busy">
          {phase.asking
            ? t('capture.asking', { done: phase.asking.done, total: phase.asking.total, list: phase.asking.list })
            : phase.waiting?.length
              ? t('capture.waiting', { groups: groupNames(phase.waiting) })
              : t('capture.busy')}
        </p>
      )}

      {phase.kind === 'problem' && (
        <Problem phase={phase} onPick={(picked) => void capture(picked)} onPickTable={(tab) => void pickTable(tab)} onDropOffer={() => setPhase({ ...phase, offer: undefined })} />
      )}

      {phase.kind === 'preview' && (
        <>
          {phase.gathered && (
            <div role="status" data-testid="gathered">
              {phase.gathered.asked > 0 && <p>{t('capture.asked', { count: phase.gathered.asked })}</p>}
              {phase.gathered.note && <p className="warning">{phase.gathered.note}</p>}
              {phase.gathered.refused.map((r) => (
                <p key={r.list} className="warning">
                  {t('capture.refused', { list: r.list, status: r.status ? t('capture.refusedStatus', { status: r.status }) : '' })}
                </p>
              ))}
            </div>
          )}
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
