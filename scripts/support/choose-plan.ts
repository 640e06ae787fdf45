import type { Plan } from '../../src/lib/content/catalog';
import { t } from '../../src/lib/i18n';
import type { ContentState } from '../../src/lib/authoring/scaffold';
import { DialogStop, type Dialog } from './dialog';

/** The plan a new file belongs to (--plan), newest first: most new files are for the current plan. */
export function choosePlan(content: ContentState, dialog: Dialog): Promise<Plan> {
  if (content.catalog.plans.length === 0) throw new DialogStop(t.scaffold.noPlans);
  const plans = [...content.catalog.plans].sort((a, b) => b.anio - a.anio || a.id.localeCompare(b.id));
  return dialog.choose(t.scaffold.choosePlan, plans, { flag: 'plan', getId: (plan) => plan.id, getLabel: (plan) => t.scaffold.option(plan.titulo, plan.id) });
}
