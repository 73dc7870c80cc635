import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { validateStream } from '../../src/stream/read-stream.js';

const bytes = new Uint8Array(0);

describe('signal, deadlineMs and maxErrors: misuse throws a TypeError', () => {
  it.each([
    [{ signal: {} }, /"signal" must be an AbortSignal/],
    [{ signal: null }, /"signal" must be an AbortSignal/],
    [{ deadlineMs: 0 }, /"deadlineMs" must be a positive number/],
    [{ deadlineMs: Number.NaN }, /"deadlineMs"/],
    [{ deadlineMs: '100' }, /"deadlineMs"/],
    [{ maxErrors: 0 }, /"maxErrors" must be an integer from 1/],
    [{ maxErrors: 1.5 }, /"maxErrors"/],
  ])('%o', (options, message) => {
    expect(() => validate(bytes, { kind: 'table6Plan', ...(options as object) })).toThrow(TypeError);
    expect(() => validate(bytes, { kind: 'table6Plan', ...(options as object) })).toThrow(message);
    expect(() => validateStream([bytes], { kind: 'table6Plan', ...(options as object) })).toThrow(TypeError);
  });
});
