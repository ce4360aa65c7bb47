import type { PracticeText } from './practice-script';

/** Shorthand for a text in both languages, English first. */
export const both = (en: string, nl: string): PracticeText => ({ en, nl });
