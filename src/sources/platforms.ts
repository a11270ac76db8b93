import dataset from 'virtual:dataset';

/** The platforms in the order the sources page shows them everywhere: by name. */
export const PLATFORMS_BY_NAME = [...dataset.platforms].sort((a, b) => a.name.localeCompare(b.name));
