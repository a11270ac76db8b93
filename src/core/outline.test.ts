import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../build/load-dataset';
import { chartLayout } from './chart-layout';
import { citationsBySource, eventCount, filterSources } from './citations';
import { LANGS } from './lang';
import { datasetOutline } from './outline';

// The sources page draws its first screen from the outline and the rest from the whole dataset:
// the two must show the same thing.
const dataset = loadDataset(resolve(import.meta.dirname, '../..'));
const outline = datasetOutline(dataset);

describe('datasetOutline, the sources page before the whole dataset has loaded', () => {
  it('gives the header the same counts and dates as the dataset', () => {
    expect(outline).toMatchObject({
      reviewed: dataset.reviewed,
      latestSource: dataset.latestSource,
      sourceCount: dataset.sources.length,
      eventCount: eventCount(dataset),
    });
  });

  it('lays the chart out exactly as the whole dataset does, in both languages', () => {
    for (const lang of LANGS) {
      expect(chartLayout(outline.platforms, '2026-11-26', dataset.reviewed, lang)).toEqual(
        chartLayout(dataset.platforms, '2026-11-26', dataset.reviewed, lang),
      );
    }
  });

  it('keeps every event the chart names, with its summary in both languages', () => {
    const events = dataset.platforms.flatMap((p) => p.events);
    const outlined = outline.platforms.flatMap((p) => p.events);
    expect(outlined.map((e) => [e.id, e.date, e.status, e.summary])).toEqual(events.map((e) => [e.id, e.date, e.status, e.summary]));
  });

  it('starts the list with the sources the whole list starts with, and what cites each', () => {
    const citations = citationsBySource(dataset);
    for (const lang of LANGS) {
      const whole = filterSources(dataset.sources, citations, { platformId: '', text: '', sort: 'date', lang });
      const first = outline.firstSources[lang];
      expect(first.length).toBeGreaterThan(0);
      expect(first.map((f) => f.source)).toEqual(whole.slice(0, first.length));
      for (const { source, cites } of first) {
        const expected = citations.get(source.id) ?? [];
        expect(cites.map((c) => [c.platform?.name ?? null, c.event.id, c.event.date, c.event.summary])).toEqual(
          expected.map((c) => [c.platform?.name ?? null, c.event.id, c.event.date, c.event.summary]),
        );
        // The excerpts the list shows under each event: those of this source.
        expect(cites.map((c) => c.event.evidence ?? [])).toEqual(
          expected.map((c) => (c.event.evidence ?? []).filter((e) => e.source === source.id)),
        );
      }
    }
  });

  it('is a small part of the dataset: what the first screen needs, not the sources', () => {
    expect(JSON.stringify(outline).length).toBeLessThan(JSON.stringify(dataset).length * 0.4);
  });
});
