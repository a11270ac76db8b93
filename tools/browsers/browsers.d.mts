export function chromiumPath(): string;
export function firefoxPath(): string;
export const CHROMIUM_FLAGS: string[];
export const PUPPETEER_CACHE: string;
