import { describe, expect, it } from 'vitest';
import type { PublishedPlatform } from '../data/schema';
import { FOUNDING_PLATFORMS, overviewOrder, publisherName } from './dataset';

const platform = (id: string, lastEvent: string): PublishedPlatform => ({
  id,
  name: id.toUpperCase(),
  hosts: [`${id}.example`],
  impact: { en: 'x', ru: 'x' },
  events: [{ id: `${id}-1`, date: lastEvent, kind: 'block', status: 'blocked', summary: { en: 'x', ru: 'x' }, sources: ['s'] }],
  status: 'blocked',
  statusSince: lastEvent,
  statusEventId: `${id}-1`,
  statusBasis: 'official',
  officialStatus: 'blocked',
  officialSince: lastEvent,
  officialEventId: `${id}-1`,
});

describe('overviewOrder', () => {
  it('puts the founding platforms first, in their order, then the most recent change first', () => {
    const platforms = [
      platform('linkedin', '2016-11-17'),
      platform('instagram', '2026-02-10'),
      platform('roblox', '2025-12-03'),
      platform('whatsapp', '2026-02-12'),
      platform('telegram', '2026-04-10'),
      platform('facetime', '2025-12-04'),
      platform('facebook', '2026-02-10'),
      platform('youtube', '2026-02-10'),
      platform('discord', '2024-10'),
    ];
    expect(platforms.sort(overviewOrder).map((p) => p.id)).toEqual([...FOUNDING_PLATFORMS, 'facetime', 'roblox', 'discord', 'linkedin']);
  });
});

it('publisherName gives Russian readers the Russian name where there is one', () => {
  const kommersant = { publisher: 'Kommersant (citing TASS)', publisherRu: '«Коммерсантъ» (со ссылкой на ТАСС)' };
  expect(publisherName(kommersant, 'ru')).toBe('«Коммерсантъ» (со ссылкой на ТАСС)');
  expect(publisherName(kommersant, 'en')).toBe('Kommersant (citing TASS)');
  expect(publisherName({ publisher: 'Reuters' }, 'ru')).toBe('Reuters');
});
