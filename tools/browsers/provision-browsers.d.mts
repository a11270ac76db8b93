export type Need = 'chromium' | 'firefox' | 'firefox-ru';
export const NEEDS: Need[];

export interface Facts {
  needs: Need[];
  env: Record<string, string | undefined>;
  found: { chromium?: string; firefox?: string };
  firefoxDir?: string;
  russianPack: boolean;
  apt: 'root' | 'sudo' | null;
  tried?: string[];
}
export interface Step {
  means: 'apt' | 'playwright' | 'puppeteer';
  label: string;
  commands: string[][];
  what: string;
  reasons: string[];
}
export interface Plan {
  problem?: string;
  steps: Step[];
  missing: Need[];
  warnings: string[];
}

export function russianPackPackage(firefoxDir: string | undefined): string | null;
export function planProvision(facts: Facts): Plan;
export function announce(step: Step): string;
export function failure(browser: 'chromium' | 'firefox', errors: Record<string, string>): string;
export function provision(
  needs?: Need[],
  options?: { dryRun?: boolean; pretendMissing?: Need[]; quiet?: boolean; log?: (line: string) => void },
): boolean;
