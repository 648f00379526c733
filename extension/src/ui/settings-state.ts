// Settings loaded once per page and saved on change; the language switch re-renders the whole page.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { translator } from '../i18n.js';
import type { IndicatorStore } from '../storage/store.js';
import type { Settings } from '../storage/settings.js';
import type { I18n } from './I18n.js';
import { failureText } from './problems.js';

export function useSettings(store: IndicatorStore) {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();
  const i18n = useMemo<I18n>(() => {
    const language = settings?.language ?? 'vi';
    return { language, t: translator(language) };
  }, [settings?.language]);

  useEffect(() => {
    store.settings().then(setSettings, (e: unknown) => setError(failureText(e, translator('vi'))));
  }, [store]);

  const update = useCallback(
    async (next: Settings) => {
      setSettings(next);
      try {
        await store.saveSettings(next);
        setError(undefined);
      } catch (e) {
        setError(failureText(e, translator(next.language)));
      }
    },
    [store],
  );
  return { settings, update, i18n, error };
}

/* Made for: settings read once per page and saved on change, the whole page redrawn when the language changes. */
