#!/usr/bin/env node
// Entry point for `npx marsad`: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { main } from '../dist/src/cli/main.js';

// A reader that stops early (`marsad code --jsonl big.jsonl | head`) closes the pipe: stop quietly.
// Any other failure to write the output (a full disk, /dev/full) is one line and exit code 1.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const why = err.code === 'ENOSPC' ? 'no space left on the device' : err.message;
  process.stderr.write(`marsad: cannot write to standard output (${err.code ? `${err.code}: ` : ''}${why})\n`);
  process.exit(1);
});

process.exitCode = await main(process.argv);
