// The history drawn in part (the popup draws a platform's newest events before its first paint, the
// rest once the browser is idle): the newest come first, each named as the whole history names it,
// and the list says it is not whole yet.
import { h } from 'preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Tree } from '../browser/messages';
import type { Event } from '../data/schema';

const text = { en: 'Text', ru: 'Текст' };
const events: Event[] = [
  {
    id: 'blocked',
    date: '2024-01-01',
    kind: 'block',
    status: 'blocked',
    basis: { kind: 'reports', reports: 2 },
    summary: text,
    sources: [],
  },
  { id: 'blocked-again', date: '2025-01-01', kind: 'block', summary: text, sources: [] },
  { id: 'fine', date: '2026-01-01', kind: 'fine', summary: text, sources: [] },
];

let draw: (count?: number) => Tree[];
beforeAll(async () => {
  // Each message reads as its key: what an event is called shows as `kind_block` or `kind_block_reported`.
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => key } });
  const [{ Timeline }, { toTree }] = await Promise.all([import('./Timeline'), import('../background/to-tree')]);
  draw = (count) => toTree(h(Timeline, { events, sources: {}, authorities: {}, lang: 'en', count }));
});

const items = (trees: Tree[]) => (trees[0] as Exclude<Tree, string>)[2].filter((n): n is Exclude<Tree, string> => typeof n !== 'string');
const words = (tree: Tree): string => (typeof tree === 'string' ? tree : tree[2].map(words).join(' '));

describe('the history, drawn in part', () => {
  it('draws the newest events first, says it is busy, and names each as the whole history does', () => {
    const list = draw(2);
    expect(list[0][1]).toEqual({ class: 'timeline', 'aria-busy': 'true' });
    expect(items(list).map((li) => li[1]?.id)).toEqual(['event-fine', 'event-blocked-again']);
    // A block while the platform already stood blocked is a block, not a reported one: read from the
    // event before it, which is not drawn yet.
    expect(words(items(list)[1])).toContain('kind_block');
    expect(words(items(list)[1])).not.toContain('kind_block_reported');
  });

  it('whole, draws every event and is not busy', () => {
    const list = draw();
    expect(list[0][1]).toEqual({ class: 'timeline' });
    expect(items(list).map((li) => li[1]?.id)).toEqual(['event-fine', 'event-blocked-again', 'event-blocked']);
  });
});
