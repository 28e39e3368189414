import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MarsadError } from '../errors.js';
import { createCodePool } from './code-pool.js';

test('code-pool: a text that takes longer than the time limit is stopped with E_UNAVAILABLE', async () => {
  const pool = createCodePool({ threads: 1, timeoutMs: 1 });
  try {
    await assert.rejects(pool.code({ id: 'slow', text: 'استقبل الرئيس السوري في دمشق وزير الخارجية العراقي. '.repeat(200) }),
      (err: unknown) => err instanceof MarsadError && err.code === 'E_UNAVAILABLE' && /took longer than 0\.001 s and was stopped; code long texts with marsad ingest/.test(err.message));
  } finally {
    await pool.close();
  }
});
