import { en } from './en.js';
import { ja } from './ja.js';

export type { Messages } from './messages.js';

/** Locales with a message for every issue code. */
export const LOCALES = { ja, en } as const;

export type Locale = keyof typeof LOCALES;

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}
