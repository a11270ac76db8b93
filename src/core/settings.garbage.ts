// Stored settings that no version of the extension writes: each must read as the defaults, and be
// repaired in storage. Test data, shared by the unit tests (settings.test.ts) and the e2e test that
// puts each into a real browser's storage (e2e/reliability.spec.ts, "bad data at rest").
export const GARBAGE_SETTINGS: [what: string, stored: unknown][] = [
  ['null', null],
  ['a string', 'garbage'],
  ['a number', 42],
  ['an array', ['whatsapp']],
  ['hiddenPlatforms of the wrong type', { hiddenPlatforms: 'whatsapp' }],
  ['hiddenPlatforms as an object', { hiddenPlatforms: { whatsapp: true } }],
  ['alwaysFull as a string', { alwaysFull: 'whatsapp' }],
  ['unknown keys and junk ids', { hiddenPlatforms: [3, null, { x: 1 }], theme: 'dark', version: 99 }],
];
