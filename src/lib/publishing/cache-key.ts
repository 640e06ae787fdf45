/**
 * What a page's cache key for Astro's incremental build is made of (experimental.incrementalBuild):
 * a page is copied from the previous build, not rendered, when its key and its code are unchanged.
 * So the key must change whenever anything the page shows changes. It is written from the values
 * the page renders, with each content file they come from replaced by that file's digest (its
 * exact text): a changed file changes the key of every page that shows it, and nothing else does.
 *
 * The catalog's objects are linked both ways (an activity's plan lists every activity), so
 * following every link would make each key depend on the whole site. A page's key therefore
 * lists what it shows, and inside it:
 * - an object read from its own file (plan, activity, evidence, report) becomes that file's digest;
 * - an object defined inside a plan file (component, unit, period) becomes the plan file's
 *   digest and its id;
 * - any other object (a task, a computed figure) is written out, with its links replaced as above.
 * Values computed from files the page does not show (the plan's "as of" date, a component's
 * figures on its share card) must be listed by the page itself.
 */

/** The digest of a content file, as the content layer computed it; throws for a file it does not know. */
export type FileDigest = (file: string) => string;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getFile(value: Record<string, unknown>): string | undefined {
  return typeof value.file === 'string' ? value.file : undefined;
}

/** A component, unit or period: it has an id and belongs to a plan, whose file defines it. */
function getPlanFile(value: Record<string, unknown>): string | undefined {
  const plan = value.plan;
  return typeof value.id === 'string' && isObject(plan) && typeof plan.id === 'string' ? getFile(plan) : undefined;
}

/** The text a page's cache key is the hash of: `value` with every content object replaced by its file's digest. */
export function toCacheKeySource(value: Record<string, unknown>, getDigest: FileDigest): string {
  return JSON.stringify(value, function (key, item: unknown) {
    // The root is the page's own list of what it shows: written out, whatever it holds.
    if (key === '' && this[''] === value) return item;
    if (item instanceof Map || item instanceof Set) return [...item];
    if (!isObject(item)) return item;
    const file = getFile(item);
    if (file !== undefined) return { file, digest: getDigest(file) };
    const planFile = getPlanFile(item);
    if (planFile !== undefined) return { id: item.id, file: planFile, digest: getDigest(planFile) };
    return item;
  });
}
