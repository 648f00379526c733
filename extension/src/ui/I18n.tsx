// The UI language: Vietnamese by default, English when the officer switches (kept in the settings).
import { createContext, useContext } from 'react';
import { translator, type Language, type Translate } from '../i18n.js';

export type I18n = { language: Language; t: Translate };

export const I18nContext = createContext<I18n>({ language: 'vi', t: translator('vi') });

export const useI18n = (): I18n => useContext(I18nContext);

/* Made for: the extension's pages in the officer's language: the translator handed down through React context. */
