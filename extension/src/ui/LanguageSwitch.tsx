import { LANGUAGES, type Language } from '../i18n.js';
import type { Settings } from '../storage/settings.js';
import { useI18n } from './I18n.js';

export function LanguageSwitch({ settings, update }: { settings: Settings; update: (s: Settings) => void }) {
  const { t } = useI18n();
  return (
    <label className="language">
      {t('settings.language')}{' '}
      <select value={settings.language} onChange={(e) => update({ ...settings, language: e.target.value as Language })}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
