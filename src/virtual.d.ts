declare module 'virtual:dataset' {
  const dataset: import('./data/schema').Dataset;
  export default dataset;
}
