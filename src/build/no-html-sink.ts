// Takes Preact's one HTML sink out of the shipped code. Preact implements `dangerouslySetInnerHTML`
// by assigning the given string as the element's markup; this extension never renders raw HTML (see
// src/safe-rendering.test.ts), so that branch is dead code, yet it is in every bundle that includes
// Preact, and addons.mozilla.org's linter rightly flags it (UNSAFE_VAR_ASSIGNMENT). Here it is
// replaced with a throw, so the shipped code holds no markup sink at all and a future use fails
// loudly instead of rendering HTML. If the code changes shape, the build stops and says so.
//
// It works on the output files (generateBundle), not on modules, because crxjs builds the
// standalone content script in a separate Vite build without this config's plugins and emits the
// result as an asset; this plugin must therefore come after crx() in the plugin list.
import type { Plugin } from 'vite';

// The minified `(dom.innerHTML = newHtml.__html)`; and any markup assignment other than of an empty
// string literal.
const PREACT_SINK = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const DYNAMIC_SINK = /\.innerHTML\s*=(?!=)\s*(?!(""|''|``)([,;)}\s]|$))/;
const THROW = '(()=>{throw new TypeError("Raw HTML (__html) is disabled in this extension")})()';

/** Replaces Preact's sink in `code`; returns the new code and how many it replaced. */
export function removeHtmlSink(code: string): { code: string; removed: number } {
  let removed = 0;
  const out = code.replace(PREACT_SINK, () => {
    removed++;
    return THROW;
  });
  return { code: out, removed };
}

export function hasDynamicHtmlSink(code: string): boolean {
  return DYNAMIC_SINK.test(code);
}

export function noHtmlSinkPlugin(): Plugin {
  return {
    name: 'restricted-in-russia:no-html-sink',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      let removed = 0;
      for (const file of Object.values(bundle)) {
        if (!file.fileName.endsWith('.js')) continue;
        const source = file.type === 'chunk' ? file.code : String(file.source);
        const result = removeHtmlSink(source);
        if (hasDynamicHtmlSink(result.code))
          this.error(`${file.fileName} still assigns markup from a variable: see src/build/no-html-sink.ts`);
        if (!result.removed) continue;
        removed += result.removed;
        if (file.type === 'chunk') file.code = result.code;
        else file.source = result.code;
      }
      if (!removed) this.error("Preact's raw-HTML assignment was not found in the bundle: update src/build/no-html-sink.ts");
    },
  };
}
