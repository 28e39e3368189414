/**
 * The POST /api/code worker (run by piscina in a worker thread): codes one text. Resources load
 * once per thread, on the first task (or on a warm-up task, which codes nothing). Marsad's errors
 * are returned, not thrown, so that their code survives the trip back to the server's thread.
 */
import { codeDocument } from '../coder.js';
import { ERROR_CODES, MarsadError, type ErrorCode } from '../errors.js';
import type { DocumentInput } from '../model/document.js';
import type { MarsadEvent } from '../model/event.js';
import { DEFAULT_PIPELINE } from '../pipeline/default.js';
import { loadResources } from '../resources.js';

/** One task: a document to code (none for a warm-up) and the user's dictionaries folder, if any. */
export interface CodeTask { doc?: DocumentInput; dictionaries?: string }

/** What a task gives: the events, or a Marsad error's code and message. */
export type CodeResult = { events: MarsadEvent[] } | { error: { code: ErrorCode; message: string } };

/** Codes the task's document with the resources of its dictionaries folder. */
export default function codeTask(task: CodeTask): CodeResult {
  try {
    const resources = loadResources(task.dictionaries);
    return { events: task.doc ? codeDocument(task.doc, DEFAULT_PIPELINE, resources) : [] };
  } catch (err) {
    if (err instanceof MarsadError) return { error: { code: err.code, message: err.message } };
    return { error: { code: ERROR_CODES.INTERNAL, message: `internal error: ${(err as Error).stack ?? String(err)}` } };
  }
}
