// `npm run check-data`: validates src/data/ without building, for whoever edits the data.
import { DatasetError } from './build-dataset';
import { loadDataset } from './load-dataset';

export function checkData(root: string): number {
  try {
    const dataset = loadDataset(root);
    const events = dataset.platforms.reduce((n, p) => n + p.events.length, 0);
    console.log(
      `Dataset valid: ${dataset.platforms.length} platforms, ${events} events, ${dataset.context.length} context items, ${dataset.sources.length} sources.`,
    );
    for (const p of dataset.platforms)
      console.log(
        `  ${p.id}: ${p.status}${p.statusSince ? ` since ${p.statusSince}` : ''}${p.statusBasis ? ` (${p.statusBasis})` : ''}, ${p.events.length} events`,
      );
    console.log(`Reviewed ${dataset.reviewed}; newest source ${dataset.latestSource}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(error.message);
    return 1;
  }
}
