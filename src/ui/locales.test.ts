// Every language holds the same messages with the same placeholders as English, which the
// compiler checks the code against (src/ui/i18n.ts): a string missing in one language would show
// the reader nothing, or an unfilled `$DATE$`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../core/lang';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const LOCALES = new URL('../../assets/public/_locales/', import.meta.url);
const catalogue = (lang: string): Record<string, Message> => JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8'));
const en = catalogue('en');

/** A message's placeholders as `name=$n`, sorted: what a translation must keep. */
const placeholders = (m: Message) =>
  Object.entries(m.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort();
const used = (m: Message) => [...new Set([...m.message.matchAll(/\$(\w+)\$/g)].map(([, name]) => name.toLowerCase()))].sort();

it('_locales holds exactly the languages the extension speaks', () => {
  expect(readdirSync(LOCALES).sort()).toEqual([...LANGS].sort());
});

describe.each(LANGS)('_locales/%s', (lang) => {
  const messages = catalogue(lang);

  it('has the same keys as English', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('has the same placeholders as English in every message, each used in the text', () => {
    for (const [key, message] of Object.entries(messages)) {
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(en[key] ?? message) });
      expect({ key, used: used(message) }).toEqual({ key, used: placeholders(message).map((p) => p.split('=')[0]) });
    }
  });

  it('has no empty message', () => {
    expect(Object.keys(messages).filter((key) => !messages[key].message.trim())).toEqual([]);
  });
});

/** The keys the code fills with a formatted date: `t('key', …formatDate(…)…)` on one line. */
function keysGivenDates(dir = new URL('..', import.meta.url)): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = new URL(name, dir);
    if (statSync(path).isDirectory()) return keysGivenDates(new URL(`${name}/`, dir));
    if (!/\.tsx?$/.test(name) || name.includes('.test.')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/\bt\('(\w+)'[^\n]*formatDate\(/g)].map(([, key]) => key);
  });
}

it('puts no full stop straight after a date in Russian, whose dates end in «г.»', () => {
  const ru = catalogue('ru');
  const keys = [...new Set(keysGivenDates())].sort();
  expect(keys).toContain('reviewed');
  expect(keys.filter((key) => /\$\w+\$\./.test(ru[key].message))).toEqual([]);
});
