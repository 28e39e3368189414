/**
 * Every event rule's examples (the `example` column of `data/rules/events-*.tsv`) are coded, and
 * each must be coded by that rule with the expected event, CAMEO code, actor and recipient.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { codeDocument } from '../coder.js';
import { type Actor, type MarsadEvent, UNREAL_MODES } from '../model/event.js';
import { dataLayers } from '../data/layers.js';
import { loadResources } from '../resources.js';
import { parseExample, parseExamples, type RuleExample, type SideSpec } from './rule-examples.js';
import { loadRules } from './rules.js';

function sideMatches(spec: SideSpec, actors: readonly Actor[]): boolean {
  if (spec === null) return true;
  if (spec === 'none') return actors.length === 0 || actors.every((a) => !a.country && !a.org);
  return actors.some((a) => a.country === spec.country && (spec.org === null || a.org === spec.org) && (spec.sector === null || a.sector === spec.sector));
}

function codingMatches(x: RuleExample, e: MarsadEvent): boolean {
  if (e.event !== x.event || (x.cameo !== null && e.cameo !== x.cameo)) return false;
  const unreal = e.auxiliary.filter((a) => UNREAL_MODES.has(a));
  if (x.aux.length === 0 ? unreal.length > 0 : !x.aux.every((a) => e.auxiliary.includes(a))) return false;
  const straight = sideMatches(x.actor, e.actor) && sideMatches(x.recipient, e.recipient);
  return straight || (e.symmetric && sideMatches(x.actor, e.recipient) && sideMatches(x.recipient, e.actor));
}

function show(events: readonly MarsadEvent[]): string {
  const side = (xs: readonly Actor[]): string => xs.map((a) => [a.country, a.org, a.sector].filter(Boolean).join(':')).join('+') || '-';
  return events.map((e) => `${e.event} ${e.cameo} ${side(e.actor)}>${side(e.recipient)} [${e.auxiliary.join(',')}] ${e.ruleId}`).join('\n  ') || '(none)';
}

describe('rule examples', () => {
  const resources = loadResources();
  for (const lang of ['ar', 'en'] as const) {
    for (const rule of resources.lang[lang].rules.values()) {
      test(`${rule.id}: its examples are coded by it`, () => {
        rule.examples.forEach((x, k) => {
          const events = codeDocument({ id: `${rule.id}-${k}`, text: x.text, lang, publishedAt: '2025-03-02' });
          const fired = events.filter((e) => e.ruleId === rule.id || e.evidence.some((v) => v.ruleId === rule.id));
          assert.ok(fired.some((e) => codingMatches(x, e)), `example ${k + 1} «${x.source}»; coded:\n  ${show(events)}`);
        });
      });
    }
  }
});

describe('the example column', () => {
  test('reads event, CAMEO, sides and auxiliary modes', () => {
    const x = parseExample('أدانت الكويت الهجوم. => ACCUSE 111 KWT:GOV>IGO/UN reported');
    assert.equal(x.text, 'أدانت الكويت الهجوم.');
    assert.equal(x.event, 'ACCUSE');
    assert.equal(x.cameo, '111');
    assert.deepEqual(x.actor, { country: 'KWT', org: null, sector: 'GOV' });
    assert.deepEqual(x.recipient, { country: 'IGO', org: 'UN', sector: null });
    assert.deepEqual(x.aux, ['reported']);
  });

  test('any and no actor', () => {
    const x = parseExample('Shells hit Aleppo. => ASSAULT ->SYR');
    assert.equal(x.actor, 'none');
    assert.deepEqual(x.recipient, { country: 'SYR', org: null, sector: null });
    assert.equal(parseExample('x => AGREE *>*').actor, null);
  });

  test('several examples separated by ||', () => {
    assert.equal(parseExamples('a => AGREE SYR>IRQ || b => AGREE IRQ>SYR').length, 2);
  });

  for (const [raw, why] of [
    ['', /needs an example/],
    ['no arrow AGREE SYR>IRQ', /SENTENCE => CODING/],
    ['x => AGREED SYR>IRQ', /unknown event "AGREED"/],
    ['x => AGREE 057 SYR>IRQ', /maps to PLOVER SUPPORT, not AGREE/],
    ['x => AGREE 9999 SYR>IRQ', /unknown CAMEO code/],
    ['x => AGREE SYR-IRQ', /expected ACTOR>RECIPIENT/],
    ['x => AGREE syria>IRQ', /actor "syria"/],
    ['x => AGREE SYR>IRQ maybe', /unknown auxiliary mode "maybe"/],
  ] as const) {
    test(`rejects ${JSON.stringify(raw)}`, () => assert.throws(() => parseExamples(raw), why));
  }

  test('a rule without a well-formed example fails to load with file:line and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-rules-'));
    mkdirSync(join(dir, 'rules'));
    const file = join(dir, 'rules', 'events-ar.tsv');
    const header = 'id\tlemma\tpos\tpresent\tevent\tcameo\tmode\tobject\tprep\tsubject\tsymmetric\taspect\trecipient\texample';
    writeFileSync(file, `# test\n${header}\nar.consult.meet\tالتقى\tverb\t\tCONSULT\t040\t\t\t\t\tyes\t\t\tالتقى الوزير نظيره => CONSULTED SYR>BLR\n`);
    assert.throws(() => loadRules('ar', dataLayers(dir)), /events-ar\.tsv:3: field "example": .*unknown event "CONSULTED"/);
    writeFileSync(file, `${header}\nar.consult.meet\tالتقى\tverb\t\tCONSULT\t040\t\t\t\t\tyes\t\t\t\n`);
    assert.throws(() => loadRules('ar', dataLayers(dir)), /events-ar\.tsv:2: field "example": every rule needs an example/);
  });

  test('an object that is only markers fails to load with file:line and the field (regression: «^» made a rule that never fires)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-rules-'));
    mkdirSync(join(dir, 'rules'));
    const file = join(dir, 'rules', 'events-ar.tsv');
    const header = 'id\tlemma\tpos\tpresent\tevent\tcameo\tmode\tobject\tprep\tsubject\tsymmetric\taspect\trecipient\texample';
    for (const object of ['^', '^^', '@^', '^@سيارة', '+', '@@', 'سيارة|^']) {
      writeFileSync(file, `${header}\nar.assault.explode\tانفجر\tverb\t\tASSAULT\t183\t\t${object}\t\t\tno\t\t\tانفجرت سيارة في بغداد. => ASSAULT 183 ->IRQ\n`);
      assert.throws(() => loadRules('ar', dataLayers(dir)), /events-ar\.tsv:2: field "object": ".*" is not a phrase/, object);
    }
  });
});
