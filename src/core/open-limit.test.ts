import { expect, it } from 'vitest';
import { oncePerTab } from './open-limit';

it('lets a tab open one page per interval, each tab on its own, and nothing for a sender with no tab', () => {
  const mayOpen = oncePerTab(1000);
  expect(mayOpen(1, 0)).toBe(true);
  expect(mayOpen(1, 10)).toBe(false); // a double click
  expect(mayOpen(2, 20)).toBe(true);
  expect(mayOpen(1, 999)).toBe(false);
  expect(mayOpen(1, 1000)).toBe(true);
  expect(mayOpen(undefined, 5000)).toBe(false);
});
