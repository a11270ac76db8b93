// The status and event-kind ids, apart from the schema so that shipped code can list them
// without bundling zod.
export const STATUS_IDS = ['blocked', 'throttled', 'partially-restricted', 'not-restricted'] as const;

export const EVENT_KINDS = [
  'block',
  'throttle',
  'partial-restriction',
  'lifted',
  'court-ruling',
  'designation',
  'fine',
  'threat',
  'law',
  'other',
] as const;

/** What a status in force rests on: an act or statement of an authority, independent reports, or published network measurements. */
export const BASIS_KINDS = ['official', 'reports', 'measurement'] as const;
