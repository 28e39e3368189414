/**
 * Progress of a long ingest: a cli-progress bar on a terminal (documents/s, events, failures, ETA by
 * bytes read), a plain line every few seconds otherwise, and nothing when quiet.
 */
import cliProgress from 'cli-progress';

/** Counts a progress report shows. */
export interface ProgressCounts { documents: number; events: number; failures: number; bytesDone: number }

/** A progress reporter. */
export interface Progress {
  update(c: ProgressCounts): void;
  stop(c: ProgressCounts): void;
}

/** How often plain progress lines are printed, in milliseconds. */
export const PLAIN_INTERVAL_MS = 10_000;

/**
 * A progress reporter for a run over `totalBytes` of input.
 *
 * @param stream - where progress goes (standard error); a TTY gets a bar, anything else plain lines
 */
export function createProgress(totalBytes: number, stream: NodeJS.WriteStream, quiet: boolean): Progress {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  const started = Date.now();
  const rate = (c: ProgressCounts): string => (c.documents / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (stream.isTTY) return barProgress(totalBytes, stream, rate);
  let last = started;
  const line = (c: ProgressCounts): string => `marsad ingest: ${c.documents} documents (${rate(c)}/s), ${c.events} events, ${c.failures} failures, ${percent(c.bytesDone, totalBytes)} of input read\n`;
  return {
    update(c) {
      if (Date.now() - last < PLAIN_INTERVAL_MS) return;
      last = Date.now();
      stream.write(line(c));
    },
    stop(c) {
      stream.write(line(c));
    },
  };
}

function percent(done: number, total: number): string {
  return `${total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 100}%`;
}

function barProgress(totalBytes: number, stream: NodeJS.WriteStream, rate: (c: ProgressCounts) => string): Progress {
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'ingest [{bar}] {percentage}% | {documents} docs ({rate}/s) | {events} events | {failures} failures | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  bar.start(Math.max(1, totalBytes), 0, { documents: 0, events: 0, failures: 0, rate: '0.0' });
  return {
    update(c) {
      bar.update(c.bytesDone, { documents: c.documents, events: c.events, failures: c.failures, rate: rate(c) });
    },
    stop(c) {
      bar.update(Math.max(1, totalBytes), { documents: c.documents, events: c.events, failures: c.failures, rate: rate(c) });
      bar.stop();
    },
  };
}
