/**
 * The builds whose every page is checked (accessibility, HTML, layout, weight, security
 * policy): the live content, which holds any valid content editors publish, and the last step
 * of the editorial year, which has what the sample alone does not (several reports, a
 * correction, a closed plan, a second plan, late evidence), and the sample with responsible
 * units, whose pages (a unit's, the list of units, a unit's evidence) no other build has, and the
 * sample with participation results (their charts and activity sections), and the sample with
 * reprogrammed tasks (original and new dates with their reasons, the state «Reprogramada»).
 */
import { inject } from 'vitest';
import type { BuildResult } from './build-site';

export interface CheckedSite {
  /** Short name shown in test names. */
  name: string;
  build: BuildResult;
}

export function getCheckedSites(): CheckedSite[] {
  const steps = inject('yearSteps');
  return [
    { name: 'contenido', build: inject('site') },
    { name: 'año', build: steps.at(-1)!.build },
    { name: 'dependencias', build: inject('unitsSite') },
    { name: 'participación', build: inject('participationSite') },
    { name: 'reprogramaciones', build: inject('reprogrammingSite') },
  ];
}
