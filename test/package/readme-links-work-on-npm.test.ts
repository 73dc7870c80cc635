// The README is the package's page on npm, where only the files the package ships exist: a relative link
// must point into a shipped path (package.json "files"), anything else must be absolute (or an anchor).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const shipped: string[] = JSON.parse(readFileSync('package.json', 'utf8')).files;

/** Link targets of inline Markdown links and images, code blocks left out. */
function targets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] as string);
}

describe('README links work on the npm page', () => {
  const links = targets(readme);

  it('finds the links (the scan reads the README)', () => {
    expect(links.length).toBeGreaterThan(5);
  });

  it('every relative link points into a shipped path that exists', () => {
    const bad = links
      .filter((t) => !/^(https?:|mailto:|#)/.test(t))
      .map((t) => t.replace(/^\.\//, '').replace(/#.*$/, ''))
      .filter((path) => !(shipped.some((f) => path === f || path.startsWith(`${f}/`)) && existsSync(path)));
    expect(bad).toEqual([]);
  });
});
