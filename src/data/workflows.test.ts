import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url);
const scripts = Object.keys(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts as object);
const dir = new URL('.github/workflows/', root);
const workflows = readdirSync(dir).map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  if?: string;
}

function getSteps(text: string): Step[] {
  const workflow = load(text) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

describe('GitHub workflows', () => {
  test('exist for pull requests and for publishing', () => {
    expect(workflows.map(({ name }) => name).sort()).toEqual(['publicacion.yml', 'revision.yml']);
  });

  test.each(workflows)('$name parses and only runs npm scripts that exist', ({ text }) => {
    const commands = getSteps(text).flatMap((step) => [...(step.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(scripts).toContain(command);
  });

  test('the pull-request review validates with annotations, compares figures into the summary and runs the tests', () => {
    const runs = getSteps(workflows.find(({ name }) => name === 'revision.yml')!.text).map((step) => step.run ?? '');
    expect(runs).toContainEqual(expect.stringContaining('npm run validar -- --formato=github'));
    expect(runs).toContainEqual(expect.stringMatching(/npm run --silent comparar -- --base="\$BASE_SHA" > cifras\.md\ncat cifras\.md >> "\$GITHUB_STEP_SUMMARY"/));
    expect(runs).toContain('npm test');
  });

  test.each(workflows)('$name checks out the whole history, which the pages\' change history is built from', ({ text }) => {
    const steps = getSteps(text) as (Step & { with?: { 'fetch-depth'?: number } })[];
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  test('the pull-request review keeps the built site as a downloadable preview', () => {
    const steps = getSteps(workflows.find(({ name }) => name === 'revision.yml')!.text) as (Step & { with?: { path?: string } })[];
    expect(steps).toContainEqual(expect.objectContaining({ uses: expect.stringMatching(/^actions\/upload-artifact@/), with: expect.objectContaining({ path: 'dist' }) }));
  });

  test('the pull-request preview is built without the search index, its tests and the published site with it', () => {
    const getText = (name: string) => workflows.find((workflow) => workflow.name === name)!.text;
    const previewBuilds = getSteps(getText('revision.yml')).filter((step) => step.run === 'npm run build');
    expect(previewBuilds).toEqual([expect.objectContaining({ env: { SEARCH_INDEX: 'off' } })]);
    const jobs = Object.values((load(getText('revision.yml')) as { jobs: Record<string, { env?: Record<string, string> }> }).jobs);
    expect(jobs.filter((job) => job.env?.SEARCH_INDEX !== undefined)).toEqual([]);
    expect(getText('publicacion.yml')).not.toContain('SEARCH_INDEX');
  });

  test('publishing starts from the Astro cache of the previous publication, restored before the build, except when run by hand', () => {
    const steps = getSteps(workflows.find(({ name }) => name === 'publicacion.yml')!.text);
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(steps[cache]).toMatchObject({ if: "github.event_name == 'push'", with: { path: '.astro', 'restore-keys': 'construccion-' } });
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run === 'npm run build'));
  });

  test('publishing builds under the Pages sub-path and deploys with the official actions', () => {
    const text = workflows.find(({ name }) => name === 'publicacion.yml')!.text;
    expect(text).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}/');
    const uses = getSteps(text).flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
  });
});
