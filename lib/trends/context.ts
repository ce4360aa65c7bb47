// A session's context as the person gives it: tags (preset ids or their own words) and a short note.
import { z } from 'zod';

/** Tags the UI offers and translates (messages namespace `context`); any other tag is shown as written. */
export const presetTagIds = ['slept-badly', 'alcohol', 'hard-training', 'ill', 'stressful-day', 'menstruation'] as const;
export type PresetTagId = (typeof presetTagIds)[number];

export const contextLimits = {
  maxTags: 12,
  tagLength: { min: 1, max: 32 },
  maxNoteLength: 1000,
} as const;

/** PostgreSQL's text and jsonb refuse NUL and unpaired surrogates; refused here on SQLite too. */
const storable = (s: string) => !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const storableMessage = { message: 'must not contain NUL or unpaired surrogate characters' };

export const isPresetTag = (tag: string): tag is PresetTagId => (presetTagIds as readonly string[]).includes(tag);

/** Trimmed, lower case, each once in first-given order; '' or null clears the note. */
export const sessionContextSchema = z
  .object({
    tags: z
      .array(
        z
          .string()
          .trim()
          .min(contextLimits.tagLength.min, { message: `a tag has ${contextLimits.tagLength.min} to ${contextLimits.tagLength.max} characters` })
          .max(contextLimits.tagLength.max, { message: `a tag has ${contextLimits.tagLength.min} to ${contextLimits.tagLength.max} characters` })
          .refine(storable, storableMessage)
          .transform((tag) => tag.toLowerCase()),
      )
      .max(contextLimits.maxTags, { message: `at most ${contextLimits.maxTags} tags` })
      .transform((tags) => [...new Set(tags)]),
    note: z
      .string()
      .max(contextLimits.maxNoteLength, { message: `a note has at most ${contextLimits.maxNoteLength} characters` })
      .refine(storable, storableMessage)
      .nullable()
      .transform((note) => (note === null || note.trim() === '' ? null : note)),
  })
  .strict();

export type SessionContext = z.output<typeof sessionContextSchema>;
