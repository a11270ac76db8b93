import { expect, it } from 'vitest';
import { SOURCES_PAGE as sources, UNREACHABLE_PAGE as unreachable } from '../../src/browser/pages';
import { SOURCES_PAGE } from './sources-page.mjs';
import { UNREACHABLE_PAGE } from './unreachable.mjs';

it('the bench looks for the extension pages where the extension has them', () => {
  expect({ SOURCES_PAGE, UNREACHABLE_PAGE }).toEqual({ SOURCES_PAGE: sources, UNREACHABLE_PAGE: unreachable });
});
