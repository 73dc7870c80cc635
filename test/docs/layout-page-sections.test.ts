import { describe, expect, it } from 'vitest';
import { renderLayoutPage } from '../../src/docs/render.js';
import { KIND_INFO } from '../../src/kinds.js';
import { getLayout, hasLayout, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';

/** The text of a page's `## title` section. */
function section(page: string, title: string): string {
  const start = page.indexOf(`## ${title}`);
  if (start < 0) return '';
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('each layout page has its header, column table and sections', () => {
  for (const kind of SUPPORTED_KINDS) {
    const page = renderLayoutPage(kind);
    const layout = getLayout(kind, '202407');

    it(`${kind}: header block with prefix, versions, column counts and kind id`, () => {
      expect(page).toContain(`| ファイル名の接頭辞 |`);
      expect(page).toContain(`\`${KIND_INFO[kind].prefix}\``);
      expect(page).toContain(`202407: ${layout.fields.length} 項目`);
      if (hasLayout(kind, '202208')) expect(page).toContain(`202208: ${getLayout(kind, '202208').fields.length} 項目`);
      else expect(page).toContain('202407 のみ');
      expect(page).toContain(`RecordFor<'${kind}'>`);
    });

    it(`${kind}: one table row per column, keyed by path inside groups`, () => {
      for (const f of layout.fields) expect(page).toContain(`| ${f.no} | `);
      for (const f of layout.fields.filter((x) => x.group !== undefined)) expect(page).toContain(`\`${f.key}\``);
    });

    it(`${kind}: repeated groups explained with key, slots and members`, () => {
      const s = section(page, '繰り返し項目 / Repeated groups');
      if (layout.groups.length === 0) expect(s).toBe('');
      for (const g of layout.groups) {
        expect(s).toContain(`\`${g.key}\``);
        expect(s).toContain(`最大 ${g.slots} 件`);
        for (const m of g.members) expect(s).toContain(`\`${m}\``);
      }
    });

    it(`${kind}: every uncertain reading listed`, () => {
      const s = section(page, '仕様の不確実な点 / Uncertain details');
      const uncertain = layout.fields.filter((f) => f.uncertain !== null);
      if (uncertain.length === 0) expect(s).toContain('なし');
      for (const f of uncertain) expect(s).toContain(`**No.${f.no} `);
    });

    it(`${kind}: differences in 202208 (added columns, other lengths, or no 202208 layout)`, () => {
      const s = section(page, 'CSVバージョン 202208 との違い / Differences in 202208');
      if (!hasLayout(kind, '202208')) expect(s).toContain('202407 で追加された様式');
      for (const f of layout.fields.filter((x) => x.addedIn !== undefined)) expect(s).toContain(`No.${f.no} ${f.nameJa}`);
      for (const f of layout.fields.filter((x) => x.maxLength202208 !== undefined)) expect(s).toContain(`| ${f.maxLength202208} |`);
    });
  }

  it('table6Actual is documented on the table6Plan page', () => {
    expect(renderLayoutPage('table6Plan')).toContain('`table6Actual`');
    expect(renderLayoutPage('table6Plan')).toContain('`UPJSK`');
  });
});
