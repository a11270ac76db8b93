import { type ComponentChildren, Fragment, type VNode } from 'preact';
import type { Tree } from '../browser/messages';

// The status chart's strip adds SVG geometry and its data attributes: still plain data.
const ATTRIBUTES =
  /^(class|id|lang|href|target|rel|title|dateTime|tabIndex|aria-[a-z]+|data-[a-z-]+|role|focusable|width|height|x|y|x1|x2|y1|y2|d|fill|overflow|patternUnits|patternTransform|text-anchor)$/;

/**
 * Renders shared UI components (src/ui) to plain element trees the content script can put on the
 * page with a few lines of code. Only function components without hooks, and only the attributes
 * listed: no event handler, no markup, nothing that is not data. The rule, for whoever edits those
 * components, is in src/ui/README.md; src/layout.test.ts holds them to it.
 */
export function toTree(node: ComponentChildren): Tree[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(toTree);
  const { type, props } = node as VNode<Record<string, unknown> & { children?: ComponentChildren }>;
  if (type === Fragment) return toTree(props.children);
  if (typeof type === 'function') return toTree((type as (p: typeof props) => ComponentChildren)(props));
  if (typeof type !== 'string') throw new Error('toTree renders elements and function components only');
  const attributes = Object.entries(props).filter(([name, value]) => {
    if (name === 'children' || value === null || value === undefined) return false;
    if (!ATTRIBUTES.test(name) || !/^(string|number)$/.test(typeof value)) throw new Error(`toTree: attribute ${name} is not plain data`);
    return true;
  });
  return [[type, attributes.length ? (Object.fromEntries(attributes) as Record<string, string | number>) : null, toTree(props.children)]];
}
