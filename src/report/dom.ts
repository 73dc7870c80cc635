/**
 * A small element tree and its HTML serializer, for the report: the renderer builds elements as data and
 * this one function escapes every text and attribute value on the way out, so no caller writes markup by
 * hand. Written here rather than taken from npm: the report needs a few dozen lines (elements, text,
 * escaping), not a DOM, and it must run in the browser and in Node without dependencies.
 * @module
 */
import { printable } from './printable.js';

/** An attribute value: `false`, `null` and `undefined` leave the attribute out; `true` writes it bare. */
export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = { readonly [name: string]: AttrValue };

/** What an element may contain: elements, text (escaped), numbers, and nothing (`null`, `false`, `undefined`). */
export type Child = El | string | number | null | undefined | false | readonly Child[];

export interface El {
  readonly tag: string;
  readonly attrs: Attrs;
  readonly children: readonly Child[];
  /** Trusted text written as is (only the report's own style sheet). */
  readonly raw?: string;
}

/** Elements without an end tag. */
const VOID = new Set(['meta', 'br', 'hr', 'link', 'img', 'col', 'wbr']);
const NAME = /^[a-z][a-z0-9-]*$/;
const ESCAPES: { readonly [c: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from anywhere made safe as HTML text or a quoted attribute value: `& < > " '` as references, and
 * control and bidirectional-override characters spelled out (`\x1b`, `\u202e`) so that a file name cannot
 * hide or reorder what is printed.
 */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** An element. */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): El {
  return { tag, attrs: attrs ?? {}, children };
}

/** An element whose content is trusted text written as is (the style sheet); it must not close the element. */
export function rawElement(tag: 'style', attrs: Attrs | null, text: string): El {
  if (text.toLowerCase().includes(`</${tag}`)) throw new Error(`raw <${tag}> content closes the element`);
  return { tag, attrs: attrs ?? {}, children: [], raw: text };
}

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not an element or attribute name: ${name}`);
  return name;
}

/** Writes a tree as HTML, piece by piece. */
export function writeHtml(node: Child, write: (text: string) => void): void {
  if (node === null || node === undefined || node === false) return;
  if (typeof node === 'string') {
    write(escapeHtml(node));
    return;
  }
  if (typeof node === 'number') {
    write(String(node));
    return;
  }
  if (Array.isArray(node)) {
    for (const c of node as readonly Child[]) writeHtml(c, write);
    return;
  }
  const el = node as El;
  let open = `<${checkName(el.tag)}`;
  for (const [name, v] of Object.entries(el.attrs)) {
    if (v === false || v === null || v === undefined) continue;
    open += v === true ? ` ${checkName(name)}` : ` ${checkName(name)}="${escapeHtml(String(v))}"`;
  }
  write(`${open}>`);
  if (VOID.has(el.tag)) return;
  if (el.raw !== undefined) write(el.raw);
  for (const c of el.children) writeHtml(c, write);
  write(`</${el.tag}>`);
}
