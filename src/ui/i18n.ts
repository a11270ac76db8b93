import { api } from '../browser/api';
import type { Lang } from '../core/lang';
import type { MessageKey, MessageTemplates, Substitutions } from './message-keys';

// Strings from `_locales`. The content script is handed its messages ready-made (why: README,
// "Performance"); everything else reads them from the browser.
let given: MessageTemplates | null = null;

export function useMessages(messages: MessageTemplates): void {
  given = messages;
}

/** A template for `key` with `{1}`, `{2}`… where the substitutions go, for `useMessages`. */
export function messageTemplate(key: MessageKey): string {
  return api.i18n.getMessage(key, ['{1}', '{2}', '{3}']);
}

/** A string from `_locales` in the browser's UI language (English where there is no translation). */
export function t<K extends MessageKey>(key: K, ...substitutions: Substitutions<K>): string {
  const subs: string[] = substitutions;
  if (!given) return api.i18n.getMessage(key, subs) || key;
  return (given[key] ?? key).replace(/\{(\d)\}/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * The language of the dataset's texts to show: Russian for a Russian browser, English otherwise.
 * Read from the `_locales` translation the browser picked (neither `getUILanguage()` nor
 * `@@ui_locale` always agrees with that pick), so the data's language matches the interface's.
 */
export function uiLang(): Lang {
  return t('dataLanguage') === 'ru' ? 'ru' : 'en';
}
