// The status palette has one home, src/ui/styles.css, with a custom property named for each status
// id: the labels draw with it, and the toolbar badge reads its colour from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_IDS } from '../data/ids';
import { statusColour } from './status-colour';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));

describe.each(STATUS_IDS)('status %s', (status) => {
  it('has a colour and a background in the light and the dark palette', () => {
    for (const palette of [css, dark]) {
      expect(palette).toMatch(new RegExp(`--${status}:\\s*#`));
      expect(palette).toMatch(new RegExp(`--${status}-bg:\\s*#`));
    }
  });

  it('labels draw with its own colours', () => {
    expect(css).toContain(`.status--${status} { color: var(--${status}); background: var(--${status}-bg); }`);
  });

  it('badges take the light colour', () => {
    expect(statusColour(css, status)).toBe(/--[\w-]+:\s*(#\w+)/.exec(css.slice(css.indexOf(`--${status}:`)))?.[1]);
  });
});
