/**
 * The ingest worker (run by piscina in a worker thread): codes a batch of raw documents. Resources
 * load once per thread, on the first batch.
 */
import { codeRaw, type HashedDocument, type IngestDefaults, type Outcome } from './code-raw.js';

/** One task: documents and the defaults that apply to them. */
export interface WorkerTask { docs: HashedDocument[]; defaults: IngestDefaults }

/** Codes a batch; the result has one outcome per document, in order. */
export default function codeBatch(task: WorkerTask): Outcome[] {
  return task.docs.map((d) => codeRaw(d, task.defaults));
}
