// A send unit of the bundled samples (第6表 予定, 第7表, 利用者補足情報 of 2025-05) with the damage a spreadsheet
// typically does to the 第6表 file, for the HTML report's screenshot and tests: a date rewritten as 2025/5/8,
// the leading zeros of a 被保険者番号 dropped, a time written as 10:00. The edits are ASCII, made on the bytes
// (read as latin1 and written back), so the MS932 text around them is unchanged.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url);
const PLAN = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const OTHERS = ['UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV', 'UPHOSOKU_202505_1370000001_43_1310000002_11_20250425170512.CSV'];

/** Column No. (1-based) → new value, per record (1-based) of the 第6表 file. */
const DAMAGE = {
  2: { 10: '2025/5/8' },
  3: { 3: '123456' },
  4: { 12: '10:00' },
};

function damage(bytes) {
  const lines = Buffer.from(bytes).toString('latin1').split('\r\n');
  for (const [record, cols] of Object.entries(DAMAGE)) {
    const fields = lines[Number(record) - 1].split(',');
    for (const [col, value] of Object.entries(cols)) fields[Number(col) - 1] = value;
    lines[Number(record) - 1] = fields.join(',');
  }
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

/** The damaged unit: file name → bytes (the 第6表 file damaged, the others as bundled). */
export function damagedSampleFiles() {
  const files = { [PLAN]: new Uint8Array(damage(readFileSync(new URL(`samples/${PLAN}`, ROOT)))) };
  for (const name of OTHERS) files[name] = new Uint8Array(readFileSync(new URL(`samples/${name}`, ROOT)));
  return files;
}

/** Writes the damaged unit into `dir` (created if needed) and returns `dir`. */
export function writeDamagedSample(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(damagedSampleFiles())) writeFileSync(join(dir, name), bytes);
  return dir;
}
