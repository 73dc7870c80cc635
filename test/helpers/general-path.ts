import type { Issue } from '../../src/issues/types.js';
import type { Kind } from '../../src/kinds.js';
import { normalizeSerializeOptions, type SerializeOptions } from '../../src/options.js';
import { serializeRecords } from '../../src/serialize/serialize.js';

/**
 * `serialize` with every record on the general path (the fast path turned off for this call only), for the
 * tests that hold the two paths to the same bytes and issues.
 */
export function serializeGeneral(kind: Kind, records: readonly unknown[], options?: SerializeOptions): { bytes: Uint8Array | null; issues: Issue[] } {
  const r = serializeRecords(kind, records, normalizeSerializeOptions(options), { buffer: null, fastPath: false });
  return { bytes: r.bytes, issues: r.issues };
}
