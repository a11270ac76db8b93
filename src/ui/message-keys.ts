// The `_locales` messages as types, with no extension API, so that the build and the tests can use
// them too. The English catalogue declares every message and its placeholders; the other
// languages are tested against it (src/ui/locales.test.ts).
import type { BasisKind, StatusId } from '../data/schema';

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

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

/** Message keys cannot contain hyphens: `partially-restricted` -> `status_partially_restricted`. */
export function keyOf<P extends string, I extends string>(prefix: P, id: I): `${P}_${Underscored<I>}` {
  return `${prefix}_${id.replace(/-/g, '_')}` as `${P}_${Underscored<I>}`;
}

/**
 * The one-line meaning of a platform's status. Only an official basis may say the authorities did
 * it; a status resting on reports or measurements says what readers in Russia meet, not who acted.
 */
export function meaningKey(platform: { status: StatusId; statusBasis: BasisKind | null }) {
  const prefix = platform.statusBasis === 'official' || platform.statusBasis === null ? 'statusMeaning' : 'statusMeaningUnconfirmed';
  return keyOf(prefix, platform.status);
}
