import { expect, it } from 'vitest';
import { SOURCES_PAGE as built } from '../../src/browser/pages';
import { SOURCES_PAGE } from './sources-page.mjs';

it('the bench opens the sources page where the extension has it', () => {
  expect(SOURCES_PAGE).toBe(built);
});
