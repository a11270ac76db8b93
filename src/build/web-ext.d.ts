// The part of web-ext's Node API `npm start -- --firefox` and `npm run release` use (web-ext ships no types).
declare module 'web-ext' {
  export interface RdpClient {
    request(request: string | ({ to: string; type: string } & Record<string, unknown>)): Promise<Record<string, unknown>>;
  }
  interface FirefoxDesktopRunner {
    /** Not documented, but what web-ext itself installs the add-on through: Firefox's remote debugging protocol. */
    remoteFirefox?: { client: RdpClient };
  }
  interface MultiExtensionRunner {
    extensionRunners: FirefoxDesktopRunner[];
    registerCleanup(fn: () => void): void;
    exit(): Promise<void>;
  }
  const webExt: {
    cmd: {
      run(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<MultiExtensionRunner>;
      build(params: Record<string, unknown>, options: { showReadyMessage: boolean; shouldExitProgram: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}

declare module 'web-ext/util/logger' {
  export const consoleStream: { startCapturing(): void; stopCapturing(): void; flushCapturedLogs(): void };
}
