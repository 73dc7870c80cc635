#!/usr/bin/env node
import { nodeIo, runCli } from './cli/main.js';
import pkg from '../package.json' with { type: 'json' };

// A write to a closed pipe (`careplan-csv … | head`) is seen by the writer at once (nodeIo.stdout stops
// the command quietly); the 'error' event that follows must not end the process with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') process.exitCode = 2;
});
const code = runCli(process.argv.slice(2), nodeIo, pkg.version);
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
