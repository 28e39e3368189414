#!/usr/bin/env node
// Entry point for `npx marsad`: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { main } from '../dist/src/cli/main.js';

// A reader that stops early (`marsad code --jsonl big.jsonl | head`) closes the pipe: stop quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv);
