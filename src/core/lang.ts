/** The languages the extension speaks: every text in the dataset and in `_locales` is in each. */
export const LANGS = ['en', 'ru'] as const;

export type Lang = (typeof LANGS)[number];
