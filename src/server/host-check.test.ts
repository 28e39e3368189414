import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedHosts, hostName, isLoopback } from './host-check.js';

test('host-check: loopback binds answer loopback names; other binds any Host unless names are given', () => {
  assert.deepEqual([...allowedHosts('127.0.0.1')!], ['localhost', '127.0.0.1', '[::1]']);
  assert.deepEqual([...allowedHosts('::1')!], ['localhost', '127.0.0.1', '[::1]']);
  assert.deepEqual([...allowedHosts('127.0.0.1', ['Marsad.local'])!], ['localhost', '127.0.0.1', '[::1]', 'marsad.local']);
  assert.equal(allowedHosts('127.0.0.1', ['*']), null);
  assert.equal(allowedHosts('0.0.0.0'), null);
  assert.deepEqual([...allowedHosts('10.0.0.5', ['marsad.lan'])!], ['localhost', '127.0.0.1', '[::1]', '10.0.0.5', 'marsad.lan']);
});

test('host-check: Host headers are read without their port, IPv6 in brackets', () => {
  const cases: Array<[string, string]> = [['example.org:8787', 'example.org'], ['[::1]:80', '[::1]'], ['LocalHost', 'localhost'], ['127.0.0.1', '127.0.0.1']];
  for (const [header, name] of cases) assert.equal(hostName(header), name);
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '10.0.0.1', 'example.org', '::']) assert.ok(!isLoopback(h), h);
});
