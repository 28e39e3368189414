import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatIssue, lintDictionaries } from './lint.js';

const PEOPLE_HEADER = 'id\tname_en\tnames_en_alt\tnames_ar\tcountry\torg\tsector\trole_en\tfrom\tto';
const RULES_HEADER = 'id\tlemma\tpos\tpresent\tevent\tcameo\tmode\tobject\tprep\tsubject\tsymmetric\taspect\trecipient\texample';

/** A user's dictionaries folder with the given files (path under the folder → content). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-lint-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

test('lint: the built-in dictionaries have no errors', () => {
  const report = lintDictionaries();
  assert.deepEqual(report.errors.map(formatIssue), []);
});

test('lint: a user folder is listed problem by problem, with file:line and what was expected', () => {
  const dir = folder({
    'actors/people.tsv': [
      PEOPLE_HEADER,
      'person:fictional-king\tFictional King\t\tملك خيالي\tXYZ\t\tGOV\tKing\t2024\t',
      'person:bad-sector\tBad\t\tسيئ\tJOR\t\tGOVT\tKing\t2024\t',
      'person:backwards\tBackwards\t\tمعكوس\tJOR\t\tGOV\tAdviser\t2024-05\t2024-01',
      'person:bad-org\tBad Org\t\tمنظمة\tIGO\tXYZ\tGOV\tSecretary-General\t2024\t',
      '-person:nobody-at-all',
    ].join('\n'),
    'rules/events-ar.tsv': [RULES_HEADER, 'ar.consult.fictional\tفاوض\tverb\t\tCONSULT\t999\t\t\t\t\t\t\t\tفاوض الوزير نظيره => CONSULT SYR>BLR', 'ar.consult.wrong\tفاوض\tverb\t\tMEET\t040\t\t\t\t\t\t\t\tفاوض الوزير نظيره => CONSULT SYR>BLR'].join('\n'),
    'gazetteer/citys.tsv': 'id\n',
  });
  const report = lintDictionaries(dir);
  const lines = report.errors.map(formatIssue);
  const expect = [
    /people\.tsv:2: field "country": unknown country code "XYZ"/,
    /people\.tsv:3: field "sector": expected one of COP, GOV/,
    /people\.tsv:4: field "to": the role ends \(2024-01\) before it starts \(2024-05\)/,
    /people\.tsv:5: field "org": unknown organisation "XYZ"/,
    /people\.tsv:6: field "id": "-person:nobody-at-all" removes nothing/,
    /events-ar\.tsv:2: field "cameo": unknown CAMEO code "999"/,
    /events-ar\.tsv:3: field "event": expected one of AGREE, CONSULT/,
  ];
  for (const re of expect) assert.ok(lines.some((l) => re.test(l)), `${re} not in:\n${lines.join('\n')}`);
  assert.equal(lines.length, expect.length, lines.join('\n'));
  assert.ok(report.warnings.some((w) => /citys\.tsv: warning: not a dictionary Marsad reads/.test(formatIssue(w))));
  // warnings about the built-in files alone are not the user's to act on
  assert.ok(report.warnings.every((w) => w.file.startsWith(dir)));
});

test('lint: a user row that makes a second head of state of a country is an overlap error', () => {
  const dir = folder({ 'actors/people.tsv': [PEOPLE_HEADER, 'person:usurper\tUsurper\t\tمغتصب\tJOR\t\tGOV\tHead of State\t2024-01-01\t'].join('\n') });
  const lines = lintDictionaries(dir).errors.map(formatIssue);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0] ?? '', /people\.tsv:2: field "from": Head of State of JOR 2024-01-01–today overlaps person:/);
});
