/**
 * "¿Quiso decir …?": the valid value an editor most likely meant when a name or an id is
 * misspelt (`avanse` for `avance`, `elaborar-vide` for `elaborar-video`). Editors type these
 * by hand, often without accents or with a capital letter, so both are ignored.
 */

/** How many of the closest valid values a long list shows. */
const MAX_SHOWN = 10;
/** Lists up to this length are shown whole: leaving out a few would send the editor looking for them. */
const MAX_WHOLE = 15;

function toComparable(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbouring letters each count as one edit, so `vidoe` is
 * one edit from `video`, as a typist would count it.
 */
export function getEditDistance(a: string, b: string): number {
  const width = b.length + 1;
  // One flat table, row i and column j at i * width + j: distance between a[0, i) and b[0, j).
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i += 1) {
    for (let j = 0; j <= b.length; j += 1) {
      if (i === 0 || j === 0) {
        table[i * width + j] = i + j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      table[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

function getDistance(value: string, candidate: string): number {
  return getEditDistance(toComparable(value), toComparable(candidate));
}

/**
 * Close enough to be a typo: at most two edits, or a third of the length for long ids; and
 * never as many edits as the value has letters, or "ab" would suggest "xy".
 */
function isClose(value: string, distance: number): boolean {
  const length = toComparable(value).length;
  return distance <= Math.max(2, Math.floor(length / 3)) && distance < length;
}

/** The valid value closest to `value`, when one is close enough to be what the editor meant. */
export function getClosest(value: string, valid: readonly string[]): string | undefined {
  let closest: { candidate: string; distance: number } | undefined;
  for (const candidate of valid) {
    const distance = getDistance(value, candidate);
    if (isClose(value, distance) && (!closest || distance < closest.distance)) closest = { candidate, distance };
  }
  return closest?.candidate;
}

export interface Suggestion {
  /** The valid value the editor most likely meant, when one is close enough. */
  closest: string | undefined;
  /** The valid values to list: all of them in their order, or the closest ones when there are many. */
  shown: string[];
  /** How many valid values are left out of `shown`. */
  more: number;
}

/**
 * What to offer for a value that is not valid: the likely intended one and a list short
 * enough to read (a big plan has hundreds of task ids).
 */
export function getSuggestion(value: string, valid: readonly string[]): Suggestion {
  const closest = getClosest(value, valid);
  if (valid.length <= MAX_WHOLE) return { closest, shown: [...valid], more: 0 };
  const shown = valid
    .map((candidate) => ({ candidate, distance: getDistance(value, candidate) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_SHOWN)
    .map(({ candidate }) => candidate);
  return { closest, shown, more: valid.length - shown.length };
}
