// Tags a person adds to a reading or session (PUT /api/sessions/:id/context); the server applies the same rules.
export const presetTags = ['slept-badly', 'alcohol', 'hard-training', 'ill', 'stressful-day', 'menstruation'] as const;
export type PresetTag = (typeof presetTags)[number];

export const maxTags = 12;
export const maxTagLength = 32;
export const maxNoteLength = 1000;

export function isPresetTag(tag: string): tag is PresetTag {
  return (presetTags as readonly string[]).includes(tag);
}

/** Trimmed, lower-cased, 1–32 characters; null when nothing is left. */
export function normaliseTag(raw: string): string | null {
  const tag = raw.trim().toLowerCase();
  return tag.length >= 1 && tag.length <= maxTagLength ? tag : null;
}

/** Adds a tag unless it is already there or the list is full. */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = normaliseTag(raw);
  if (!tag || tags.includes(tag) || tags.length >= maxTags) return [...tags];
  return [...tags, tag];
}

export function toggleTag(tags: readonly string[], tag: string): string[] {
  return tags.includes(tag) ? tags.filter((t) => t !== tag) : addTag(tags, tag);
}
