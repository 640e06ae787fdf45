/**
 * What a pull request changes in the published figures: each period's execution and global
 * progress, and the state now of the plan and of each component, before and after. Reviewers
 * read it as a short Spanish summary ("El avance global pasa de 26 % a 33 %.") instead of
 * opening the site twice.
 */
import type { Catalog } from './catalog';
import { formatDate, formatPercent } from './format';
import { t } from './i18n';
import { getAsOfDate, getPeriodHistory, getPlanSnapshot } from './views';

/** One published figure, with a key that stays the same from one version of the content to the next. */
export interface Figure {
  key: string;
  /** The plan's title: figures are grouped by plan in the summary. */
  plan: string;
  /** What the figure is, as a sentence subject: "El avance global del plan". */
  label: string;
  value: number | null;
}

const c = t.compare;

export function getFigures(catalog: Catalog): Figure[] {
  return catalog.plans.flatMap((plan) => {
    const base = { plan: plan.titulo };
    const periods = getPeriodHistory(plan).flatMap(({ period, summary }) => {
      const when = c.period(period.nombre, formatDate(period.corte));
      return [
        { ...base, key: `${plan.id}/periodo/${period.id}/ejecucion`, label: c.execution(when), value: summary.execution },
        { ...base, key: `${plan.id}/periodo/${period.id}/avance`, label: c.progress(when), value: summary.progress },
      ];
    });
    const now = getPlanSnapshot(plan, getAsOfDate(plan));
    const components = now.components.flatMap(({ component, summary }) => [
      { ...base, key: `${plan.id}/componente/${component.id}/ejecucion`, label: c.componentExecution(component.nombre), value: summary.execution },
      { ...base, key: `${plan.id}/componente/${component.id}/avance`, label: c.componentProgress(component.nombre), value: summary.progress },
    ]);
    return [
      ...periods,
      { ...base, key: `${plan.id}/ahora/ejecucion`, label: c.executionNow, value: now.summary.execution },
      { ...base, key: `${plan.id}/ahora/avance`, label: c.progressNow, value: now.summary.progress },
      ...components,
    ];
  });
}

function formatValue(value: number | null): string {
  return value === null ? c.noValue : formatPercent(value);
}

function toChangeLine(before: Figure | undefined, after: Figure | undefined): string | undefined {
  if (after && !before) return c.added(after.label, formatValue(after.value));
  if (before && !after) return c.removed(before.label, formatValue(before.value));
  if (!before || !after || before.value === after.value) return undefined;
  return c.changed(after.label, formatValue(before.value), formatValue(after.value));
}

/**
 * The Markdown summary for reviewers: one line per figure that changes, grouped by plan,
 * then how many stay the same. `problems` is how many content problems the proposed
 * version has (its figures may still change when they are fixed).
 */
export function formatComparison(before: readonly Figure[], after: readonly Figure[], problems = 0): string {
  const keys = [...new Set([...before.map((figure) => figure.key), ...after.map((figure) => figure.key)])];
  const byPlan = new Map<string, string[]>();
  let unchanged = 0;
  for (const key of keys) {
    const old = before.find((figure) => figure.key === key);
    const now = after.find((figure) => figure.key === key);
    const line = toChangeLine(old, now);
    if (!line) {
      unchanged += 1;
      continue;
    }
    const plan = (now ?? old)!.plan;
    byPlan.set(plan, [...(byPlan.get(plan) ?? []), `- ${line}`]);
  }
  const parts = [`## ${c.title}`, ''];
  if (problems > 0) parts.push(c.withProblems(problems), '');
  if (byPlan.size === 0) {
    parts.push(c.noChanges);
  } else {
    for (const [plan, lines] of byPlan) parts.push(`**${plan}**`, '', ...lines, '');
    if (unchanged > 0) parts.push(c.unchanged(unchanged));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
