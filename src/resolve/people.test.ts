import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PersonRole } from '../recognize/payload.js';
import { personActor, roleAt } from './people.js';

// Fictional people (PETRARCH's Arnor and Gondor), so the mechanism is tested, not the data.
const minister: PersonRole = { id: 'person:aragorn', name: 'Aragorn', country: 'ARN', org: null, sector: 'GOV', role: 'Minister of Foreign Affairs', from: '2010-03-01', to: '2015-06-30' };
const king: PersonRole = { id: 'person:aragorn:2', name: 'Aragorn', country: 'ARN', org: null, sector: 'GOV', role: 'King', from: '2015-07', to: null };

test('people: the role held on the document date is coded', () => {
  assert.equal(roleAt([minister, king], '2012-01-01')?.role.role, 'Minister of Foreign Affairs');
  assert.equal(roleAt([minister, king], '2020-01-01')?.role.role, 'King');
});

test('people: partial dates bound whole months and years', () => {
  assert.equal(roleAt([minister, king], '2015-07-01')?.role.role, 'King');
  assert.equal(roleAt([minister], '2015-06-30')?.former, false);
});

test('people: after every role the person is a former official (ELI)', () => {
  const r = roleAt([minister], '2016-01-01');
  assert.equal(r?.former, true);
  const actor = personActor(r!, []);
  assert.equal(actor.sector, 'ELI');
  assert.equal(actor.role, 'Former Minister of Foreign Affairs');
});

test('people: before every role the name codes nothing', () => {
  assert.equal(roleAt([minister], '2001-01-01'), null);
});

test('people: without a date the current role is coded', () => {
  assert.equal(roleAt([minister, king], null)?.role.role, 'King');
});
