// The dataset as open data: the files the build writes (src/build/dataset-plugin.ts), the sources
// page offers for download, and the e2e tests read. The contract fixes the two beside the build.

/** Inside the extension package, offered for download on the sources page. */
export const PACKAGED_FILES = {
  json: 'data/dataset.json',
  schema: 'data/dataset.schema.json',
  csv: 'data/events.csv',
} as const;

/** Beside the build, in `dist/`: the published dataset and its JSON Schema. */
export const PUBLISHED_FILES = {
  json: 'dataset.json',
  schema: 'dataset.schema.json',
} as const;

/** The name a downloaded file is saved under: `data/events.csv` -> `restricted-in-russia-events.csv`. */
export const downloadName = (path: string) => `restricted-in-russia-${path.slice(path.lastIndexOf('/') + 1)}`;
