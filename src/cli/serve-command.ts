/**
 * `marsad serve`: the HTTP API and dashboard over a store.
 */
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { startServer } from '../server/serve.js';
import { DEFAULT_STORE } from '../store/store.js';
import type { Io } from './code-command.js';

/** Options of `marsad serve`. */
export interface ServeCommandOptions { db: string; port: string; host: string; dictionaries?: string }

/** Registers `serve` on the program. */
export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the read-only JSON API (/api/…, OpenAPI at /api/openapi.json) and the dashboard (/) over a store')
    .option('--db <file>', 'SQLite store', DEFAULT_STORE)
    .option('--port <n>', 'TCP port (0 = any free port)', '8787')
    .option('--host <address>', 'address to bind (0.0.0.0 exposes the server to the network)', '127.0.0.1')
    .action(async (o: ServeCommandOptions) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port: expected a port number 0–65535, found "${o.port}"`);
      let server;
      try {
        server = await startServer({ db: o.db, port, host: o.host, log: io.err, dictionaries: o.dictionaries });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new InputError(`--port/--host: cannot listen on ${o.host}:${port} (${code})`);
        throw err;
      }
      io.out(`marsad: serving ${o.db} at ${server.url}/ (API: ${server.url}/api/openapi.json); Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
