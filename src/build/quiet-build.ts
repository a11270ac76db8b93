// What a build prints that says nothing about this project: Vite's notice about a config loader it
// plans to make the default (24 lines, once per build), crxjs narrating the separate build it runs
// for the content script, and Rolldown warning about an option that crxjs sets for that build.
// Everything else, errors included, passes through.
const NOISE = [
  /\[crx:content-scripts-iife\]/,
  /✓ \S+ → src\/content\//,
  /inlineDynamicImports option is ignored because codeSplitting: false is set/,
];

export const isNoise = (text: string) => NOISE.some((pattern) => pattern.test(text));

/** Keeps the lines above off the console until the returned function is called. */
export function hush(): () => void {
  // Read when Vite loads its config, before any of it runs: it has to be set here.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { log } = console;
  const write = process.stderr.write;
  console.log = (...args: unknown[]) => {
    if (!isNoise(args.map(String).join(' '))) log(...args);
  };
  // Rolldown writes its warnings straight to stderr.
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    isNoise(String(chunk)) ? true : write.call(process.stderr, chunk, ...rest)) as typeof write;
  return () => {
    console.log = log;
    process.stderr.write = write;
  };
}

/** Runs `work` with the lines above kept off the console. */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const unhush = hush();
  try {
    return await work();
  } finally {
    unhush();
  }
}
