/**
 * Coding texts for POST /api/code off the server's event loop: a piscina pool of worker threads
 * (src/server/code-worker.ts), each with the dictionaries loaded once, a queue of bounded length
 * and a time limit per text. While a long text is coded, the server goes on answering other
 * requests.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { ERROR_CODES, MarsadError } from '../errors.js';
import type { DocumentInput } from '../model/document.js';
import type { MarsadEvent } from '../model/event.js';
import type { CodeResult, CodeTask } from './code-worker.js';

/** Default time limit for coding one text, in milliseconds. */
export const DEFAULT_CODE_TIMEOUT_MS = 60_000;

/** How to build the pool. */
export interface CodePoolOptions {
  /** A folder of dictionaries read over the built-in ones, absolute. */
  dictionaries?: string;
  /** Worker threads (default: one less than the cores, at least 1, at most 2). */
  threads?: number;
  /** Texts that may wait for a thread before requests are refused (default 16). */
  maxQueue?: number;
  /** Time limit per text, in milliseconds (default {@link DEFAULT_CODE_TIMEOUT_MS}). */
  timeoutMs?: number;
}

/** A running pool. */
export interface CodePool {
  /**
   * Codes one document.
   *
   * @returns its events (offsets are UTF-16 code units into `doc.text`)
   * @throws MarsadError: the coder's own (a bad date…), or E_UNAVAILABLE when the text took longer
   *   than the time limit or too many texts are waiting
   */
  code(doc: DocumentInput): Promise<MarsadEvent[]>;
  /** Loads the dictionaries in every thread; rejects with the dictionaries' error (a DataError naming file:line). */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a pool of coder threads. */
export function createCodePool(o: CodePoolOptions = {}): CodePool {
  const threads = o.threads ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  const timeoutMs = o.timeoutMs ?? DEFAULT_CODE_TIMEOUT_MS;
  const pool = new Piscina({
    filename: new URL('./code-worker.js', import.meta.url).href,
    minThreads: threads, maxThreads: threads, maxQueue: o.maxQueue ?? 16, idleTimeout: 2 ** 31 - 1,
  });
  const run = async (task: CodeTask, signal?: AbortSignal): Promise<MarsadEvent[]> => {
    const result = await (pool.run(task, { signal }) as Promise<CodeResult>);
    if ('error' in result) throw new MarsadError(result.error.code, result.error.message);
    return result.events;
  };
  const warm = async (): Promise<void> => {
    await Promise.all(Array.from({ length: threads }, () => run({ dictionaries: o.dictionaries })));
  };
  return {
    warm,
    async code(doc) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        return await run({ doc, dictionaries: o.dictionaries }, controller.signal);
      } catch (err) {
        if (err instanceof MarsadError) throw err;
        if (controller.signal.aborted) {
          warm().catch(() => undefined); // piscina ended the thread: load the next one's dictionaries now
          throw new MarsadError(ERROR_CODES.UNAVAILABLE, `coding the text took longer than ${timeoutMs / 1000} s and was stopped; code long texts with marsad ingest`);
        }
        if ((err as Error).message === 'Task queue is at limit') {
          throw new MarsadError(ERROR_CODES.UNAVAILABLE, `${pool.queueSize} texts are already waiting to be coded; try again later`);
        }
        throw err;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}
