import { describe, expect, it } from 'vitest';
import { parseSeen, unseenIds, withSeen } from './seen';

const current = ['a-1', 'a-2', 'b-1'];

describe('what the reader has seen', () => {
  it('nothing stored, or garbage: nothing is new, the current data is the baseline', () => {
    for (const raw of [undefined, null, 'a-1', { 0: 'a-1' }, 42]) {
      expect(parseSeen(raw)).toBeNull();
      expect(unseenIds(current, parseSeen(raw))).toEqual([]);
      expect(withSeen(parseSeen(raw), [], current)).toEqual(current);
    }
  });

  it('an event added since the last look is new, until it is looked at', () => {
    const seen = parseSeen(['a-1', 'b-1']);
    expect(unseenIds(current, seen)).toEqual(['a-2']);
    const after = withSeen(seen, ['a-1', 'a-2'], current);
    expect(unseenIds(current, after)).toEqual([]);
  });

  it('keeps only well-formed ids of events still in the data', () => {
    expect(parseSeen(['a-1', 7, '<img>', 'gone-1'])).toEqual(['a-1', 'gone-1']);
    expect(withSeen(['a-1', 'gone-1'], ['b-1'], current)).toEqual(['a-1', 'b-1']);
  });
});
