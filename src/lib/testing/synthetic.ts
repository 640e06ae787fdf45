/**
 * Synthetic content in the project's real format, for benchmarks: plans, activities with
 * their tasks, about two pieces of evidence per activity, and period reports. Deterministic:
 * the same size and seed always give the same files, so measurements can be repeated.
 */
import { dump } from 'js-yaml';
import { compareDates, type PlainDate } from '../content/dates';
import { toRecordYaml } from '../progress/published';

export interface SyntheticOptions {
  /** Number of activities across all plans. */
  activities: number;
  seed?: number;
  /** Latest date evidence may have (validation rejects evidence from the future). */
  today: PlainDate;
}

/** A file to write, by its path inside the content folder. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** Activities per plan: beyond this, another year's plan is added, as a portal over years would. */
const ACTIVITIES_PER_PLAN = 1000;
const COMPONENTS = ['Ciclo de la gestión pública', 'Espacios de diálogo', 'Rendición de cuentas', 'Seguimiento y evaluación', 'Control social'];
const VERBS = ['Realizar', 'Publicar', 'Convocar', 'Divulgar', 'Elaborar', 'Socializar', 'Evaluar', 'Capacitar'];
const OBJECTS = ['un foro virtual', 'la audiencia pública', 'el informe de gestión', 'una encuesta ciudadana', 'un taller regional', 'la cartilla en lenguaje claro', 'un video explicativo', 'una mesa de trabajo'];
const GROUPS = ['Ciudadanía en general', 'Alcaldías', 'Gobernaciones', 'Organizaciones sociales', 'Veedurías ciudadanas', 'Jóvenes', 'Comunidades étnicas'];

// mulberry32: a small, fast, well-distributed generator; Math.random cannot be seeded.
function toRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function toDate(year: number, dayOfYear: number): PlainDate {
  return new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
}

function toFrontmatterFile(path: string, data: Record<string, unknown>, body: string): SyntheticFile {
  return { path, text: `---\n${dump(data, { lineWidth: -1 })}---\n${body}\n` };
}

export function getSyntheticContent({ activities, seed = 1, today }: SyntheticOptions): SyntheticFile[] {
  const random = toRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const plans = Math.max(1, Math.ceil(activities / ACTIVITIES_PER_PLAN));
  const lastYear = Number(today.slice(0, 4)) - 1;
  const files: SyntheticFile[] = [{ path: 'sitio.yaml', text: dump({ entidad: 'Entidad de prueba', contacto: { web: 'https://www.example.gov.co' } }) }];
  for (let planIndex = 0; planIndex < plans; planIndex += 1) {
    const year = lastYear - plans + 1 + planIndex;
    const plan = String(year);
    const components = COMPONENTS.slice(0, 3 + (planIndex % 3)).map((nombre, index) => ({ id: `componente-${index + 1}`, nombre }));
    const periods = [
      { id: 'i-semestre', nombre: 'I semestre', corte: `${year}-06-30` },
      { id: 'ii-semestre', nombre: 'II semestre', corte: `${year}-12-31` },
    ];
    files.push({ path: `planes/${plan}.yaml`, text: dump({ titulo: `Plan de Participación Ciudadana ${year}`, anio: year, componentes: components, periodos: periods }) });
    // What each report records: every task with its component, programmed date and evidence.
    const standings: { id: string; componente: string; programada: PlainDate; steps: [PlainDate, number][] }[] = [];
    const count = Math.min(ACTIVITIES_PER_PLAN, activities - planIndex * ACTIVITIES_PER_PLAN);
    for (let index = 1; index <= count; index += 1) {
      const slug = `actividad-${String(index).padStart(4, '0')}`;
      const tasks = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, taskIndex) => ({
        id: `${slug}-tarea-${taskIndex + 1}`,
        tarea: `${pick(VERBS)} ${pick(OBJECTS)}`,
        programada: toDate(year, 30 + Math.floor(random() * 330)),
      }));
      const componente = pick(components).id;
      files.push(
        toFrontmatterFile(
          `actividades/${plan}/${slug}.mdx`,
          { plan: year, componente, nombre: `${pick(VERBS)} ${pick(OBJECTS)} (${index})`, orden: index, grupos: [pick(GROUPS), pick(GROUPS)].filter((group, position, all) => all.indexOf(group) === position), tareas: tasks },
          `Actividad sintética número ${index} del plan ${year}, con **Markdown** y un [enlace](https://www.example.gov.co/actividades/${index}).`,
        ),
      );
      // About two pieces of evidence per activity, on its first task: a start, then most often the end.
      const task = tasks[0]!;
      const start = toDate(year, 1 + Math.floor(random() * 150));
      const end = toDate(year, 160 + Math.floor(random() * 190));
      const steps: [PlainDate, number][] = [[start, 10 + Math.floor(random() * 60)]];
      if (random() < 0.9) steps.push([end, random() < 0.7 ? 100 : 80]);
      const published = steps.filter(([fecha]) => compareDates(fecha, today) <= 0);
      tasks.forEach((other, position) => standings.push({ id: other.id, componente, programada: other.programada, steps: position === 0 ? published : [] }));
      for (const [fecha, avance] of published) {
        files.push(
          toFrontmatterFile(
            `evidencias/${plan}/${fecha}-${task.id}.mdx`,
            {
              plan: year,
              tarea: task.id,
              fecha,
              avance,
              enlaces: [{ url: `https://www.example.gov.co/evidencias/${plan}/${task.id}/${avance}`, texto: `Registro al ${avance} %`, tipo: 'web' }],
            },
            `Se registró un avance del ${avance} % en la tarea «${task.tarea}».`,
          ),
        );
      }
    }
    for (const period of periods) {
      const record = new Map(
        standings.map(({ id, componente, programada, steps }) => [
          id,
          {
            componente,
            programado: compareDates(programada, period.corte) <= 0,
            ejecucion: steps.filter(([fecha]) => compareDates(fecha, period.corte) <= 0).at(-1)?.[1] ?? 0,
          },
        ]),
      );
      const data = { plan: year, periodo: period.id, titulo: `Informe de avance ${period.nombre}`, objetivo: `Informar el avance del plan ${year} al corte.` };
      files.push({
        path: `informes/${plan}/${period.id}.mdx`,
        text: `---\n${dump(data, { lineWidth: -1 })}${toRecordYaml(record).join('\n')}\n---\nInforme del ${period.nombre} de ${year}.\n`,
      });
    }
  }
  return files;
}
