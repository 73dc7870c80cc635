import { describe, expect, it } from 'vitest';
import { ISSUE_EXAMPLES } from '../../src/docs/examples.js';
import { renderIssueCatalogue } from '../../src/docs/render.js';
import { ALL_ISSUE_CODES } from '../../src/issues/codes.js';
import { helpRef, ISSUE_HELP } from '../../src/issues/help/index.js';
import { renderMessage } from '../../src/issues/render.js';

describe('the issue catalogue shows each code with its example', () => {
  const rows = new Map(
    renderIssueCatalogue()
      .split('\n')
      .filter((l) => l.startsWith('| [`'))
      .map((l) => [/^\| \[`([^`]+)`\]/.exec(l)?.[1] ?? '', l]),
  );

  it('one row per code, with the trigger and both messages rendered from the example params', () => {
    expect([...rows.keys()]).toEqual(ALL_ISSUE_CODES);
    for (const code of ALL_ISSUE_CODES) {
      const ex = ISSUE_EXAMPLES[code];
      if (ex === undefined) continue; // reported by issue-examples.test.ts
      const row = rows.get(code) ?? '';
      expect(row).toContain(ex.trigger.replaceAll('|', '\\|'));
      expect(row).toContain(renderMessage(code, ex.params, 'ja').replaceAll('|', '\\|'));
      expect(row).toContain(renderMessage(code, ex.params, 'en').replaceAll('|', '\\|'));
    }
  });

  it('one section per code with its meaning, causes and remedy in ja and en, where the row and help point', () => {
    const page = renderIssueCatalogue();
    for (const code of ALL_ISSUE_CODES) {
      expect(rows.get(code)).toContain(`(#${helpRef(code).split('#')[1]})`);
      const start = page.indexOf(`\n### ${code}\n`);
      expect(start, code).toBeGreaterThan(0);
      const end = page.indexOf('\n### ', start + 1);
      const section = page.slice(start, end < 0 ? undefined : end);
      for (const locale of ['ja', 'en'] as const) {
        const h = ISSUE_HELP[locale][code];
        expect(section).toContain(h.meaning);
        for (const c of h.causes) expect(section).toContain(`- ${c}`);
        expect(section).toContain(h.remedy);
      }
    }
  });
});
