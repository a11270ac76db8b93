// Serves the validated dataset to the extension code as `virtual:dataset` (and the sources page's
// first screen of it as `virtual:dataset-outline`, src/core/outline.ts), bundles the open-data
// files into the extension (`data/`), and publishes them beside the build (`dist/dataset.json`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { z } from 'zod';
import { datasetOutline } from '../core/outline';
import { PACKAGED_FILES, PUBLISHED_FILES } from '../data/open-data';
import { Dataset } from '../data/schema';
import { eventsCsv } from './events-csv';

/** Each virtual module by the id the code imports. */
const MODULES = { 'virtual:dataset': (d: Dataset) => d, 'virtual:dataset-outline': datasetOutline };
const PREFIX = '\0';
const isModule = (id: string): id is keyof typeof MODULES => Object.hasOwn(MODULES, id);

export function datasetJsonSchema(): object {
  return z.toJSONSchema(Dataset, { target: 'draft-2020-12' });
}

export function datasetPlugin(dataset: Dataset, distRoot: string): Plugin {
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  const schema = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  return {
    name: 'restricted-in-russia:dataset',
    resolveId: (id) => (isModule(id) ? PREFIX + id : undefined),
    load(id) {
      const name = id.slice(PREFIX.length);
      if (!id.startsWith(PREFIX) || !isModule(name)) return undefined;
      // JSON.parse of a string literal parses faster than the same data as a JS object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(MODULES[name](dataset)))});`;
    },
    generateBundle() {
      // Compact inside the package (it ships to every user); readable beside the build.
      this.emitFile({ type: 'asset', fileName: PACKAGED_FILES.json, source: JSON.stringify(dataset) });
      this.emitFile({ type: 'asset', fileName: PACKAGED_FILES.schema, source: schema });
      this.emitFile({ type: 'asset', fileName: PACKAGED_FILES.csv, source: eventsCsv(dataset) });
    },
    closeBundle() {
      mkdirSync(distRoot, { recursive: true });
      writeFileSync(join(distRoot, PUBLISHED_FILES.json), json);
      writeFileSync(join(distRoot, PUBLISHED_FILES.schema), schema);
    },
  };
}
