/**
 * Every sentence the site shows or the validation prints, in Spanish (Colombia), plain language.
 * A second language is a copy of this file with the same shape (see `Messages`).
 */
export const esCO = {
  locale: 'es-CO',
  /** Colombia has no daylight saving time; dates are shown as calendar days in this zone. */
  timeZone: 'America/Bogota',

  /** Validation of content files, written for editors. Each one says what is expected. */
  validation: {
    text: 'debe ser un texto de una línea, no vacío',
    longText: 'debe ser un texto no vacío',
    slug: 'debe tener solo letras minúsculas sin tildes, números y guiones, por ejemplo publicar-plan',
    reference: 'debe ser el identificador de otro archivo: letras minúsculas sin tildes, números y guiones, por ejemplo 2021',
    date: 'debe ser una fecha real escrita AAAA-MM-DD, por ejemplo 2021-06-30',
    year: 'debe ser un año de cuatro cifras, por ejemplo 2021',
    percent: 'debe ser un número entero entre 0 y 100, sin el signo %',
    boolean: 'debe ser true (sí) o false (no)',
    list: 'debe ser una lista; escriba cada elemento en su propia línea, empezando con un guion (-)',
    nonEmptyList: 'debe ser una lista con al menos un elemento; escriba cada uno en su propia línea, empezando con un guion (-)',
    linkKind: 'debe ser uno de estos tipos: web, video, documento',
    url: 'debe ser una dirección que empiece por https://, http:// o mailto:, o una ruta del sitio que empiece por /',
    unknownField: (valid: readonly string[]) =>
      `este campo no existe; revise cómo está escrito. Los campos válidos aquí son: ${valid.join(', ')}`,
    object: (fields: readonly string[]) =>
      `debe ser un grupo de campos con sangría (${fields.join(', ')}), cada uno en su propia línea`,
    order: 'debe ser un número entero desde 1, por ejemplo 3',
    repeatedId: (firstPosition: number) =>
      `ya lo usa el elemento ${firstPosition} de esta lista; cada elemento debe tener un id distinto`,
  },

  /** Cross-file integrity problems: each names the file, the field, the value and what is valid. */
  integrity: {
    problemIntro: (count: number) =>
      count === 1
        ? 'Se encontró 1 problema en el contenido. Corríjalo antes de publicar:'
        : `Se encontraron ${count} problemas en el contenido. Corríjalos antes de publicar:`,
    problem: (file: string, field: string, detail: string) => `${file}, campo \`${field}\`: ${detail}`,
    invalidValue: (value: string, expected: string) => `${value} no es válido; ${expected}.`,
    missingValue: (expected: string) => `falta este campo; ${expected}.`,
    unknownReference: (value: string, what: string, valid: readonly string[]) =>
      valid.length === 0
        ? `${value} no existe: todavía no hay ${what}.`
        : `${value} no existe. Escriba uno de estos ${what}: ${valid.join(', ')}.`,
    duplicateId: (value: string, what: string, otherFile: string) =>
      `${value} ya se usa como ${what} en ${otherFile}. Use un identificador distinto.`,
    folderMismatch: (value: string, folder: string) =>
      `${value} no coincide con la carpeta del archivo (${folder}). Mueva el archivo a la carpeta de su plan o corrija el campo.`,
    missingSite:
      'Falta el archivo content/sitio.yaml. Créelo con el campo `entidad` (el nombre de la entidad que publica el plan).',
    nouns: {
      plan: 'planes',
      component: 'componentes del plan',
      task: 'productos del plan',
      period: 'periodos del plan',
    },
  },

  ui: {
    siteTitle: 'Avance del Plan de Participación Ciudadana',
    skipLink: 'Saltar al contenido principal',
    mainNav: 'Navegación principal',
    navHome: 'Inicio',
    navReport: 'Informe',
    footerData:
      'Las cifras de este sitio se calculan a partir de los archivos de contenido publicados por la entidad.',
    breadcrumb: 'Ruta de navegación',

    percentExecuted: (period: string) => `de ejecución del ${period}`,
    percentGlobal: 'de avance global del plan',
    executionDetail: (executed: number, programmed: number, cutoff: string) =>
      `${executed} de ${programmed} ${programmed === 1 ? 'producto programado' : 'productos programados'} hasta el ${cutoff} ${executed === 1 ? 'se ejecutó' : 'se ejecutaron'}.`,
    globalDetail: (total: number, cutoff: string) =>
      `Promedio de ejecución de ${total === 1 ? 'el único producto' : `los ${total} productos`} del plan al ${cutoff}.`,
    nothingProgrammed: (cutoff: string) => `No había productos programados hasta el ${cutoff}. No hay ejecución que medir.`,
    noProducts: 'El plan todavía no tiene productos. No hay avance que medir.',
    cutoffLabel: (cutoff: string) => `Corte: ${cutoff}`,
    readReport: (period: string) => `Leer el informe de avance del ${period}`,
    noReports: 'Todavía no se ha publicado ningún informe de avance de este plan.',

    reportObjective: 'Objetivo de este informe',
    planComposition: (title: string) => `¿Cómo está compuesto el ${title}?`,
    componentCounts: (activities: number, products: number) =>
      `${activities} ${activities === 1 ? 'actividad' : 'actividades'} y ${products} ${products === 1 ? 'producto' : 'productos'}`,
    followUp: 'Seguimiento',
    followUpIntro: (cutoff: string) => `Ejecución del plan con corte al ${cutoff}.`,
    programmedCount: (cutoff: string) => `Productos programados hasta el ${cutoff}`,
    executedCount: (cutoff: string) => `Productos ejecutados hasta el ${cutoff}`,
    totalCount: 'Productos en todo el plan',
    countsCaption: 'Productos programados y ejecutados',
    countColumn: 'Cantidad',
    scheduleTitle: 'Seguimiento avances cronograma',
    scheduleIntro: (cutoff: string) =>
      `Cada tarjeta es un producto programado hasta el ${cutoff}: la actividad, la tarea, su ejecución y las evidencias.`,
    laterProducts: (cutoff: string) => `Productos programados después del ${cutoff}`,
    laterProductsIntro: 'Estos productos cuentan en el avance global del plan, pero todavía no estaban programados en este corte.',

    activity: 'Actividad',
    component: 'Componente',
    task: 'Tarea',
    product: 'Producto',
    programmedOn: 'Fecha programada',
    execution: 'Ejecución',
    state: 'Estado',
    evidence: 'Evidencias',
    noEvidence: 'Sin evidencias registradas hasta esta fecha.',
    evidenceAfterCutoff: 'Registrada después del corte: no cuenta en las cifras de este informe.',
    evidenceOn: (date: string) => `Evidencia del ${date}`,
    evidenceExecution: (percent: string) => `Ejecución registrada: ${percent}`,
    responsible: 'Dependencia responsable',
    valueGroups: 'Grupos de valor',
    valueGroupsHelp: 'Los grupos de valor son las personas y organizaciones a las que se dirige la actividad.',
    channel: 'Canal o espacio',
    notReported: 'No informado',
    activityTasks: 'Tareas y productos',
    activityProgress: (cutoff: string) => `Avance con corte al ${cutoff}`,
    activityLink: (name: string) => `Ver la actividad: ${name}`,
    linkKinds: { web: 'Página web', video: 'Video', documento: 'Documento' },
    postponedNote: 'Aplazada',
    exampleBadge: 'Dato de ejemplo',
    exampleActivityNote:
      'Esta actividad no aparece en el informe original. Sus productos son datos de ejemplo del segundo semestre.',
    exampleNote:
      'Este producto no aparece en el informe original. Es un dato de ejemplo del segundo semestre, incluido para completar el plan.',
    productsTerm:
      'Un producto es el resultado concreto de una tarea: una publicación, un video, un registro.',
    states: {
      'sin-iniciar': 'Sin iniciar',
      'en-curso': 'En curso',
      cumplida: 'Cumplida',
      aplazada: 'Aplazada',
      vencida: 'Vencida',
    },
  },
};

export type Messages = typeof esCO;
