import { api } from '../browser/api';
import type { Lang } from '../core/dates';

/** A string from `_locales` in the browser's UI language (English where there is no translation). */
export function t(key: string, ...substitutions: string[]): string {
  return api.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language of the dataset's texts to show: Russian for a Russian browser, English otherwise.
 * Read from the `_locales` translation the browser picked (neither `getUILanguage()` nor
 * `@@ui_locale` always agrees with that pick), so the data's language matches the interface's.
 */
export function uiLang(): Lang {
  return api.i18n.getMessage('dataLanguage') === 'ru' ? 'ru' : 'en';
}

/** Message keys cannot contain hyphens: `partially-restricted` -> `status_partially_restricted`. */
export function keyOf(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/-/g, '_')}`;
}
