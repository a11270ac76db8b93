import { useEffect, useState } from 'preact/hooks';
import type { Dataset } from '../data/schema';

/**
 * The whole dataset, null until it has loaded. The page draws its first screen from the outline
 * (src/core/outline.ts) and loads the rest once the browser is idle after that first paint; opened
 * at an anchor further down (`now`), it loads at once, as nothing can be shown there without it.
 */
export function useWholeDataset(now: boolean): Dataset | null {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      import('virtual:dataset').then((module) => live && setDataset(module.default));
    };
    if (now) {
      load();
      return () => {
        live = false;
      };
    }
    // The timeout keeps a tab in the background loading.
    const idle = requestIdleCallback(load, { timeout: 100 });
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [now]);
  return dataset;
}
