import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './dataset-plugin';

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
});
