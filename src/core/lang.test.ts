import { expect, it } from 'vitest';
import { Localized } from '../data/schema';
import { LANGS } from './lang';

it('every text in the dataset is in each language the extension speaks, and no other', () => {
  expect(Object.keys(Localized.shape).sort()).toEqual([...LANGS].sort());
});
