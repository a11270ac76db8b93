// Values the build puts in (vite.config.ts: the dataset plugin and `define`).
declare module 'virtual:dataset' {
  const dataset: import('./data/schema').Dataset;
  export default dataset;
}
declare module 'virtual:dataset-outline' {
  const outline: import('./core/outline').DatasetOutline;
  export default outline;
}

/** Where readers report a correction: package.json `bugs.url`, checked to be https at build time. */
declare const __ISSUES_URL__: string;

/** A development build: `npm run dev`, or `vite build --mode development`. */
declare const __DEV__: boolean;
