import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../data/schema';
import { datasetJsonSchema } from './dataset-plugin';
import { loadDataset } from './load-dataset';

type JsonSchema = { required?: string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; [key: string]: unknown };

describe('dist/dataset.schema.json, generated from the zod schema', () => {
  const schema = datasetJsonSchema() as JsonSchema;
  const platform = schema.properties?.platforms?.items as JsonSchema;

  it('requires the contract fields: reviewed, latestSource, and per platform status, statusSince and statusBasis', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['reviewed', 'latestSource', 'platforms', 'sources']));
    expect(platform.required).toEqual(expect.arrayContaining(['id', 'status', 'statusSince', 'statusBasis', 'events']));
  });

  it('allows exactly official, reports, measurement or null as a status basis', () => {
    const text = JSON.stringify(platform.properties?.statusBasis);
    for (const kind of ['official', 'reports', 'measurement']) expect(text).toContain(`"${kind}"`);
    expect(text).toContain('"null"');
  });

  it("describes an event's basis: an act, a count of reports, or who measured", () => {
    const text = JSON.stringify(platform.properties?.events?.items?.properties?.basis);
    for (const field of ['"act"', '"reports"', '"by"']) expect(text).toContain(field);
  });

  it('requires the official track beside the status readers meet, null where no act exists', () => {
    expect(platform.required).toEqual(expect.arrayContaining(['officialStatus', 'officialSince']));
    const text = JSON.stringify(platform.properties?.officialStatus);
    for (const status of ['blocked', 'throttled', 'partially-restricted', 'not-restricted']) expect(text).toContain(`"${status}"`);
    expect(text).toContain('"null"');
  });

  it("describes an event's excerpts, a source's block in Russia and an authority's kind", () => {
    const evidence = platform.properties?.events?.items?.properties?.evidence?.items as JsonSchema;
    expect(evidence.required).toEqual(expect.arrayContaining(['source', 'quote', 'lang', 'translation']));
    const source = schema.properties?.sources?.items as JsonSchema;
    expect(JSON.stringify(source.properties?.blockedInRussia)).toContain('"since"');
    expect(JSON.stringify(schema.properties?.authorities)).toMatch(/"state".*"company".*"ngo".*"other"/);
  });
});

describe('the published dataset', () => {
  it('validates against the schema its JSON Schema is generated from', () => {
    const published = JSON.parse(JSON.stringify(loadDataset(resolve(import.meta.dirname, '../..'))));
    const result = Dataset.safeParse(published);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(published.platforms.every((p: Record<string, unknown>) => 'officialStatus' in p && 'officialSince' in p)).toBe(true);
  });
});
