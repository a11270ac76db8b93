import type { StatusId } from '../data/schema';

/**
 * A status's colour as the light theme draws it: the first `--<status id>` in `css` (src/ui/styles.css,
 * the one home of the palette), so the toolbar badge can never drift from the status labels.
 */
export function statusColour(css: string, status: StatusId): string {
  const colour = new RegExp(`--${status}:\\s*([^;}\\s]+)`).exec(css)?.[1];
  if (!colour) throw new Error(`src/ui/styles.css defines no colour --${status}`);
  return colour;
}
