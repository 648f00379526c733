// Ngôn ngữ: the one language select of the extension's pages.
// The history page switches at once; the popup's settings switch with the rest of the form when it is saved.
import { LANGUAGES, type Language } from '../i18n.js';
import { useI18n } from './I18n.js';

export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (language: Language) => void }) {
  const { t } = useI18n();
  return (
    <label className="language">
      {t('settings.language')}{' '}
      <select name="language" value={value} onChange={(e) => onChange(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

// Made for: issue 36 item 5 — the popup's settings and the history page each wrote this select; one copy now.
