/**
 * `marsad serve`: the API and the dashboard's static files (built by Vite into dist/dashboard/)
 * on one Node HTTP server (@hono/node-server), bound to localhost unless told otherwise.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { PACKAGE_ROOT } from '../data/paths.js';
import { closeStore, openStore, type Store } from '../store/store.js';
import { createApi } from './app.js';
import { createCodePool, type CodePool } from './code-pool.js';
import { allowedHosts, hostCheck } from './host-check.js';
import { ApiError, errorResponse } from './errors.js';
import { ERROR_CODES } from '../errors.js';

/** Where the built dashboard lives. */
export const DASHBOARD_DIR = `${PACKAGE_ROOT}/dist/dashboard`;

/** How to serve. */
export interface ServeOptions {
  db: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  host: string;
  log?: (s: string) => void;
  /** A folder of dictionaries over the built-in ones, for POST /api/code (absolute, or relative to the working directory). */
  dictionaries?: string;
  /** Host names accepted besides the loopback ones (`*`: any); see {@link allowedHosts}. */
  allowedHosts?: readonly string[];
  /** Time limit for coding one POST /api/code text, in milliseconds. */
  codeTimeoutMs?: number;
}

/** What the server app is built from. */
export interface ServerAppOptions {
  coder: Pick<CodePool, 'code'>;
  /** From {@link allowedHosts}: the Host names answered, or null for any. */
  hosts: ReadonlySet<string> | null;
  log?: (s: string) => void;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/** The API under /api and the dashboard at /, behind the Host check. */
export function createServerApp(store: Store, o: ServerAppOptions): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(err, c, o.log));
  app.use('*', hostCheck(o.hosts));
  app.route('/', createApi(store, o.coder, { log: o.log }));
  app.notFound((c) => errorResponse(new ApiError(ERROR_CODES.NOT_FOUND, `no route ${c.req.method} ${c.req.path}`), c));
  if (existsSync(DASHBOARD_DIR)) {
    app.use('/*', serveStatic({ root: relative(process.cwd(), DASHBOARD_DIR) || '.' }));
  } else {
    app.get('/', (c) => c.text('marsad: the dashboard is not built (run npm run build); the API is at /api/\n', 404));
  }
  return app;
}

/**
 * Opens the store read-only, loads the dictionaries in the coder's threads and starts the server.
 *
 * @returns once listening, the server's URL and a `close()`
 * @throws StoreError when the store cannot be opened; DataError when the dictionaries are malformed;
 *   the listen error (EADDRINUSE, ENOTFOUND…) when the address cannot be listened on
 */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const store = openStore(o.db, { readonly: true });
  const pool = createCodePool({ dictionaries: o.dictionaries === undefined ? undefined : resolve(o.dictionaries), timeoutMs: o.codeTimeoutMs });
  let server: ServerType | undefined;
  const address = await (async () => {
    await pool.warm();
    const app = createServerApp(store, { coder: pool, hosts: allowedHosts(o.host, o.allowedHosts), log: o.log });
    return new Promise<AddressInfo>((res, reject) => {
      server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info) => res(info));
      server.once('error', reject);
    });
  })().catch(async (err: unknown) => {
    await pool.close();
    closeStore(store);
    throw err;
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    store,
    close: () => new Promise<void>((done) => server!.close(() => {
      closeStore(store);
      void pool.close().then(done);
    })),
  };
}
