// The interface speaks Vietnamese first and English on request. Components get the language
// through context (not from a store), so presentational components under ui/ stay free of
// stores and can be rendered in tests with either language.
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Language } from '../../shared/contract';
import type { AppError, Bilingual } from '../../shared/result';
import { vi, type MessageKey } from './vi';
import { en } from './en';

export type { MessageKey } from './vi';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** True when the dictionary has this key (labels looked up from data, e.g. a record's field). */
export const isMessageKey = (key: string): key is MessageKey => key in vi;

/** `{name}` placeholders are filled from params; a missing one is left visible, not blanked. */
export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The half of a bilingual message the user reads, falling back to Vietnamese. */
export const pick = (message: Bilingual, lang: Language): string =>
  lang === 'en' ? message.en || message.vi : message.vi;

/** The other language, shown smaller beneath, so a message can be forwarded to anyone. */
export const pickOther = (message: Bilingual, lang: Language): string =>
  lang === 'en' ? message.vi : message.en;

export const errorText = (error: AppError, lang: Language): string => pick(error.message, lang);

const LanguageContext = createContext<Language>('vi');

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export const useLanguage = (): Language => useContext(LanguageContext);

export function useT(): Translate {
  const lang = useLanguage();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}
