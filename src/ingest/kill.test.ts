import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../data/paths.js';
import { closeStore, openStore } from '../store/store.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'marsad.js');
const CAPITALS = ['دمشق', 'بغداد', 'عمان', 'القاهرة', 'الرياض', 'بيروت', 'الرباط', 'تونس'];
const NISBAS = ['السوري', 'العراقي', 'الأردني', 'المصري', 'السعودي', 'اللبناني', 'المغربي', 'التونسي'];

/** A corpus of `n` short articles, each different (so each is a new document). */
function writeCorpus(file: string, n: number): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = NISBAS[i % NISBAS.length]!;
    const b = NISBAS[(i + 3) % NISBAS.length]!;
    const city = CAPITALS[(i * 5) % CAPITALS.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    const text = `استقبل وزير الخارجية ${a} في ${city} نظيره ${b} وبحث معه العلاقات الثنائية. وأدانت الحكومة ${b} الهجوم على قافلة المساعدات. تقرير رقم ${i}.`;
    lines.push(JSON.stringify({ id: `k${i}`, text, date: `2025-03-${day}`, source: i % 2 ? 'sana' : 'petra' }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

function snapshot(db: string): Record<string, unknown> {
  const store = openStore(db, { readonly: true });
  try {
    const all = (sql: string): unknown[] => store.db.prepare(sql).all();
    return {
      documents: all('SELECT hash FROM documents ORDER BY hash'),
      events: all('SELECT key, num_mentions, num_documents, num_sources FROM events ORDER BY key'),
      mentions: all('SELECT d.hash, m.doc_event_id FROM mentions m JOIN documents d ON d.id = m.document_id ORDER BY d.hash, m.doc_event_id'),
    };
  } finally {
    closeStore(store);
  }
}

function documentCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const store = openStore(db, { readonly: true });
    try {
      return (store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      closeStore(store);
    }
  } catch {
    return 0; // the schema is not there yet
  }
}

test('ingest: a run killed with SIGKILL, run again, ends with the same store as an uninterrupted run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-kill-'));
  const corpus = join(dir, 'corpus.jsonl');
  const total = 600;
  writeCorpus(corpus, total);
  const whole = join(dir, 'whole.db');
  const ok = spawnSync(process.execPath, [BIN, 'ingest', '--quiet', '--jobs', '1', '--db', whole, corpus], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);

  const killed = join(dir, 'killed.db');
  const child = spawn(process.execPath, [BIN, 'ingest', '--quiet', '--jobs', '1', '--db', killed, corpus], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let landed = 0;
  for (let i = 0; i < 2000 && landed < 40; i++) {
    await sleep(10);
    landed = documentCount(killed);
  }
  child.kill('SIGKILL');
  await exited;
  const partial = documentCount(killed);
  assert.ok(partial > 0 && partial < total, `the kill should land mid-run (documents stored: ${partial} of ${total})`);

  const again = spawnSync(process.execPath, [BIN, 'ingest', '--quiet', '--jobs', '1', '--db', killed, corpus], { encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, new RegExp(`${total - partial} new documents, ${partial} already stored`));
  assert.deepEqual(snapshot(killed), snapshot(whole));
});
