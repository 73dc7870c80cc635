// JSON output gives each issue a `help` reference (docs/issue-codes.md#anchor) and `explain` and the CLI's
// help name the same catalogue: a user of the npm package has only the files the package ships, so the
// catalogue must be one of them, and every anchor must be a heading of it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ISSUE_CODES } from '../../src/issues/codes.js';
import { helpRef } from '../../src/issues/help/index.js';

const shipped: string[] = JSON.parse(readFileSync('package.json', 'utf8')).files;

/** GitHub's anchor of a Markdown heading: lower case, punctuation other than `-` and `_` dropped, spaces as `-`. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('the issue help references point into the package', () => {
  const paths = [...new Set(ALL_ISSUE_CODES.map((code) => helpRef(code).replace(/#.*$/, '')))];

  it('names one file, which package.json ships and which exists', () => {
    expect(paths).toEqual(['docs/issue-codes.md']);
    for (const path of paths) {
      expect(shipped.some((f) => path === f || path.startsWith(`${f}/`))).toBe(true);
      expect(existsSync(path)).toBe(true);
    }
  });

  it('gives every code an anchor that is a heading of that file', () => {
    const headings = new Set([...readFileSync('docs/issue-codes.md', 'utf8').matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1] as string)));
    const missing = ALL_ISSUE_CODES.filter((code) => !headings.has(helpRef(code).replace(/^.*#/, '')));
    expect(missing).toEqual([]);
  });
});
