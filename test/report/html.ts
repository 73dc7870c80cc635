// Helpers for the HTML report tests: the page parsed as a browser parses it (parse5, the WHATWG algorithm),
// and a few queries over the tree.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

function children(n: Node): readonly Node[] {
  return 'childNodes' in n ? n.childNodes : [];
}

/** Every element under `root`, in document order (template contents aside). */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    for (const c of children(n)) {
      if ('tagName' in c) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

export function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(e: Element, cls: string): boolean {
  return (attr(e, 'class') ?? '').split(/\s+/).includes(cls);
}

/** Elements by tag name, optionally with a class. */
export function all(root: Node, tag: string, cls?: string): Element[] {
  return elements(root).filter((e) => e.tagName === tag && (cls === undefined || hasClass(e, cls)));
}

export function one(root: Node, tag: string, cls?: string): Element {
  const found = all(root, tag, cls);
  if (found.length !== 1) throw new Error(`expected one <${tag}${cls === undefined ? '' : `.${cls}`}>, found ${found.length}`);
  return found[0] as Element;
}

/** The text of a node and its descendants, as `textContent`. */
export function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return children(n).map(text).join('');
}

/** A table as rows of cell texts (the head row first). */
export function tableRows(table: Element): string[][] {
  return all(table, 'tr').map((tr) =>
    elements(tr)
      .filter((e) => e.tagName === 'td' || e.tagName === 'th')
      .filter((c) => c.parentNode === tr)
      .map((c) => text(c).trim()),
  );
}
