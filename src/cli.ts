#!/usr/bin/env node
import { nodeIo, runCli } from './cli/main.js';
import pkg from '../package.json' with { type: 'json' };

process.exitCode = runCli(process.argv.slice(2), nodeIo, pkg.version);
