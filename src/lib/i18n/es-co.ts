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
    email: 'debe ser un correo electrónico, por ejemplo participacion@entidad.gov.co',
    sitePath: 'debe ser la ruta de un archivo de la carpeta public, que empiece por /, por ejemplo /logo.svg',
    brandColor:
      'debe ser un color oscuro escrito #rrggbb, por ejemplo #0b4f8a: el texto blanco sobre él debe tener un contraste de al menos 5 a 1',
    url: 'debe ser una dirección que empiece por https://, http:// o mailto:, o una ruta del sitio que empiece por /',
    unknownField: (valid: readonly string[]) =>
      `este campo no existe; revise cómo está escrito. Los campos válidos aquí son: ${valid.join(', ')}`,
    object: (fields: readonly string[]) =>
      `debe ser un grupo de campos con sangría (${fields.join(', ')}), cada uno en su propia línea`,
    reservedId: (word: string) => `no puede ser «${word}»: esa palabra está reservada para las direcciones del sitio`,
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
    fileProblem: (file: string, detail: string) => `${file}: ${detail}`,
    unknownFile:
      'este archivo no es de ningún tipo conocido y no se publicaría. Los planes van en planes/*.yaml; actividades, evidencias e informes, en archivos .mdx dentro de la carpeta de su plan.',
    yamlError: (reason: string, line: number | undefined) =>
      `los campos del inicio no se pueden leer${line === undefined ? '' : ` (línea ${line})`}: ${reason}. Revise la sangría, los dos puntos y las comillas.`,
    allGood: (count: number) => `Todo en orden: se revisaron ${count} archivos de contenido.`,
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
    missingSite: 'falta este archivo. Créelo con el campo `entidad`: el nombre de la entidad que publica el plan.',
    rules: {
      cutoffOutsideYear: (value: string, year: number) =>
        `${value} no es válido: el corte debe caer en el año del plan, ${year}.`,
      cutoffOutOfOrder: (value: string, previous: string) =>
        `${value} no es válido: los periodos van en orden y este corte debe ser posterior al anterior (${previous}).`,
      futureEvidence: (value: string, today: string) =>
        `${value} no es válido: la evidencia no puede tener una fecha futura (hoy es ${today}).`,
      evidenceBeforePlan: (value: string, year: number) =>
        `${value} no es válido: la evidencia no puede ser anterior al año del plan, ${year}.`,
      executionWentDown: (value: number, previous: number, previousFile: string) =>
        `${value} es menor que el avance de la evidencia anterior (${previous}, en ${previousFile}). Si el avance bajó de verdad, explíquelo en el campo \`nota\`.`,
    },
    nouns: {
      plan: 'planes',
      component: 'componentes del plan',
      task: 'productos del plan',
      period: 'periodos del plan',
    },
  },

  openData: {
    columns: {
      plan: 'Identificador del plan, por ejemplo 2021.',
      periodo: 'Identificador del periodo del informe, por ejemplo i-semestre.',
      corte: 'Fecha de corte del periodo (AAAA-MM-DD). Las cifras cuentan evidencias hasta ese día.',
      componenteId: 'Identificador del componente del plan.',
      componente: 'Nombre del componente del plan.',
      actividadId: 'Identificador de la actividad (parte de su dirección en el sitio).',
      actividad: 'Nombre de la actividad.',
      tareaId: 'Identificador de la tarea o producto, único en el plan.',
      tarea: 'Lo que hay que hacer.',
      producto: 'El resultado que lo prueba. Vacío si el plan no lo nombra.',
      fechaProgramada: 'Fecha en que el producto debe estar listo (AAAA-MM-DD).',
      programadaAlCorte: 'sí si la fecha programada es igual o anterior al corte: cuenta en la ejecución del periodo.',
      ejecucion: 'Ejecución al corte, de 0 a 100: la de la evidencia más reciente hasta el corte.',
      estado: 'Estado al corte: sin-iniciar, en-curso, cumplida, aplazada o vencida.',
      ejemplo: 'sí si es un dato de ejemplo que no está en el informe publicado por la entidad.',
      evidencias: 'Número de evidencias hasta el corte.',
      enlaces: 'Direcciones de las evidencias hasta el corte, separadas por " | ".',
      fecha: 'Fecha de la evidencia (AAAA-MM-DD).',
      avance: 'Ejecución de la tarea registrada en esa fecha, de 0 a 100.',
      aplazada: 'sí si la evidencia dice que la tarea se aplazó.',
      nota: 'Nota corta de la evidencia, si la tiene.',
      texto: 'Texto de la evidencia, en Markdown.',
      cifras: 'Cifras del periodo: productos, programados, ejecutados, ejecución y avance global (en %).',
    },
    files: {
      productsCsv: (period: string) => `Productos del ${period} (CSV)`,
      productsJson: (period: string) => `Productos y cifras del ${period} (JSON)`,
      evidenceCsv: 'Todas las evidencias (CSV)',
      evidenceJson: 'Todas las evidencias (JSON)',
      productsSchema: 'Esquema JSON de los archivos de productos',
      evidenceSchema: 'Esquema JSON del archivo de evidencias',
    },
  },

  ui: {
    siteTitle: 'Avance del Plan de Participación Ciudadana',
    skipLink: 'Saltar al contenido principal',
    mainNav: 'Navegación principal',
    footerNav: 'Enlaces del pie de página',
    govcoLabel: 'Portal del Estado colombiano GOV.CO',
    nav: {
      home: 'Inicio',
      plan: 'El plan',
      report: 'Informe',
      schedule: 'Cronograma',
      evidence: 'Evidencias',
      data: 'Datos abiertos',
      method: '¿Cómo se calcula?',
      glossary: 'Glosario',
      accessibility: 'Accesibilidad',
    },
    footerData: 'Las cifras se calculan con los archivos de contenido que publica la entidad.',
    contact: 'Contacto',
    contactLabels: {
      web: 'Sitio web',
      correo: 'Correo electrónico',
      telefono: 'Teléfono',
      direccion: 'Dirección',
      horario: 'Horario de atención',
    },

    percentExecuted: (period: string) => `de ejecución del ${period}`,
    percentExecutedAt: 'de ejecución de lo programado',
    progressScopes: {
      plan: { label: 'de avance global del plan', meaning: 'Cuánto se ha avanzado en todo el plan del año.' },
      component: {
        label: 'de avance del componente',
        meaning: 'Cuánto se ha avanzado en todos los productos del componente.',
      },
      activity: {
        label: 'de avance de la actividad',
        meaning: 'Cuánto se ha avanzado en todos los productos de la actividad.',
      },
    },
    percentProgress: 'de avance',
    executionDetail: (executed: number, programmed: number, date: string) =>
      `${executed} de ${programmed} ${programmed === 1 ? 'producto programado' : 'productos programados'} hasta el ${date} ${executed === 1 ? 'se ejecutó' : 'se ejecutaron'}.`,
    globalDetail: (total: number, date: string) =>
      `Promedio de ejecución de ${total === 1 ? 'el único producto' : `los ${total} productos`} al ${date}.`,
    executionMeaning: 'Cuánto de lo que debía estar listo a esa fecha está listo.',
    nothingProgrammed: (date: string) => `No había productos programados hasta el ${date}. No hay ejecución que medir.`,
    noProducts: 'Todavía no hay productos. No hay avance que medir.',
    seeProducts: (count: number) => (count === 1 ? 'Ver el producto que cuenta' : `Ver los ${count} productos que cuenta`),
    cutoffLabel: (date: string) => `Corte: ${date}`,
    asOfLabel: (date: string) => `Datos al ${date}, fecha de la información más reciente.`,
    readReport: (period: string) => `Leer el informe de avance del ${period}`,
    noReports: 'Todavía no se ha publicado ningún informe de avance de este plan.',
    noPlans: 'Todavía no hay planes publicados.',

    homeIntro: (entity: string) =>
      `${entity} publica aquí el avance de su plan de participación ciudadana, con las pruebas de cada tarea.`,
    homeByComponent: 'Avance por componente',
    homeLatestEvidence: 'Evidencias más recientes',
    homeExplore: 'Consulte más',
    homeLinks: {
      schedule: 'Cronograma mes a mes: qué estaba programado y cómo va',
      evidence: 'Todas las evidencias, de la más reciente a la más antigua',
      data: 'Datos abiertos: las cifras y las evidencias en CSV y JSON',
      method: 'Cómo se calculan las cifras, paso a paso',
    },
    allEvidence: 'Ver todas las evidencias',

    reportObjective: 'Objetivo de este informe',
    planComposition: (title: string) => `¿Cómo está compuesto el ${title}?`,
    componentCounts: (activities: number, products: number) =>
      `${activities} ${activities === 1 ? 'actividad' : 'actividades'} y ${products} ${products === 1 ? 'producto' : 'productos'}`,
    followUp: 'Seguimiento',
    followUpIntro: (date: string) => `Ejecución del plan con corte al ${date}.`,
    scheduleTitle: 'Seguimiento avances cronograma',
    scheduleIntro: (date: string) =>
      `Cada tarjeta es un producto programado hasta el ${date}: la actividad, la tarea, su ejecución y las evidencias.`,
    laterProducts: (date: string) => `Productos programados después del ${date}`,
    laterProductsIntro: 'Cuentan en el avance global del plan, pero todavía no debían estar listos en este corte.',
    frozenNote: (date: string) =>
      `Este informe muestra el plan tal como estaba el ${date}. Las evidencias posteriores no cambian sus cifras.`,

    planObjective: 'Objetivo del plan',
    planComponents: 'Componentes del plan',
    planComponentsIntro: 'El plan se organiza en componentes. Cada componente agrupa actividades, y cada actividad tiene productos.',
    planHistory: 'Avance en cada corte',
    componentTitle: (name: string) => `Componente: ${name}`,
    componentActivities: 'Actividades del componente',
    componentProducts: 'Productos del componente',
    activityFacts: 'Datos de la actividad',

    charts: {
      periodCaption: (date: string) => `Productos programados y ejecutados hasta el ${date}`,
      periodLabel: 'Gráfico de barras: productos programados y ejecutados',
      componentsCaption: (date: string) => `Ejecución y avance de cada componente al ${date}`,
      componentsLabel: 'Gráfico de barras: ejecución y avance de cada componente',
      historyCaption: 'Ejecución y avance global en cada corte publicado',
      historyLabel: 'Gráfico de barras: ejecución y avance global en cada corte',
      products: 'Productos',
      programmed: 'Programados hasta el corte',
      executed: 'Ejecutados hasta el corte',
      total: 'En todo el plan',
      execution: 'Ejecución',
      progress: 'Avance global',
      noValue: 'Sin productos programados',
    },
    semaphore: {
      legend: 'Semáforo: rojo de 0 a 59 % (bajo), amarillo de 60 a 79 % (medio), verde de 80 a 100 % (alto).',
      rojo: 'Bajo',
      amarillo: 'Medio',
      verde: 'Alto',
    },

    scheduleMonthly: 'Cronograma del plan',
    scheduleMonthlyIntro: (date: string) => `Los productos, mes a mes, según su fecha programada. Estado al ${date}.`,
    overdue: 'Vencidos o aplazados',
    overdueIntro: 'Debían estar listos y no lo están. Algunos se aplazaron: la evidencia explica por qué.',
    noOverdue: 'No hay productos vencidos ni aplazados.',
    monthProducts: (count: number) => (count === 1 ? '1 producto' : `${count} productos`),

    evidenceTitle: 'Evidencias',
    evidenceIntro: 'Las pruebas de cada tarea, de la más reciente a la más antigua.',
    filterByComponent: 'Filtrar por componente',
    filterByState: 'Filtrar por estado del producto',
    filterAll: 'Todos',
    filterResult: (count: number) =>
      count === 0
        ? 'No hay evidencias con estos filtros.'
        : count === 1
          ? 'Se encontró 1 evidencia.'
          : `Se encontraron ${count} evidencias.`,

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
    activityProgress: (date: string) => `Avance al ${date}`,
    linkKinds: { web: 'Página web', video: 'Video', documento: 'Documento' },
    postponedNote: 'Aplazada',
    exampleBadge: 'Dato de ejemplo',
    exampleActivityNote:
      'Esta actividad no aparece en el informe original. Sus productos son datos de ejemplo del segundo semestre.',
    exampleNote:
      'Este producto no aparece en el informe original. Es un dato de ejemplo del segundo semestre, incluido para completar el plan.',
    productsTerm: 'Un producto es el resultado concreto de una tarea: una publicación, un video, un registro.',
    states: {
      'sin-iniciar': 'Sin iniciar',
      'en-curso': 'En curso',
      cumplida: 'Cumplida',
      aplazada: 'Aplazada',
      vencida: 'Vencida',
    },

    method: {
      title: '¿Cómo se calculan las cifras?',
      intro: 'Todas las cifras salen de los archivos que publica la entidad. Ninguna se escribe a mano.',
      exampleIntro: (period: string, date: string) => `El ejemplo usa el informe del ${period}, con corte al ${date}.`,
      executionTitle: 'Ejecución de una tarea',
      executionRule:
        'Cada evidencia dice cuánto se había avanzado en una tarea, de 0 a 100 %. La ejecución de una tarea en un corte es la de su evidencia más reciente hasta ese día. Si no hay evidencia, es 0 %.',
      periodTitle: 'Ejecución del periodo',
      periodRule:
        'Se cuentan los productos programados hasta el corte. De ellos, se cuentan los que llegaron al 100 %. La ejecución es la división de los dos.',
      periodExample: (executed: number, programmed: number, result: string) =>
        `Ejemplo: ${executed} productos ejecutados de ${programmed} programados. ${executed} ÷ ${programmed} = ${result}.`,
      globalTitle: 'Avance global del plan',
      globalRule:
        'Se suman las ejecuciones de todos los productos del plan, también los que vencen después del corte. La suma se divide por el número de productos.',
      globalExample: (sum: number, total: number, result: string) =>
        `Ejemplo: la suma de las ejecuciones es ${sum}. ${sum} ÷ ${total} productos = ${result}.`,
      truncationTitle: 'Sin redondear hacia arriba',
      truncationRule:
        'Los porcentajes se cortan, no se redondean. 26,7 % se publica como 26 %. Así un informe nunca muestra más avance del que hay.',
      statesTitle: 'Estado de un producto',
      statesRule: 'En cada corte, cada producto tiene uno de estos estados:',
      stateRules: {
        cumplida: 'Llegó al 100 %.',
        aplazada: 'Su evidencia más reciente dice que se aplazó.',
        vencida: 'Debía estar listo en el corte y no llegó al 100 %.',
        'en-curso': 'Tiene algún avance y todavía no vence.',
        'sin-iniciar': 'No tiene avance y todavía no vence.',
      },
      semaphoreTitle: 'El semáforo',
      frozenTitle: 'Los informes no cambian',
      frozenRule:
        'Un informe solo cuenta evidencias fechadas hasta su corte. Las evidencias nuevas cambian las páginas del plan, no los informes ya publicados.',
    },

    glossary: {
      title: 'Glosario',
      intro: 'Las palabras que usa este sitio, explicadas en pocas líneas.',
      terms: [
        ['Plan de participación ciudadana', 'Lo que una entidad pública se compromete a hacer en un año para que la ciudadanía participe en su gestión.'],
        ['Componente', 'Una parte del plan. Agrupa actividades con un mismo propósito.'],
        ['Actividad', 'Una acción del plan, por ejemplo un espacio de diálogo. Se cumple con tareas y productos.'],
        ['Tarea', 'Lo que hay que hacer para cumplir la actividad.'],
        ['Producto', 'El resultado concreto de una tarea: una publicación, un video, un registro.'],
        ['Grupo de valor', 'Personas u organizaciones a las que se dirige la entidad: ciudadanía, alcaldías, gobernaciones, entre otras.'],
        ['Corte', 'Fecha en la que se mide el avance. El informe del I semestre tiene corte al 30 de junio.'],
        ['Ejecución', 'Parte de lo programado hasta un corte que ya se cumplió.'],
        ['Avance global', 'Promedio de ejecución de todos los productos del plan, incluso los que vencen después.'],
        ['Evidencia', 'La prueba de lo que se hizo: un texto, un enlace, un video o un documento, con su fecha.'],
        ['Aplazada', 'Tarea que se movió para otra fecha. La evidencia lo explica.'],
        ['Vencida', 'Tarea que debía estar lista en el corte y no lo está.'],
        ['Semáforo', 'Color que acompaña a un porcentaje: rojo de 0 a 59 %, amarillo de 60 a 79 % y verde de 80 a 100 %. Siempre va con su palabra.'],
      ] as [string, string][],
    },

    accessibility: {
      title: 'Declaración de accesibilidad',
      intro:
        'Queremos que todas las personas puedan leer este sitio, también con lector de pantalla, solo con teclado o con el texto ampliado.',
      standardTitle: 'Norma que seguimos',
      standard:
        'El sitio busca cumplir el nivel AA de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, como pide la Resolución 1519 de 2020 del Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC).',
      testedTitle: 'Cómo lo comprobamos',
      tested: [
        'Cada página publicada se revisa de forma automática con axe en el navegador Chromium, con las reglas A y AA de WCAG 2.0, 2.1 y 2.2.',
        'Cada página se prueba en pantallas de 375 y de 1.280 píxeles de ancho, sin desplazamiento horizontal.',
        'Cada gráfico tiene una tabla con los mismos datos, que se puede leer sin JavaScript.',
        'Los colores del semáforo siempre van con su palabra: el color nunca es la única señal.',
      ],
      featuresTitle: 'Qué encuentra en el sitio',
      features: [
        'Un enlace para saltar al contenido principal, al comienzo de cada página.',
        'Títulos ordenados y regiones marcadas para moverse con lector de pantalla.',
        'Foco visible al navegar con teclado.',
        'Textos en lenguaje claro y siglas explicadas.',
      ],
      limitsTitle: 'Limitaciones conocidas',
      limits:
        'Los documentos y videos enlazados como evidencia están en otros sitios. Su accesibilidad depende de quien los publica.',
      contactTitle: '¿Encontró una barrera?',
      contact: 'Cuéntenos qué página y qué problema encontró. Responderemos por el mismo medio.',
      contactFallback: 'Escríbanos por los canales de atención de la entidad.',
    },

    data: {
      title: 'Datos abiertos',
      intro: 'Las cifras y las evidencias de este plan, en archivos que cualquiera puede descargar y reutilizar.',
      csvNote:
        'Los archivos CSV usan punto y coma (;) entre columnas y UTF-8 con marca de orden de bytes: se abren bien en Excel en español. Los valores sí/no se escriben «sí» y «no».',
      licence: 'Licencia:',
      licenceNote: 'Puede usar los datos citando a la entidad como fuente.',
      download: (name: string) => `Descargar ${name}`,
      format: 'Formato',
      size: 'Tamaño',
      date: 'Datos al',
      columns: (title: string) => `Columnas de ${title}`,
      column: 'Columna',
      meaning: 'Qué contiene',
    },

    notFound: {
      title: 'No encontramos esta página',
      body: 'Puede que la dirección esté mal escrita o que la página se haya movido.',
      home: 'Ir al inicio',
    },
  },
};

export type Messages = typeof esCO;
