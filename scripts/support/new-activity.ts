/**
 * `npm run nuevo -- actividad`: a new activity of a plan, in one of its components, with
 * its first task. The task's id comes from its name; a name whose id another task already
 * uses is refused while the editor can still change it.
 */
import { toCheckWith, toDateCheck, toFieldCheck, toTextAnswer } from '../../src/lib/authoring/answers';
import { t } from '../../src/lib/i18n';
import { toSlug } from '../../src/lib/validation/file-names';
import { getFreePath, toActivityFile, type ContentState, type NewFile } from '../../src/lib/authoring/scaffold';
import { activitySchema, taskSchema } from '../../src/lib/content/schemas';
import { choosePlan } from './choose-plan';
import type { Dialog } from './dialog';

const s = t.scaffold;

/** Task ids are kept shorter than file names: evidence file names repeat them after the date. */
const TASK_ID_LENGTH = 40;

/** A name that becomes a file name or an id needs a letter or a digit: "¿?" would give an empty one. */
const getNamelessError = (name: string) => (toSlug(name) === '' ? s.noLetters(name) : undefined);

export async function getActivityFiles(content: ContentState, dialog: Dialog): Promise<NewFile[]> {
  const plan = await choosePlan(content, dialog);
  const component = await dialog.choose(s.chooseComponent, plan.components, {
    flag: 'componente',
    getId: (component) => component.id,
    getLabel: (component) => s.option(component.nombre, component.id),
  });
  const nombre = await dialog.ask(s.askActivityName, {
    flag: 'nombre',
    validate: toCheckWith(toFieldCheck(activitySchema.shape.nombre), getNamelessError),
    example: s.exampleActivityName,
  });
  const texto = await dialog.ask(s.askActivityText, { flag: 'descripcion', validate: toTextAnswer, example: s.exampleActivityText });
  const tarea = await dialog.ask(s.askTaskName, {
    flag: 'tarea',
    validate: toCheckWith(toFieldCheck(taskSchema.shape.tarea), (name) => {
      // Validation reports a repeated id on whichever file it reads second, maybe the old one: checked here directly.
      const other = plan.tasks.find((task) => task.id === toSlug(name, TASK_ID_LENGTH));
      return getNamelessError(name) ?? (other && s.taskIdTaken(other.id, other.activity.file));
    }),
    example: s.exampleTaskName,
  });
  const producto = await dialog.ask(s.askTaskProduct, { flag: 'producto', validate: toFieldCheck(taskSchema.shape.producto), required: false });
  const programada = await dialog.ask(s.askTaskDate, {
    flag: 'programada',
    validate: toDateCheck(taskSchema.shape.programada),
    example: `${plan.anio}-12-31`,
  });
  const file = toActivityFile({
    plan: plan.id,
    componente: component.id,
    nombre,
    texto,
    tarea: { id: toSlug(tarea, TASK_ID_LENGTH), tarea, programada, ...(producto ? { producto } : {}) },
  });
  return [{ ...file, path: getFreePath(content, file.path) }];
}
