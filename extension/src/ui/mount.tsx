// Starts an extension page: the store over chrome.storage.local, the settings and the UI language.
import { StrictMode, useEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { MessageKey } from '../i18n.js';
import { chromeLocalArea } from '../storage/area.js';
import type { Settings } from '../storage/settings.js';
import { createStore, type IndicatorStore } from '../storage/store.js';
import { I18nContext } from './I18n.js';
import { useSettings } from './settings-state.js';
import './styles.css';

export type PageProps = { store: IndicatorStore; settings: Settings; update: (s: Settings) => Promise<void> };

export function mountPage(Page: ComponentType<PageProps>, title: MessageKey): void {
  const store = createStore(chromeLocalArea());
  function Root() {
    const { settings, update, i18n, error } = useSettings(store);
    useEffect(() => {
      document.documentElement.lang = i18n.language;
      document.title = i18n.t(title);
    }, [i18n]);
    return (
      <I18nContext.Provider value={i18n}>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {settings && <Page store={store} settings={settings} update={update} />}
      </I18nContext.Provider>
    );
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

/* Made for: starting an extension page the same way in the popup and the history page: the store, the settings and the language. */
