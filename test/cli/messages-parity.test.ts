import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/cli/messages/index.js';

/** A value for every parameter a message may take (the messages only format them). */
const PARAMS = new Proxy(
  {},
  { get: (_, key) => (key === 'choices' ? ['a', 'b'] : key === 'type' ? 'fifo' : key === 'expected' ? 'boolean' : key === 'suggestion' ? 'x' : 1) },
);

describe('the CLI message tables: the same ids in ja and en, every message non-empty', () => {
  it('has the same ids in both locales (the type checks the parameters)', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.ja).sort());
    expect(Object.keys(MESSAGES.en.combination).sort()).toEqual(Object.keys(MESSAGES.ja.combination).sort());
  });

  it('every message renders to a non-empty text in both locales, and they differ', () => {
    for (const id of Object.keys(MESSAGES.ja) as (keyof typeof MESSAGES.ja)[]) {
      const render = (m: unknown) => (typeof m === 'function' ? (m as (p: unknown) => string)(PARAMS) : JSON.stringify(m));
      const ja = render(MESSAGES.ja[id]);
      const en = render(MESSAGES.en[id]);
      expect(ja.length, id).toBeGreaterThan(0);
      expect(en.length, id).toBeGreaterThan(0);
      expect(ja, id).not.toBe(en);
    }
  });

  it('no command code picks a language inline (locale === ...): the tables do', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const f of readdirSync('src/cli').filter((n) => n.endsWith('.ts'))) {
      expect(readFileSync(`src/cli/${f}`, 'utf8'), f).not.toMatch(/locale === '(ja|en)'/);
    }
  });
});
