// Local servers that hang the way blocks on Russian networks do (docs/hanging.md, "Pages that hang"), for the
// Chromium and Firefox specs: the browser is told to send a platform's host here (Chromium:
// --host-resolver-rules; Firefox: network.dns.localDomains) and to accept the test certificate,
// made for each run by openssl. Nothing leaves this machine.
//   stalled: the response headers and the first 15 KB of the page, then nothing, as the freeze
//     after ~16 KB does; the connection stays open.
//   silent: a TCP connection accepted, nothing ever sent (no TLS reply), as when the packets are
//     dropped after the SNI is seen.
//   slow: the headers at once, the page over SLOW_MS, then complete.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const STALLED_BYTES = 15 * 1024;
export const SLOW_MS = 15_000;

/** Visible text at the top of the stalled and slow pages: what did arrive, which the reader may be reading. */
export const ARRIVED = 'The part of the page that did arrive';

const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Platform</title></head><body><h1>${ARRIVED}</h1>`;
const paragraph = `<p>${'Text of the platform page, arriving in pieces or not at all. '.repeat(8)}</p>\n`;

/** A page of about `bytes`, cut off (no closing tags) unless `whole`. */
function page(bytes: number, whole: boolean): string {
  let html = head;
  while (html.length + paragraph.length < bytes) html += paragraph;
  return whole ? `${html}<button type="button">Send</button></body></html>` : html.padEnd(bytes, ' ');
}

/** A throwaway self-signed certificate (key and certificate in PEM); the browsers are told to accept it. */
function testCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rr-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
      ].concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface HangingServers {
  ports: { stalled: number; silent: number; slow: number };
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as { port: number }).port;
}

export async function startHangingServers(): Promise<HangingServers> {
  const tls = testCertificate();
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const keep = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  };

  const stalled = createHttpsServer(tls, (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.write(page(STALLED_BYTES, false));
  });
  const silent = createTcpServer(keep);
  const whole = page(STALLED_BYTES, true);
  const slow = createHttpsServer(tls, (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    const pieces = 16;
    const size = Math.ceil(whole.length / pieces);
    for (let i = 0; i < pieces; i++) {
      const timer = setTimeout(
        () => {
          const piece = whole.slice(i * size, (i + 1) * size);
          if (i < pieces - 1) response.write(piece);
          else response.end(piece);
        },
        (SLOW_MS / (pieces - 1)) * i,
      );
      timers.add(timer);
    }
  });
  for (const server of [stalled, slow]) server.on('connection', keep);

  const ports = { stalled: await listen(stalled), silent: await listen(silent), slow: await listen(slow) };
  return {
    ports,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all([stalled, silent, slow].map((s) => new Promise((done) => s.close(done))));
    },
  };
}
