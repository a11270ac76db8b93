import { api } from '../browser/api';
import type { Lang } from '../core/lang';

/**
 * Messages handed over ready-made, as `{1}`-style templates. The content script gets them from the
 * worker with its platform's record, so it never touches `chrome.i18n`: each extension API a
 * page-side script first uses costs the page milliseconds of binding set-up.
 */
let given: Record<string, string> | null = null;

export function useMessages(messages: Record<string, string>): void {
  given = messages;
}

/** A template for `key` with `{1}`, `{2}`… where the substitutions go, for `useMessages`. */
export function messageTemplate(key: string): string {
  return api.i18n.getMessage(key, ['{1}', '{2}', '{3}']);
}

/** A string from `_locales` in the browser's UI language (English where there is no translation). */
export function t(key: string, ...substitutions: string[]): string {
  if (!given) return api.i18n.getMessage(key, substitutions) || key;
  return (given[key] ?? key).replace(/\{(\d)\}/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/**
 * The language of the dataset's texts to show: Russian for a Russian browser, English otherwise.
 * Read from the `_locales` translation the browser picked (neither `getUILanguage()` nor
 * `@@ui_locale` always agrees with that pick), so the data's language matches the interface's.
 */
export function uiLang(): Lang {
  return t('dataLanguage') === 'ru' ? 'ru' : 'en';
}

/** Message keys cannot contain hyphens: `partially-restricted` -> `status_partially_restricted`. */
export function keyOf(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/-/g, '_')}`;
}
