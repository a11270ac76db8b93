// The panel shows only the messages the worker hands it (PANEL_MESSAGE_KEYS): one missing from that
// list would print its raw key to the reader. Render the panel in every state with a recording
// message table and compare what it asked for with the list.
import { Component, type ComponentChildren, type VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '../content/Panel';
import type { PlatformSlice } from '../core/dataset';
import { EVENT_KINDS, STATUS_IDS } from '../data/ids';
import type { Basis, Event } from '../data/schema';
import { uiLang, useMessages } from '../ui/i18n';
import { PANEL_MESSAGE_KEYS } from './panel-payload';

// No extension API in a unit test: the code under test must not need one once it has its messages.
vi.hoisted(() => vi.stubGlobal('chrome', {}));

const asked = new Set<string>();
useMessages(
  new Proxy(
    {},
    {
      get: (_, key) => {
        asked.add(String(key));
        return '{1}';
      },
    },
  ),
);

const text = { en: 'Text', ru: 'Текст' };
// Every kind of basis a status can rest on: each shows its own words.
const BASES: Basis[] = [
  { kind: 'official', act: text },
  { kind: 'reports', reports: 2 },
  { kind: 'measurement', by: 'OONI' },
];
const eventsOn = (basis: Basis): Event[] => [
  ...EVENT_KINDS.map((kind, i) => ({ id: `kind-${i}`, date: '2025-01', kind, summary: text, sources: ['s'] })),
  ...STATUS_IDS.map((status, i) => ({
    id: `status-${i}`,
    date: '2025-02-01',
    kind: 'other' as const,
    status,
    basis,
    summary: text,
    authority: 'rkn',
    disagreement: text,
    sources: ['s'],
  })),
];
const slice = (status: (typeof STATUS_IDS)[number], statusSince: string | null, basis: Basis): PlatformSlice => ({
  reviewed: '2026-04-30',
  latestSource: '2026-04-14',
  platform: {
    id: 'p',
    name: 'P',
    hosts: ['p.example'],
    impact: text,
    note: text,
    events: eventsOn(basis),
    status,
    statusSince,
    statusEventId: null,
    statusBasis: status === 'not-restricted' ? null : basis.kind,
  },
  sources: { s: { id: 's', publisher: 'Pub', title: 'T', titleFrom: 'page', url: 'https://p.example/', published: null, language: 'en' } },
  authorities: { rkn: text },
});

type Props = { children?: ComponentChildren };
type ClassComponent = new (props: Props) => Component<Props, { expanded: boolean }>;

/** Renders a tree as far as components go, without a DOM: enough to make every `t()` call it would. */
function walk(node: ComponentChildren, state: { expanded: boolean }): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, state);
  } else if (node && typeof node === 'object' && 'type' in node) {
    const { type, props } = node as VNode<Props>;
    if (typeof type !== 'function') walk(props.children, state);
    else if (type.prototype instanceof Component)
      walk(new (type as unknown as ClassComponent)(props).render(props, state, undefined), state);
    else walk((type as (p: Props) => ComponentChildren)(props), state);
  }
}

describe('the messages the worker hands the panel', () => {
  it('are exactly those the panel shows, in every state', () => {
    uiLang();
    for (const status of STATUS_IDS)
      for (const since of ['2025-02-01', null])
        for (const basis of BASES)
          for (const expanded of [false, true]) {
            const props = {
              slice: slice(status, since, basis),
              lang: 'en' as const,
              linker: { open: () => {} },
              onDismiss() {},
              onNeverShow() {},
              onOpenPopup() {},
              unseen: ['kind-0'],
              onSeen() {},
            };
            walk(<Panel {...props} />, { expanded });
          }
    const unlisted = [...asked].filter((key) => !PANEL_MESSAGE_KEYS.includes(key as never)).sort();
    expect(unlisted, 'shown by the panel, missing from PANEL_MESSAGE_KEYS').toEqual([]);
    expect(
      PANEL_MESSAGE_KEYS.filter((key) => !asked.has(key)),
      'in PANEL_MESSAGE_KEYS, never shown by the panel',
    ).toEqual([]);
  });
});
