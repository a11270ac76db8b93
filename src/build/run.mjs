// Runs a build-time TypeScript module through Vite's module runner: `node src/build/run.mjs check-data`.
import { runnerImport } from 'vite';

const name = process.argv[2];
const { module } = await runnerImport(new URL(`./${name}.ts`, import.meta.url).pathname);
const fn = module[name.replace(/-(\w)/g, (_, c) => c.toUpperCase())];
process.exitCode = await fn(process.cwd(), ...process.argv.slice(3));
