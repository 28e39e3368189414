import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDate } from './calendar.js';
import { fromHijri, toHijri } from './hijri.js';

test('hijri: a Hijri date converts to its Gregorian day (Umm al-Qura)', () => {
  assert.equal(isoDate(fromHijri(1436, 8, 15)!), '2015-06-02');
  assert.equal(isoDate(fromHijri(1446, 1, 1)!), '2024-07-07');
});

test('hijri: conversion round-trips', () => {
  for (const iso of ['2000-01-01', '2015-08-15', '2024-10-29', '2030-03-05']) {
    const d = new Date(`${iso}T00:00:00Z`);
    const h = toHijri(d);
    assert.equal(isoDate(fromHijri(h.year, h.month, h.day)!), iso);
  }
});

test('hijri: impossible dates give null', () => {
  assert.equal(fromHijri(1436, 13, 1), null);
  assert.equal(fromHijri(0, 1, 1), null);
});
