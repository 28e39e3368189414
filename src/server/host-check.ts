/**
 * A defence against DNS rebinding: a page on an attacker's domain that re-points its name at
 * 127.0.0.1 can make the browser send requests to a local server, but the browser still sends the
 * attacker's name in the Host header. A server bound to a loopback address therefore answers only
 * requests whose Host names the machine itself (the practice of webpack-dev-server's
 * `allowedHosts` and of Vite's `server.allowedHosts`).
 */
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { ERROR_CODES } from '../errors.js';
import { ApiError } from './errors.js';

/** Host names that always mean this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** True for an address or name that only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

/**
 * The Host names a server accepts.
 *
 * @param bindHost - the address it listens on (`--host`)
 * @param allowed - names given by the user (`--allowed-hosts`); `*` accepts any
 * @returns the accepted names (lower case, IPv6 in brackets), or null when any Host is accepted:
 *   a loopback bind accepts the loopback names and the given ones; another bind accepts any Host
 *   unless names are given, then those, its own address and the loopback names
 */
export function allowedHosts(bindHost: string, allowed: readonly string[] = []): ReadonlySet<string> | null {
  if (allowed.includes('*')) return null;
  if (!isLoopback(bindHost) && allowed.length === 0) return null;
  const own = isIP(bindHost) === 6 ? `[${bindHost}]` : bindHost;
  return new Set([...LOOPBACK_HOSTS, own, ...allowed].map((h) => h.toLowerCase()));
}

/** The name part of a Host header (`example.org:8787` → `example.org`, `[::1]:80` → `[::1]`). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

/**
 * Middleware refusing requests whose Host header is not an accepted name (any port).
 *
 * @param accepted - from {@link allowedHosts}; null lets every request through
 */
export function hostCheck(accepted: ReadonlySet<string> | null): MiddlewareHandler {
  return async (c, next) => {
    if (accepted !== null) {
      const header = c.req.header('host');
      if (!header || !accepted.has(hostName(header))) {
        throw new ApiError(ERROR_CODES.FORBIDDEN, `Host "${(header ?? '').slice(0, 100)}" is not this server's name (expected ${[...accepted].join(', ')}; marsad serve --allowed-hosts adds names)`);
      }
    }
    await next();
  };
}
