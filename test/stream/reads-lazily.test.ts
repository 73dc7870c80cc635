import { describe, expect, it } from 'vitest';
import { parseStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const record = ms932(csvText([cellsOf(validRecord())]));

describe('parseStream: reads the source only as fast as records are taken', () => {
  it('nothing before the loop starts, and no more than the chunk that completes the record after', async () => {
    let pulled = 0;
    const source = (function* () {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield record.slice();
      }
    })();
    const s = parseStream(source, { kind: 'table6Plan' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pulled).toBe(0);
    let n = 0;
    for await (const r of s) {
      n++;
      // Record n is complete once chunk n is in.
      expect(pulled).toBe(r.recordNumber);
      if (n === 10) break;
    }
    expect(pulled).toBe(10);
  });
});
