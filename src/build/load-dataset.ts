// Build-time only (Node): reads `src/data/` and hands it to the pure check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { today } from '../core/dates';
import type { Dataset } from '../data/schema';
import { buildDataset, type DataFile } from './build-dataset';

export function loadDataset(root: string, todayIso = today()): Dataset {
  const dataDir = join(root, 'src/data');
  const read = (path: string): DataFile => ({ path: relative(root, path), text: readFileSync(path, 'utf8') });
  const platformDir = join(dataDir, 'platforms');
  const platforms = readdirSync(platformDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => read(join(platformDir, name)));
  return buildDataset({ meta: read(join(dataDir, 'meta.json')), sources: read(join(dataDir, 'sources.json')), platforms }, todayIso);
}
