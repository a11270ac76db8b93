import { api } from '../browser/api';
import type { Lang } from '../core/lang';

/** The English catalogue declares every message and its placeholders; ru is tested against it. */
type Catalogue = typeof import('../../assets/public/_locales/en/messages.json');

/** A key of `_locales/en/messages.json`: any other string does not compile. */
export type MessageKey = keyof Catalogue;

type PlaceholderNames<K> = K extends MessageKey ? (Catalogue[K] extends { placeholders: infer P } ? keyof P : never) : never;
// The last member of a union (TypeScript has no operator for a union's size, so members are peeled one by one).
type LastOf<U> = ((U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void ? I : never) extends () => infer R
  ? R
  : never;
type OneStringEach<U, Out extends string[] = []> = [U] extends [never] ? Out : OneStringEach<Exclude<U, LastOf<U>>, [...Out, string]>;

/** One string per placeholder the message declares: `t('since')` without its date does not compile. */
export type Substitutions<K extends MessageKey> = OneStringEach<PlaceholderNames<K>>;

/** Messages the content script is handed ready-made (why: README, "Performance"). */
export type MessageTemplates = Partial<Record<MessageKey, string>>;

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

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

/** Message keys cannot contain hyphens: `partially-restricted` -> `status_partially_restricted`. */
export function keyOf<P extends string, I extends string>(prefix: P, id: I): `${P}_${Underscored<I>}` {
  return `${prefix}_${id.replace(/-/g, '_')}` as `${P}_${Underscored<I>}`;
}
