import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dyadNetwork, sideNode } from './network.js';

test('sideNode reads the country of a side, an organisation, or no side', () => {
  assert.deepEqual(['SYR:GOV', 'ISR', 'UN', '-', 'IGO:IGO'].map(sideNode), ['SYR', 'ISR', 'UN', null, 'IGO']);
});

test('dyadNetwork folds both directions and every sector of a pair into one edge with the mean Goldstein', () => {
  const { nodes, edges } = dyadNetwork([
    { actor: 'SYR:GOV', recipient: 'ISR', events: 2, goldstein: -4 },
    { actor: 'ISR:MIL', recipient: 'SYR', events: 1, goldstein: -10 },
  ]);
  assert.deepEqual(nodes, [{ id: 'ISR', events: 3 }, { id: 'SYR', events: 3 }]);
  assert.deepEqual(edges, [{ source: 'ISR', target: 'SYR', events: 3, meanGoldstein: -4.67 }]);
});

test('dyadNetwork counts a dyad inside one country and one without recipient for the node only', () => {
  const { nodes, edges } = dyadNetwork([
    { actor: 'MAR:CVL', recipient: 'MAR:GOV', events: 4, goldstein: -26 },
    { actor: 'UN', recipient: '-', events: 1, goldstein: 3 },
    { actor: 'UN', recipient: 'SYR:GOV', events: 2, goldstein: 6 },
  ]);
  assert.deepEqual(nodes, [{ id: 'MAR', events: 4 }, { id: 'UN', events: 3 }, { id: 'SYR', events: 2 }]);
  assert.deepEqual(edges, [{ source: 'SYR', target: 'UN', events: 2, meanGoldstein: 3 }]);
});
