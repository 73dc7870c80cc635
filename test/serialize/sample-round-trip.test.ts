import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, serializeUnknown } from '../../src/api.js';
import { parseFileName } from '../../src/filename/index.js';
import { SUPPORTED_KINDS, type SupportedKind } from '../../src/schemas/layouts.js';

const SAMPLES = new URL('../../samples/', import.meta.url);
const NAMES = readdirSync(SAMPLES).filter((n) => n.endsWith('.CSV'));

describe('serializer: the canonical sample files come back byte for byte', () => {
  it('has a sample of every kind', () => {
    const kinds = new Set(
      NAMES.map((n) => {
        const r = parseFileName(n);
        return r.ok ? r.parts.kind : r.kind;
      }),
    );
    expect([...SUPPORTED_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
  });

  it.each(NAMES)('%s: parse → serialize gives the same bytes', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, SAMPLES)));
    const read = parse(bytes, { fileName: name });
    expect(read.issues).toEqual([]);
    expect(read.recordCount).toBeGreaterThan(0);
    const written = serializeUnknown(read.kind as SupportedKind, read.records);
    expect(written.issues).toEqual([]);
    expect(written.bytes).toEqual(bytes);
  });

  it.each(NAMES)('%s: the JSON it was built from serializes to it', (name) => {
    const json = JSON.parse(readFileSync(new URL(`json/${name.replace(/\.CSV$/, '.json')}`, SAMPLES), 'utf8')) as {
      kind: SupportedKind;
      records: Record<string, string>[];
    };
    const written = serializeUnknown(json.kind, json.records);
    expect(written.issues).toEqual([]);
    expect(written.bytes).toEqual(new Uint8Array(readFileSync(new URL(name, SAMPLES))));
  });
});
