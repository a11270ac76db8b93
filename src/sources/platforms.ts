import outline from 'virtual:dataset-outline';

/** Platforms in the order the sources page shows them everywhere: by name. */
export const byName = <P extends { name: string }>(platforms: readonly P[]): P[] =>
  [...platforms].sort((a, b) => a.name.localeCompare(b.name));

/** The platforms the first screen draws (the chart, the filter), by name. */
export const PLATFORMS_BY_NAME = byName(outline.platforms);
