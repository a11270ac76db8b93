// The stores refuse an upload whose manifest texts are too long, in any language: the Chrome Web
// Store a description over 132 characters (Chrome's manifest reference and MDN give the same
// limit), addons.mozilla.org a name over 45. The manifest names the messages (`__MSG_key__`), so
// the test reads them in every language the extension ships.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LIMITS = { name: 45, description: 132 } as const;

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const LOCALES = new URL('../../assets/public/_locales/', import.meta.url);
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8'));

/** A manifest field as the store shows it in one language: `__MSG_key__` looked up, anything else as written. */
function shown(field: keyof typeof LIMITS, lang: string): string {
  const value: string = manifest[field];
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  return key === undefined ? value : messages(lang)[key].message;
}

describe.each(readdirSync(LOCALES))('_locales/%s', (lang) => {
  it.each(Object.entries(LIMITS) as [keyof typeof LIMITS, number][])(
    'keeps the manifest %s within the stores’ %i characters',
    (field, limit) => {
      const text = shown(field, lang);
      expect(text.trim()).not.toBe('');
      expect({ text, length: [...text].length }).toEqual({ text, length: Math.min([...text].length, limit) });
    },
  );
});
