import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hasDynamicHtmlSink, removeHtmlSink } from './no-html-sink';

describe('removeHtmlSink', () => {
  it('removes the one raw-HTML assignment from the installed Preact, leaving no markup sink', () => {
    const preact = readFileSync(
      createRequire(import.meta.url)
        .resolve('preact')
        .replace(/preact\.js$/, 'preact.module.js'),
      'utf8',
    );
    expect(hasDynamicHtmlSink(preact)).toBe(true);
    const { code, removed } = removeHtmlSink(preact);
    expect(removed).toBe(1);
    expect(hasDynamicHtmlSink(code)).toBe(false);
    expect(code).toContain('Raw HTML (__html) is disabled');
  });

  it('tells literal clearing and reads apart from assignments of values', () => {
    expect(hasDynamicHtmlSink('a.innerHTML=""')).toBe(false);
    expect(hasDynamicHtmlSink('if(p&&(a.innerHTML=``),b)')).toBe(false);
    expect(hasDynamicHtmlSink('x==a.innerHTML||a.innerHTML==y')).toBe(false);
    expect(hasDynamicHtmlSink('a.innerHTML=b')).toBe(true);
    expect(hasDynamicHtmlSink('a.innerHTML = "<b>"+b')).toBe(true);
  });
});
