// `npm run check-data`: validates src/data/ without building, for whoever edits the data.
import { urlProblem } from '../core/data-rules';
import { AWAITING_CANONICAL } from './awaiting-canonical';
import { DatasetError } from './build-dataset';
import { loadDataset } from './load-dataset';

export function checkData(root: string): number {
  try {
    const dataset = loadDataset(root);
    const events = dataset.platforms.reduce((n, p) => n + p.events.length, 0);
    console.log(
      `Dataset valid: ${dataset.platforms.length} platforms, ${events} events, ${dataset.context.length} context items, ${dataset.sources.length} sources.`,
    );
    for (const p of dataset.platforms) {
      const official =
        (p.officialStatus === p.status && p.officialSince === p.statusSince) || (p.officialStatus === null && p.status === 'not-restricted')
          ? ''
          : `; officially ${p.officialStatus ? `${p.officialStatus} since ${p.officialSince}` : 'no act'}`;
      console.log(
        `  ${p.id}: ${p.status}${p.statusSince ? ` since ${p.statusSince}` : ''}${p.statusBasis ? ` (${p.statusBasis})` : ''}${official}, ${p.events.length} events`,
      );
    }
    const awaiting = dataset.sources.filter((s) => AWAITING_CANONICAL.get(s.id) === s.url && urlProblem(s.url));
    if (awaiting.length)
      console.log(`${awaiting.length} source addresses still await their canonical form (src/build/awaiting-canonical.ts).`);
    const done = AWAITING_CANONICAL.size - awaiting.length;
    if (done) console.log(`${done} entries of src/build/awaiting-canonical.ts are fixed in the data: delete them.`);
    console.log(`Reviewed ${dataset.reviewed}; newest source ${dataset.latestSource}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(error.message);
    return 1;
  }
}
