/**
 * Small, valid content for unit tests: a plan with two components and one period, and
 * helpers to add activities, evidence and reports. Tests change one thing and look at
 * what follows.
 */
import type { ContentFile } from '../validation/validate';
import type { CatalogInput, SourceEntry } from '../content/catalog';
import {
  activitySchema,
  evidenceSchema,
  planSchema,
  reportSchema,
  siteSchema,
  type ActivityData,
  type EvidenceData,
  type PlanData,
  type ReportData,
} from '../content/schemas';

export function toPlanEntry(id: string, data: Partial<PlanData> = {}): SourceEntry<PlanData> {
  return {
    id,
    file: `content/planes/${id}.yaml`,
    data: planSchema.parse({
      titulo: `Plan ${id}`,
      anio: 2021,
      componentes: [
        { id: 'dialogo', nombre: 'Diálogo' },
        { id: 'seguimiento', nombre: 'Seguimiento' },
      ],
      periodos: [{ id: 'i-semestre', nombre: 'I semestre', corte: '2021-06-30' }],
      ...data,
    }),
  };
}

export function toActivityEntry(
  slug: string,
  data: Partial<ActivityData> & Pick<ActivityData, 'tareas'>,
  plan = '2021',
): SourceEntry<ActivityData> {
  return {
    id: `${plan}/${slug}`,
    file: `content/actividades/${plan}/${slug}.mdx`,
    data: activitySchema.parse({ plan, componente: 'dialogo', nombre: `Actividad ${slug}`, ...data }),
  };
}

export function toEvidenceEntry(
  name: string,
  data: Partial<EvidenceData> & Pick<EvidenceData, 'tarea' | 'fecha' | 'avance'>,
  plan = '2021',
): SourceEntry<EvidenceData> {
  return {
    id: `${plan}/${name}`,
    file: `content/evidencias/${plan}/${name}.mdx`,
    data: evidenceSchema.parse({ plan, ...data }),
  };
}

export function toReportEntry(periodo: string, data: Partial<ReportData> = {}, plan = '2021'): SourceEntry<ReportData> {
  return {
    id: `${plan}/${periodo}`,
    file: `content/informes/${plan}/${periodo}.mdx`,
    data: reportSchema.parse({ plan, periodo, titulo: `Informe ${periodo}`, objetivo: 'Informar.', ...data }),
  };
}

export function toCatalogInput(parts: Partial<CatalogInput> = {}): CatalogInput {
  return {
    site: siteSchema.parse({ entidad: 'Entidad de prueba' }),
    plans: [toPlanEntry('2021')],
    activities: [],
    evidence: [],
    reports: [],
    ...parts,
  };
}

export function toTask(id: string, programada: string, extra: Partial<ActivityData['tareas'][number]> = {}) {
  return { id, tarea: `Tarea ${id}`, programada, reprogramaciones: [], ejemplo: false, ...extra };
}

/** A small valid content folder, as files read from disk, for tests of whole-folder checks. */
export const VALID_CONTENT_FILES: readonly ContentFile[] = [
  { path: 'content/sitio.yaml', text: 'entidad: ENTerritorio\n' },
  {
    path: 'content/planes/2021.yaml',
    text: [
      'titulo: Plan 2021',
      'anio: 2021',
      'componentes:',
      '  - id: dialogo',
      '    nombre: Diálogo',
      'periodos:',
      '  - id: i-semestre',
      '    nombre: I semestre',
      '    corte: 2021-06-30',
      '',
    ].join('\n'),
  },
  {
    path: 'content/actividades/2021/video.mdx',
    text: '---\nplan: 2021\ncomponente: dialogo\nnombre: Video\ntareas:\n  - id: elaborar-video\n    tarea: Elaborar un video\n    programada: 2021-06-30\n---\nTexto.\n',
  },
  {
    path: 'content/evidencias/2021/2021-06-30-video.mdx',
    text: [
      '---',
      'plan: 2021',
      'tarea: elaborar-video',
      'fecha: 2021-06-30',
      'avance: 100',
      'enlaces:',
      '  - url: /documentos/2021/acta.pdf',
      '    texto: Acta de publicación del video',
      '    tipo: documento',
      '---',
      'Se publicó el video.',
      '',
    ].join('\n'),
  },
];
