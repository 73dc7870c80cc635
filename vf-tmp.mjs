import fc from 'fast-check';
import { damagedFile } from './dist/testing.js';
const [kind, dk] = process.argv.slice(2);
const t = Date.now(); fc.sample(damagedFile(kind, { kinds: [dk] }), 5); console.log(kind, dk, 'ok', Date.now() - t);
