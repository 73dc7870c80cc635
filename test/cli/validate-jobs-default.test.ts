import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_MIN_BYTES, defaultJobs, POOL_MIN_FILES } from '../../src/cli/validate.js';

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `f${i}.CSV`);
/** An io whose files all have `size` bytes (a path in `broken` cannot be stat'ed). */
const sized = (size: number, broken: ReadonlySet<string> = new Set()) => {
  const asked: string[] = [];
  return {
    asked,
    io: {
      stat: (path: string) => {
        asked.push(path);
        if (broken.has(path)) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return { type: 'file' as const, size };
      },
    },
  };
};

describe('without --jobs, a batch goes to the workers only when it is large enough to pay for them', () => {
  it('a batch of small files under the threshold is checked in this thread', () => {
    expect(defaultJobs(names(500), sized(12 * 1024).io, 8)).toBe(1);
    expect(defaultJobs(names(2000), sized(12 * 1024).io, 2)).toBe(1);
  });

  it('from DEFAULT_POOL_MIN_BYTES of files, the available cores; the sizes are summed only until then', () => {
    const perFile = 1024 * 1024;
    const { io, asked } = sized(perFile);
    expect(defaultJobs(names(100), io, 4)).toBe(4);
    expect(asked).toHaveLength(DEFAULT_POOL_MIN_BYTES / perFile);
    // Just under the threshold: one thread.
    expect(defaultJobs(names(DEFAULT_POOL_MIN_BYTES / perFile - 1), sized(perFile).io, 4)).toBe(1);
  });

  it('few files, or one core, never start workers; nothing is stat-ed then', () => {
    const few = sized(DEFAULT_POOL_MIN_BYTES);
    expect(defaultJobs(names(POOL_MIN_FILES - 1), few.io, 8)).toBe(1);
    expect(defaultJobs(names(100), few.io, 1)).toBe(1);
    expect(few.asked).toEqual([]);
  });

  it('a file that cannot be stat-ed counts as empty (it is reported when read); without stat, 12 KB a file', () => {
    const all = names(64);
    expect(defaultJobs(all, sized(DEFAULT_POOL_MIN_BYTES / 32, new Set(all.slice(0, 40))).io, 2)).toBe(1);
    expect(defaultJobs(all, sized(DEFAULT_POOL_MIN_BYTES / 32).io, 2)).toBe(2);
    expect(defaultJobs(names(Math.ceil(DEFAULT_POOL_MIN_BYTES / (12 * 1024))), {}, 2)).toBe(2);
    expect(defaultJobs(names(1000), {}, 2)).toBe(1);
  });
});
