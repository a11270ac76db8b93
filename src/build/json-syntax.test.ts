import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-syntax';

describe('jsonSyntaxError', () => {
  it('is null for JSON, whatever its shape', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]}\n', '"s"', '0'])
      expect(jsonSyntaxError(text)).toBeNull();
  });

  it.each([
    ['a trailing comma in a list', '{\n  "sources": [\n    "a",\n  ]\n}', 4, 3, 'a value'],
    ['a missing comma between properties', '{\n  "id": "x"\n  "date": "2026"\n}', 3, 3, '"," or "}" after the value'],
    ['an unquoted property name', '{\n  id: "x"\n}', 2, 3, 'a property name in double quotes'],
    ['a file cut short', '{ "id": "whatsapp", ', 1, 21, 'a property name in double quotes'],
    ['an unclosed string', '{ "id": "whats', 1, 15, 'a closing quote "'],
    ['text after the end', '{}\n}', 2, 1, 'the end of the file'],
  ])('%s: line and column', (_, text, line, column, expected) => {
    expect(jsonSyntaxError(text)).toEqual({ line, column, expected });
  });

  it('agrees with JSON.parse on what is not JSON', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    for (const text of ['[1,]', '{"a":1,}', '01', '1.', '"\t"', 'tru', '[1 2]', '{"a" 1}', '-', '"\\x"', '[1e5]', '{"a":{"b":[]}}'])
      expect(jsonSyntaxError(text) === null, text).toBe(parses(text));
  });
});
