import { api } from '../browser/api';
import type { Lang } from '../core/lang';
import type { MessageKey, Substitutions } from './message-keys';

// Strings from `_locales`, read from the browser. The content script needs none: the worker hands it
// the panel with every word filled in (why: docs/performance.md, "Performance").

/** A string from `_locales` in the browser's UI language (English where there is no translation). */
export function t<K extends MessageKey>(key: K, ...substitutions: Substitutions<K>): string {
  return api.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language of the dataset's texts to show: Russian for a Russian browser, English otherwise.
 * Read from the `_locales` translation the browser picked (neither `getUILanguage()` nor
 * `@@ui_locale` always agrees with that pick), so the data's language matches the interface's.
 */
export function uiLang(): Lang {
  return t('dataLanguage') === 'ru' ? 'ru' : 'en';
}
