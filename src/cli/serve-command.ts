/**
 * `marsad serve`: the HTTP API and dashboard over a store.
 */
import type { Command } from 'commander';
import { InputError, MarsadError } from '../errors.js';
import { DEFAULT_CODE_TIMEOUT_MS } from '../server/code-pool.js';
import { startServer, type RunningServer } from '../server/serve.js';
import { DEFAULT_STORE } from '../store/store.js';
import type { Io } from './code-command.js';

/** Options of `marsad serve`. */
export interface ServeCommandOptions { db: string; port: string; host: string; allowedHosts?: string; codeTimeout: string; dictionaries?: string }

/** Registers `serve` on the program. */
export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the read-only JSON API (/api/…, OpenAPI at /api/openapi.json) and the dashboard (/) over a store')
    .option('--db <file>', 'SQLite store', DEFAULT_STORE)
    .option('--port <n>', 'TCP port (0 = any free port)', '8787')
    .option('--host <address>', 'address to bind (0.0.0.0 exposes the server to the network)', '127.0.0.1')
    .option('--allowed-hosts <names>', 'comma-separated Host names answered besides localhost, 127.0.0.1 and [::1] (* = any); without it a server on a loopback address answers only those, one on another address answers any')
    .option('--code-timeout <seconds>', 'time limit for coding one POST /api/code text', String(DEFAULT_CODE_TIMEOUT_MS / 1000))
    .action(async (o: ServeCommandOptions) => {
      const port = Number(o.port);
      if (!/^\d+$/.test(o.port) || port > 65535) throw new InputError(`--port: expected a port number 0–65535, found "${o.port}"`);
      const timeout = Number(o.codeTimeout);
      if (!/^\d+(?:\.\d+)?$/.test(o.codeTimeout) || timeout <= 0) throw new InputError(`--code-timeout: expected a number of seconds above 0, found "${o.codeTimeout}"`);
      const allowedHosts = o.allowedHosts?.split(',').map((h) => h.trim()).filter((h) => h !== '');
      const server = await listen(o, { port, allowedHosts, codeTimeoutMs: timeout * 1000 }, io);
      io.out(`marsad: serving ${o.db} at ${server.url}/ (API: ${server.url}/api/openapi.json); Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** Starts the server; an address that cannot be listened on is an InputError naming it. */
async function listen(o: ServeCommandOptions, s: { port: number; allowedHosts?: string[]; codeTimeoutMs: number }, io: Io): Promise<RunningServer> {
  try {
    return await startServer({ db: o.db, host: o.host, log: io.err, dictionaries: o.dictionaries, ...s });
  } catch (err) {
    if (err instanceof MarsadError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code !== 'string') throw err;
    const why = e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' ? 'no such host name or address'
      : e.code === 'EADDRINUSE' ? 'the port is in use'
      : e.code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)'
      : e.code === 'EADDRNOTAVAIL' ? 'not an address of this machine' : e.message;
    throw new InputError(`--host/--port: cannot listen on ${o.host}:${s.port} (${e.code}: ${why})`);
  }
}
