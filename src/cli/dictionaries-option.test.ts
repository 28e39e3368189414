import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command } from 'commander';
import { withDictionaries } from './dictionaries-option.js';
import { main } from './main.js';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'marsad', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const PEOPLE_HEADER = 'id\tname_en\tnames_en_alt\tnames_ar\tcountry\torg\tsector\trole_en\tfrom\tto';
const root = mkdtempSync(join(tmpdir(), 'marsad-dicts-'));

function folder(name: string, people: string[]): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'actors'), { recursive: true });
  writeFileSync(join(dir, 'actors', 'people.tsv'), [PEOPLE_HEADER, ...people].join('\n') + '\n');
  return dir;
}

// a fictional Kuwaiti minister added, and a real former head of state removed
const good = folder('good', [
  'person:zaid-al-khayali\tZaid al-Khayali\t\tزيد الخيالي\tKWT\t\tGOV\tMinister of Defense\t2024-01-01\t',
  '-person:abdelaziz-bouteflika',
]);
const bad = folder('bad', ['person:zaid-al-khayali\tZaid al-Khayali\t\tزيد الخيالي\tKWT\t\tGOVT\tMinister of Defense\t2024-01-01\t']);
const article = join(root, 'a.txt');
writeFileSync(article, 'أدان زيد الخيالي الهجوم الإيراني على ناقلة النفط.');
const removed = join(root, 'b.txt');
writeFileSync(removed, 'قال بوتفليقة إن الجزائر ترفض التدخل.');

test('dictionaries: lint of the built-in data exits 0 and says how many problems', async () => {
  const r = await run('lint');
  assert.equal(r.code, 0, r.out);
  assert.match(r.err, /built-in dictionaries: 0 errors/);
});

test('dictionaries: lint of a bad folder exits 1 and lists file:line: field', async () => {
  const r = await run('lint', bad);
  assert.equal(r.code, 1);
  assert.match(r.out, /bad[/\\]actors[/\\]people\.tsv:2: field "sector": expected one of/);
  assert.match(r.err, /1 error/);
});

test('dictionaries: --dictionaries adds a user\'s person to code', async () => {
  const before = await run('code', article, '--date', '2025-01-20');
  assert.equal(before.out, '');
  const r = await run('code', article, '--date', '2025-01-20', '--dictionaries', good);
  assert.equal(r.code, 0, r.err);
  const [event] = r.out.trim().split('\n').map((l) => JSON.parse(l) as { event: string; actor: Array<{ country: string; name: string }> });
  assert.equal(event?.event, 'ACCUSE');
  assert.equal(event?.actor[0]?.country, 'KWT');
  assert.equal(event?.actor[0]?.name, 'Zaid al-Khayali');
});

test('dictionaries: a user row -ID removes a built-in entry', async () => {
  const builtIn = await run('explain', removed, '--date', '2015-01-20');
  assert.match(builtIn.out, /«بوتفليقة» → DZA GOV/);
  const r = await run('explain', removed, '--date', '2015-01-20', '--dictionaries', good);
  assert.equal(r.code, 0, r.err);
  assert.doesNotMatch(r.out, /«بوتفليقة»/);
});

test('dictionaries: eval takes --dictionaries', async () => {
  const gold = join(root, 'gold.jsonl');
  writeFileSync(gold, JSON.stringify({ id: 'g1', lang: 'ar', date: '2025-01-20', text: 'أدان زيد الخيالي الهجوم الإيراني على ناقلة النفط.', events: [{ event: 'ACCUSE', actor: { country: 'KWT', sector: 'GOV' }, recipient: { country: 'IRN' } }] }) + '\n');
  const without = await run('eval', gold, '--json');
  const withUser = await run('eval', gold, '--json', '--dictionaries', good);
  assert.equal(JSON.parse(without.out).total.tp, 0);
  assert.equal(JSON.parse(withUser.out).total.tp, 1);
});

test('dictionaries: a bad user file stops any command with its file:line before input is read', async () => {
  const r = await run('code', join(root, 'missing.txt'), '--dictionaries', bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /people\.tsv:2: field "sector": expected one of .*\(run "marsad lint .*" to list every problem\)/);
  const none = await run('explain', article, '--dictionaries', join(root, 'nope'));
  assert.equal(none.code, 2);
  assert.match(none.err, /--dictionaries: no such folder/);
});

test('dictionaries: every command registered before withDictionaries gets the option', () => {
  const program = new Command('x');
  program.command('future').action(() => {});
  withDictionaries(program);
  assert.ok(program.commands[0]?.options.some((o) => o.long === '--dictionaries'));
});

test('dictionaries: resources are loaded once per dictionaries folder', async () => {
  const { loadResources } = await import('../resources.js');
  assert.equal(loadResources(good), loadResources(good));
  assert.notEqual(loadResources(good), loadResources());
  assert.equal(loadResources(), loadResources(undefined));
});
