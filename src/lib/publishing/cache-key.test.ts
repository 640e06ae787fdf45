import { describe, expect, test } from 'vitest';
import { toCacheKeySource } from './cache-key';

function getLinkedPlan() {
  const plan: Record<string, unknown> = { id: '2021', file: 'content/planes/2021.yaml', titulo: 'Plan 2021' };
  const component = { id: 'ciclo', nombre: 'Ciclo de gestión', plan, activities: [] as unknown[] };
  const activity: Record<string, unknown> = { slug: 'mesa', file: 'content/actividades/2021/mesa.mdx', plan, component };
  const evidence = { file: 'content/evidencias/2021/acta.mdx', porcentaje: 100 };
  const task = { id: 'acta', nombre: 'Acta', activity, unit: undefined, evidence: [evidence] };
  activity.tasks = [task];
  component.activities.push(activity);
  plan.components = [component];
  plan.activities = [activity];
  return { plan, component, activity, task };
}

const digests: Record<string, string> = {
  'content/planes/2021.yaml': 'p1',
  'content/actividades/2021/mesa.mdx': 'a1',
  'content/evidencias/2021/acta.mdx': 'e1',
};
const getDigest = (file: string) => digests[file] ?? 'unknown';

describe('the source of a page cache key', () => {
  test('writes a content file as its digest, so a changed file changes the key', () => {
    const { task } = getLinkedPlan();
    const before = toCacheKeySource({ tasks: [task] }, getDigest);
    const after = toCacheKeySource({ tasks: [task] }, (file) => (file.includes('evidencias') ? 'e2' : getDigest(file)));
    expect(before).toContain('"digest":"e1"');
    expect(after).not.toBe(before);
  });

  test('writes a component as its plan file and id, without following its other activities', () => {
    const { component, plan } = getLinkedPlan();
    (plan.activities as unknown[]).push({ file: 'content/actividades/2021/otra.mdx' });
    const source = toCacheKeySource({ component }, getDigest);
    expect(JSON.parse(source)).toEqual({ component: { id: 'ciclo', file: 'content/planes/2021.yaml', digest: 'p1' } });
  });

  test('writes a task out with its links replaced, so linked objects never loop', () => {
    const { task } = getLinkedPlan();
    expect(JSON.parse(toCacheKeySource({ task }, getDigest))).toEqual({
      task: {
        id: 'acta',
        nombre: 'Acta',
        activity: { file: 'content/actividades/2021/mesa.mdx', digest: 'a1' },
        evidence: [{ file: 'content/evidencias/2021/acta.mdx', digest: 'e1' }],
      },
    });
  });

  test('writes computed values as they are, maps and sets included', () => {
    const source = toCacheKeySource({ asOf: '2021-06-30', figures: new Map([['ejecucion', 80]]), groups: new Set(['Alcaldías']) }, getDigest);
    expect(JSON.parse(source)).toEqual({ asOf: '2021-06-30', figures: [['ejecucion', 80]], groups: ['Alcaldías'] });
  });

  test('stops on a file the content layer does not know instead of leaving it out of the key', () => {
    const strict = (file: string) => {
      if (!(file in digests)) throw new Error(`no digest for ${file}`);
      return digests[file]!;
    };
    expect(() => toCacheKeySource({ evidence: { file: 'content/evidencias/2021/nueva.mdx' } }, strict)).toThrow('nueva.mdx');
  });
});
