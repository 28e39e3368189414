import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identifyLanguage } from './language.js';

test('Arabic news text is Arabic', () => {
  assert.deepEqual(identifyLanguage('استقبل وزير الخارجية نظيره في العاصمة يوم الثلاثاء وبحث معه العلاقات الثنائية.'), { lang: 'ar' });
});

test('English news text is English', () => {
  assert.deepEqual(identifyLanguage('The foreign minister met his counterpart in the capital on Tuesday and discussed relations.'), { lang: 'en' });
});

test('a short English headline is English', () => {
  assert.deepEqual(identifyLanguage('Talks in Minsk'), { lang: 'en' });
});

test('French is skipped with a reason', () => {
  const d = identifyLanguage("Le ministre des affaires étrangères a rencontré son homologue à Paris mardi pour discuter des relations.");
  assert.equal(d.lang, null);
  assert.match('reason' in d ? d.reason : '', /not English/);
});

test('Persian is skipped with a reason', () => {
  const d = identifyLanguage('وزیر امور خارجه ایران گفت که این نشست برای گسترش روابط دو کشور بسیار مهم است و گفتگوها ادامه خواهد یافت.');
  assert.equal(d.lang, null);
  assert.match('reason' in d ? d.reason : '', /Persian/);
});

test('text without letters is skipped', () => {
  assert.equal(identifyLanguage('12345 ... !!!').lang, null);
});
