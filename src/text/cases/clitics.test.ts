import assert from 'node:assert/strict';
import { loadCases, runCases } from './fixtures.js';
import { renderClitics } from './render.js';

// expected: one split `pro/stem/enc` the word must have, or `!pro/stem/enc` it must not have
runCases('clitics.tsv', loadCases('clitics.tsv'), (c) => {
  const splits = renderClitics(c.input);
  const negative = c.expected.startsWith('!');
  const split = negative ? c.expected.slice(1) : c.expected;
  assert.equal(splits.includes(split), !negative, `${c.input}: splits [${splits.join(' ')}]`);
});
