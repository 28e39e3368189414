/**
 * `npm run load -- --db FILE [--connections N] [--duration S] [--json]`: latency of filtered
 * GET /api/events on a store, measured with autocannon against the real server. A measuring
 * script, not a test.
 */
import autocannon from 'autocannon';
import { Command } from 'commander';
import { startServer } from '../server/serve.js';
import { queryEvents } from '../store/query.js';

/** Latency percentiles in milliseconds. */
export interface LoadResult { requests: number; errors: number; non2xx: number; connections: number; seconds: number; p50: number; p95: number; p99: number; max: number; requestsPerSec: number }

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Filtered event queries that look like a dashboard's: by actor, dyad, type, dates, text, pages. */
function paths(actors: string[]): string[] {
  const a = actors.length > 0 ? actors : ['SAU:GOV'];
  const out = ['/api/events?limit=50', '/api/events?limit=50&sort=-mentions', '/api/events?event=ASSAULT&limit=50', '/api/events?quadClass=4&limit=50&offset=50',
    '/api/events?from=2015-08-01&to=2015-08-07&limit=50', '/api/events?text=%D8%A7%D9%84%D8%AD%D9%88%D8%AB%D9%8A&limit=50'];
  for (const code of a.slice(0, 6)) {
    out.push(`/api/events?actor=${code}&limit=50`, `/api/events?recipient=${code}&limit=50&sort=-date`, `/api/events?actor=${code}&event=CONSULT&limit=50`);
  }
  return out;
}

/** Runs the load test. */
export async function load(db: string, connections: number, duration: number): Promise<LoadResult> {
  const server = await startServer({ db, port: 0, host: '127.0.0.1', log: () => undefined });
  try {
    const actors = [...new Set(queryEvents(server.store, {}, { limit: 200, offset: 0, sort: '-mentions' }).events.flatMap((e) => e.actor.map((x) => x.org ?? (x.country && x.sector ? `${x.country}:${x.sector}` : x.country ?? '')).filter((c) => /^[A-Z]/.test(c))))];
    const latencies: number[] = [];
    const r = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: server.url, connections, duration, requests: paths(actors).map((path) => ({ method: 'GET', path })) },
        (err, result) => (err ? reject(err) : resolve(result)));
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    latencies.sort((x, y) => x - y);
    return {
      requests: r.requests.total, errors: r.errors, non2xx: r.non2xx, connections, seconds: duration,
      p50: +percentile(latencies, 50).toFixed(2), p95: +percentile(latencies, 95).toFixed(2), p99: +percentile(latencies, 99).toFixed(2),
      max: +(latencies[latencies.length - 1] ?? 0).toFixed(2), requestsPerSec: Math.round(r.requests.average),
    };
  } finally {
    await server.close();
  }
}

const program = new Command('load')
  .requiredOption('--db <file>', 'store to serve (e.g. one made by marsad ingest of the 3,000-article corpus)')
  .option('--connections <n>', 'concurrent connections', '4')
  .option('--duration <s>', 'seconds', '10')
  .option('--json', 'print one JSON object')
  .action(async (o: { db: string; connections: string; duration: string; json?: boolean }) => {
    const r = await load(o.db, Math.max(1, Number(o.connections) || 1), Math.max(1, Number(o.duration) || 10));
    process.stdout.write(o.json ? `${JSON.stringify(r)}\n`
      : `filtered GET /api/events, ${r.connections} connections, ${r.seconds} s: ${r.requests} requests (${r.requestsPerSec}/s), p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms; ${r.errors} errors, ${r.non2xx} non-2xx\n`);
  });
await program.parseAsync(process.argv);
