import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import type { IssueCode } from '../../src/issues/codes.js';
import { PROFILE_RULES, PROFILES, type Profile, type RuleSetting } from '../../src/issues/profiles.js';
import type { ParseOptions } from '../../src/options.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';
import { ms932 } from '../helpers/bytes.js';
import { cellsOf, csvText, recordsText, validRecord } from '../helpers/table6.js';

/** One file per rule of the profile table that triggers exactly that rule's code (and reads the same data in every profile). */
interface Case {
  readonly bytes: Uint8Array;
  readonly options?: ParseOptions;
}

function replaceBytes(bytes: Uint8Array, from: readonly number[], to: readonly number[]): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (let i = 0; i + from.length <= out.length; i++) {
    if (from.every((b, k) => out[i + k] === b)) {
      to.forEach((b, k) => {
        out[i + k] = b;
      });
      return out;
    }
  }
  throw new Error('test setup: bytes not found');
}

const plan = (text: string): Uint8Array => ms932(text);
const row = cellsOf(validRecord());

const CASES: { readonly [C in (typeof PROFILE_RULES)[number]['code']]?: Case } = {
  'field.requiredUncertain': { bytes: plan(recordsText([validRecord({ planOfficeCode: '' })])) },
  'field.lengthAsPrinted': {
    // The user's grand-total row 999999 (the file rule asks for one) carries the 6-digit サービス単位金額.
    bytes: bytesOf('table7', [
      { ...minimalRecord('table7'), serviceCode: '999999', providerCode: '9999999999', units: '0', serviceUnitsOrAmount: '123456' },
    ]),
    options: { kind: 'table7' },
  },
  'file.versionAlias': { bytes: plan(recordsText([validRecord({ csvVersion: '202410' })])) },
  'file.versionMonth': {
    bytes: plan(recordsText([validRecord({ createdDate: '20250220', targetMonth: '202503', serviceDate: '20250305' })])),
  },
  'csv.unquotedFreeText': { bytes: plan(csvText([row.map((c) => (c === '"介護　花子"' ? '介護　花子' : c))])) },
  'csv.lineBreak': { bytes: plan(recordsText([validRecord()], '\n')) },
  'csv.finalLineBreak': { bytes: plan(recordsText([validRecord()]).slice(0, -2)) },
  'csv.quoting': { bytes: plan(csvText([row.map((c, i) => (i === 1 ? `"${c}"` : c))])) },
  // 纊 written with its NEC-selected IBM code ED40 (canonical: FA5C).
  'encoding.nonCanonical': {
    bytes: replaceBytes(plan(recordsText([validRecord({ providerName: '纊' })])), [0xfa, 0x5c], [0xed, 0x40]),
  },
  'csv.emptyLine': { bytes: plan(`${recordsText([validRecord()])}\r\n${recordsText([validRecord()])}`) },
  'csv.headerSkipped': {
    bytes: plan(`${row.map((_, i) => `項目${i + 1}`).join(',')}\r\n${recordsText([validRecord()])}`),
    options: { skipHeader: true },
  },
  'field.time2400': { bytes: plan(recordsText([validRecord({ endTime: '2400' })])) },
};

function run(c: Case, profile: Profile | undefined): ReturnType<typeof validate> {
  return validate(c.bytes, { kind: 'table6Plan', ...c.options, ...(profile === undefined ? {} : { profile }) });
}

function severities(issues: readonly { code: string; severity: string }[], code: IssueCode): string[] {
  return issues.filter((i) => i.code === code).map((i) => i.severity);
}

describe('profiles: every rule of the table, in every profile', () => {
  it('has a case for every rule of the table', () => {
    expect(Object.keys(CASES).sort()).toEqual(PROFILE_RULES.map((r) => r.code).sort());
  });

  for (const rule of PROFILE_RULES) {
    const c = CASES[rule.code] as Case;
    for (const profile of PROFILES) {
      const setting: RuleSetting = rule[profile];
      it(`${rule.code} is ${setting} under ${profile}`, () => {
        const r = run(c, profile);
        // Nothing else in the case file: the rule's code is the only issue (or none when it is off).
        expect(r.issues.map((i) => i.code)).toEqual(setting === 'off' ? [] : [rule.code]);
        if (setting !== 'off') expect(severities(r.issues, rule.code)).toEqual([setting]);
        expect(r.ok).toBe(setting !== 'error');
        expect(r.errorCount).toBe(setting === 'error' ? 1 : 0);
        expect(r.warningCount).toBe(setting === 'warning' ? 1 : 0);
      });
    }
    it(`${rule.code}: no profile given is standard`, () => {
      expect(run(c, undefined).issues).toEqual(run(c, 'standard').issues);
    });
  }
});
