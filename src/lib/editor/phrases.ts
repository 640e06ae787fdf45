/**
 * The editor's interface phrases: Decap CMS's Spanish with this site's translations of the
 * phrases it leaves in English (src/lib/i18n, `editor.interface`).
 */
export type Phrases = { [key: string]: string | Phrases };

/** `base` with every phrase of `overrides` put in its place, at any depth. */
export function toMergedPhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? toMergedPhrases(current, value) : value;
  }
  return merged;
}
