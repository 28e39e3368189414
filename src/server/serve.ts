/**
 * `marsad serve`: the API and the dashboard's static files (built by Vite into dist/dashboard/)
 * on one Node HTTP server (@hono/node-server), bound to localhost unless told otherwise.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { PACKAGE_ROOT } from '../data/paths.js';
import { loadResources, type Resources } from '../resources.js';
import { closeStore, openStore, type Store } from '../store/store.js';
import { createApi } from './app.js';
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
  /** A folder of dictionaries over the built-in ones, for POST /api/code. */
  dictionaries?: string;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/** The API under /api and the dashboard at /. */
export function createServerApp(store: Store, log?: (s: string) => void, resources?: Resources): Hono {
  const app = new Hono();
  app.route('/', createApi(store, { log, resources }));
  app.notFound((c) => errorResponse(new ApiError(ERROR_CODES.NOT_FOUND, `no route ${c.req.method} ${c.req.path}`), c));
  if (existsSync(DASHBOARD_DIR)) {
    app.use('/*', serveStatic({ root: relative(process.cwd(), DASHBOARD_DIR) || '.' }));
  } else {
    app.get('/', (c) => c.text('marsad: the dashboard is not built (run npm run build); the API is at /api/\n', 404));
  }
  return app;
}

/**
 * Opens the store read-only and starts the server.
 *
 * @returns once listening, the server's URL and a `close()`
 * @throws StoreError when the store cannot be opened; the listen error (EADDRINUSE…) when the port is taken
 */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const store = openStore(o.db, { readonly: true });
  const app = createServerApp(store, o.log, loadResources(o.dictionaries));
  let server: ServerType;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info) => resolve(info));
    server.once('error', reject);
  }).catch((err: unknown) => {
    closeStore(store);
    throw err;
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    store,
    close: () => new Promise<void>((resolve) => server.close(() => {
      closeStore(store);
      resolve();
    })),
  };
}
