import type { Browser, BrowserContext, BrowserContextOptions, Page, Worker } from '@playwright/test';
import type { Lang } from '../../src/core/lang';

export interface LaunchOptions {
  /** A built extension's folder (dist/chrome); none when omitted. */
  extension?: string | null;
  /** The browser's UI language. */
  lang?: Lang;
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** More Chromium command-line flags. */
  args?: string[];
  /** Hosts whose requests go to the network stack instead of the fixtures (to fail as `args` say). */
  passThrough?: string[];
  /** Keep the back/forward cache on (Playwright turns it off). */
  backForwardCache?: boolean;
  /** More of Playwright's context options: a phone's viewport, user agent and touch; forced colours. */
  contextOptions?: BrowserContextOptions;
  /** Chromium preferences written into the fresh profile before start (e.g. the default font size). */
  preferences?: object | null;
}

export interface Launched {
  context: BrowserContext;
  /** The profile's folder (deleted by close()). */
  profile: string;
  /** Where the browser listens for CDP. */
  cdpPort: number;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

export function launchChromium(options?: LaunchOptions): Promise<Launched>;
export function extensionWorker(context: BrowserContext): Promise<Worker>;
export function findPopup(cdpPort: number, path: string, timeout?: number): Promise<{ page: Page; connection: Browser }>;
