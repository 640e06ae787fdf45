import { describe, expect, test } from 'vitest';
import { getSyntheticContent } from './synthetic';
import { validateContent } from '../validation/validate';

const TODAY = '2026-11-25';

describe('synthetic content for benchmarks', () => {
  test('passes every check of the content folder', () => {
    const files = getSyntheticContent({ activities: 1200, today: TODAY }).map((file) => ({ path: `bench/${file.path}`, text: file.text }));
    const { problems, catalog } = validateContent(files, 'bench', TODAY);
    expect(problems).toEqual([]);
    expect(catalog.plans).toHaveLength(2);
    expect(catalog.plans.flatMap((plan) => plan.activities)).toHaveLength(1200);
  });

  test('has about two pieces of evidence per activity', () => {
    const files = getSyntheticContent({ activities: 500, today: TODAY });
    const evidence = files.filter((file) => file.path.startsWith('evidencias/')).length;
    expect(evidence / 500).toBeGreaterThan(1.7);
    expect(evidence / 500).toBeLessThanOrEqual(2);
  });

  test('is the same for the same seed and different for another', () => {
    const first = getSyntheticContent({ activities: 50, seed: 7, today: TODAY });
    expect(getSyntheticContent({ activities: 50, seed: 7, today: TODAY })).toEqual(first);
    expect(getSyntheticContent({ activities: 50, seed: 8, today: TODAY })).not.toEqual(first);
  });
});
