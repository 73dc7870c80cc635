import type { Locale } from '../../issues/locales/index.js';
import { en } from './en.js';
import { ja, type Messages } from './ja.js';

export type { Messages } from './ja.js';
export { USAGE } from './usage.js';

/** The message table of each locale (one per file, the same ids: see messages/ja.ts). */
export const MESSAGES: { readonly [L in Locale]: Messages } = { ja, en };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** The ids of the messages that errors use (every message that is a function of one parameter object). */
export type ErrorMessageId = {
  [K in keyof Messages]: Messages[K] extends (p: infer P) => string ? (P extends object ? K : never) : never;
}[keyof Messages];
export type ErrorParams<K extends ErrorMessageId> = Parameters<Messages[K]>[0];
