/**
 * Every sentence the site shows or the validation prints, in Spanish (Colombia), plain language.
 * A second language is a copy of this file with the same shape (see `Messages`).
 */

/** Long values are cut in messages: the editor only needs to recognise them in the file. */
function toShortened(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

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
    repositoryService: 'debe ser github o gitlab, en minúsculas',
    repositoryName:
      'debe ser el repositorio escrito dueño/nombre, como aparece en su dirección: dos partes separadas por una sola barra (/), con letras sin tildes, números, puntos, guiones y guiones bajos, por ejemplo enterritorio/avance-participacion',
    branch: 'debe ser el nombre de una rama del repositorio, sin espacios, sin dos puntos seguidos (..) y sin guion al comienzo, por ejemplo main',
    httpsUrl: (example: string) => `debe ser una dirección completa que empiece por https://, por ejemplo ${example}`,
    applicationId: 'debe ser el identificador de la aplicación que muestra GitLab (Application ID): letras sin tildes y números, sin espacios',
    /** Checks across the groups repositorio and editor of sitio.yaml: each says which field to change. */
    serverWithGithub:
      'el campo servidor solo se usa cuando el repositorio está en un GitLab propio de la entidad (servicio: gitlab). Si el repositorio está en GitHub, borre la línea servidor; si está en ese GitLab, escriba servicio: gitlab en el grupo repositorio',
    editorWithoutRepository:
      'el grupo editor lo necesita, porque el editor web guarda cada cambio en el repositorio del contenido. Agregue el grupo repositorio con el nombre del repositorio (por ejemplo nombre: enterritorio/avance-participacion), o borre el grupo editor',
    missingAuthentication:
      'con servicio: github (en el grupo repositorio), el editor web entra a GitHub a través de un servicio de autenticación. Escriba su dirección en el campo autenticacion del grupo editor, por ejemplo autenticacion: https://auth.entidad.gov.co, o borre el grupo editor',
    missingApplication:
      'con servicio: gitlab (en el grupo repositorio), el editor web entra con una aplicación registrada en GitLab. Escriba su identificador (Application ID) en el campo aplicacion del grupo editor, o borre el grupo editor',
    applicationWithGithub:
      'el campo aplicacion solo se usa con servicio: gitlab (en el grupo repositorio). Con GitHub, el editor web entra por el servicio del campo autenticacion: borre la línea aplicacion',
    /** A character a text may not hold (src/lib/validation/characters.ts): what it is, by its code, and where it is. */
    characters: {
      kinds: {
        null: (code: string) => `el carácter nulo (${code})`,
        tab: (code: string) => `una tabulación (${code})`,
        lineBreak: (code: string) => `un salto de línea (${code})`,
        control: (code: string) => `un carácter de control (${code})`,
        invisible: (code: string, name: string | undefined) => `un carácter invisible (${code}${name === undefined ? '' : `, ${name}`})`,
        direction: (code: string) => `un carácter invisible que cambia la dirección del texto (${code})`,
        invalid: (code: string) => `un carácter que no es válido (${code})`,
      },
      names: {
        0x200b: 'espacio de ancho cero',
        0x200c: 'separador de ancho cero',
        0x200d: 'unión de ancho cero',
        0x2060: 'unión de palabras',
        0xfeff: 'espacio de ancho cero sin separación',
      } as Record<number, string>,
      place: (before: string) => (before === '' ? 'al comienzo' : `después de «${before}»`),
    },
    refusedCharacter: (character: string) =>
      `tiene ${character}, que no se puede publicar. Suele llegar al copiar y pegar desde Word, un PDF o un correo: borre esa parte del texto y escríbala de nuevo a mano`,
    /** `meant` has, for each unknown key, the valid field it is closest to, if any. */
    unknownField: (valid: readonly string[], meant: readonly { key: string; closest: string | undefined }[]) => {
      const close = meant.filter((entry): entry is { key: string; closest: string } => entry.closest !== undefined);
      const question =
        close.length === 0
          ? ''
          : meant.length === 1
            ? ` ¿Quiso decir ${close[0]?.closest}?`
            : ` ¿Quiso decir ${close.map(({ key, closest }) => `${closest} (en lugar de ${key})`).join(' o ')}?`;
      return `este campo no existe; revise cómo está escrito.${question} Los campos válidos aquí son: ${valid.join(', ')}`;
    },
    object: (fields: readonly string[]) =>
      `debe ser un grupo de campos con sangría (${fields.join(', ')}), cada uno en su propia línea`,
    reservedId: (word: string) =>
      `no puede ser «${word}»: esa palabra está reservada para las direcciones de las páginas propias del sitio. Use otro identificador`,
    order: 'debe ser un número entero desde 1, por ejemplo 3',
    count: 'debe ser un número entero desde 0',
    answeredWithoutReceived:
      'respondidos dice cuántos de los aportes recibidos se respondieron, y falta aportes. Escriba también cuántos aportes se recibieron, por ejemplo aportes: 12, o borre la línea respondidos',
    answeredOverReceived: (answered: number, received: number) =>
      `${answered} es más que los aportes recibidos (aportes: ${received}): no se pueden responder más aportes de los que llegaron. Corrija respondidos, o aportes si llegaron más`,
    publishedProducts:
      'debe ser una lista de productos, uno por línea: el identificador de la tarea, dos puntos y su registro, por ejemplo elaborar-video: { componente: dialogo, programado: true, ejecucion: 100 }',
    errataProduct:
      'debe ser el registro corregido del producto, por ejemplo { componente: dialogo, programado: true, ejecucion: 100 }, o la palabra retirado',
    reprogrammingReason:
      'debe decir en una frase, de una línea, por qué cambió la fecha, por ejemplo «Las alcaldías pidieron pasar el encuentro después de sus consejos de gobierno.»: la ciudadanía lo lee junto a la tarea',
    /** `previousPosition` counts from 1: the item before this one. */
    reprogrammingOutOfOrder: (sameDay: boolean, previous: string, previousPosition: number) =>
      sameDay
        ? `es el mismo día de la decisión del elemento ${previousPosition}: con dos cambios decididos el mismo día no se sabe cuál rige. Deje solo el último y borre el otro elemento`
        : `es anterior a la decisión del elemento ${previousPosition} (${previous}): las reprogramaciones van de la decisión más antigua a la más reciente. Mueva este elemento antes del ${previousPosition}, o corrija la fecha de decisión`,
    /** `first`: the date in force is the original `programada`, not an earlier reprogramming's. */
    reprogrammingSameDate: (first: boolean) =>
      `es la misma fecha que ${first ? 'la programada original (campo programada)' : 'la de la reprogramación anterior'}: así la fecha no cambia. Escriba la nueva fecha, o borre esta reprogramación`,
    reprogrammingBeforeDecision: (decision: string) =>
      `es anterior a la decisión (${decision}): una tarea no se reprograma hacia atrás, porque eso la sacaría de cortes que ya pasaron. Escriba una fecha igual o posterior a la decisión; si la decisión fue otro día, corrija decision`,
    repeatedId: (firstPosition: number) =>
      `ya lo usa el elemento ${firstPosition} de esta lista; cada elemento debe tener un id distinto`,
  },

  /**
   * What each frontmatter field means, for editors: shown in VS Code when they hover a field,
   * in the field reference of CONTRIBUTING.md and in the comments of files made by `npm run nuevo`.
   */
  fields: {
    site: {
      entidad: 'Nombre de la entidad que publica el plan, por ejemplo ENTerritorio.',
      lema: 'Frase corta que aparece bajo el nombre de la entidad.',
      logo: 'Logo de la entidad: una imagen guardada en public/ y su texto alternativo.',
      color: 'Color principal (#rrggbb) del encabezado y los enlaces. Debe ser oscuro para que el texto blanco se lea.',
      govco: 'true muestra la barra superior GOV.CO que usan las entidades públicas de Colombia.',
      contacto: 'Datos de contacto que aparecen al pie de cada página.',
      licencia: 'Licencia de los datos abiertos: su nombre y la dirección de su texto. Si se omite: CC BY 4.0.',
      repositorio:
        'Dónde se guardan y se editan los archivos de contenido: el repositorio en GitHub o GitLab. Con él, cada actividad, evidencia e informe lleva un enlace «Editar esta página».',
      editor: 'Cómo entra el equipo de la entidad al editor web (en /admin/). Necesita el grupo repositorio.',
    },
    repository: {
      servicio: 'Dónde está el repositorio: github o gitlab.',
      nombre: 'El repositorio, escrito dueño/nombre como aparece en su dirección, por ejemplo enterritorio/avance-participacion.',
      rama: 'Rama del repositorio de la que se publica el sitio, por ejemplo main.',
      servidor: 'Solo si el repositorio está en un GitLab propio de la entidad: su dirección, por ejemplo https://gitlab.entidad.gov.co. Si se omite, es gitlab.com.',
    },
    editor: {
      autenticacion:
        'Obligatorio si el repositorio está en GitHub: dirección del servicio de autenticación que deja entrar al editor web con una cuenta de GitHub, por ejemplo https://auth.entidad.gov.co.',
      aplicacion:
        'Obligatorio si el repositorio está en GitLab: identificador (Application ID) de la aplicación registrada en GitLab para entrar al editor web.',
    },
    logo: {
      src: 'Ruta de la imagen dentro de public/, empezando por /, por ejemplo /logo.svg.',
      alt: 'Lo que dice el logo, para quien no puede verlo, por ejemplo "Logo de ENTerritorio".',
    },
    contact: {
      web: 'Sitio web de la entidad, por ejemplo https://www.enterritorio.gov.co.',
      correo: 'Correo para la ciudadanía, por ejemplo participacion@entidad.gov.co.',
      telefono: 'Línea de atención, escrita como se marca.',
      direccion: 'Dirección de la sede principal.',
      horario: 'Horario de atención a la ciudadanía.',
    },
    licence: {
      nombre: 'Nombre de la licencia, por ejemplo "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)".',
      url: 'Dirección del texto de la licencia.',
    },
    plan: {
      titulo: 'Título del plan como se publica, por ejemplo "Plan de Participación Ciudadana 2021".',
      anio: 'Año que cubre el plan, por ejemplo 2021.',
      objetivo: 'Objetivo del plan, en lenguaje claro.',
      componentes: 'Componentes del plan (sus grandes líneas de trabajo), en el orden en que el plan los presenta.',
      periodos: 'Periodos de informe (cortes), del más antiguo al más reciente.',
      dependencias:
        'Dependencias de la entidad responsables de las actividades (por ejemplo una oficina o un grupo de trabajo), cada una con id y nombre. Si se omite, el sitio no muestra dependencias.',
    },
    unit: {
      id: 'Identificador corto de la dependencia; las actividades y las tareas lo usan en su campo dependencia. Por ejemplo comunicaciones.',
      nombre: 'Nombre de la dependencia como lo publica la entidad, por ejemplo "Grupo de Comunicaciones".',
    },
    component: {
      id: 'Identificador corto del componente; las actividades lo usan en su campo componente. Por ejemplo dialogo.',
      nombre: 'Nombre del componente como lo publica el plan.',
      descripcion: 'Explicación corta, en lenguaje claro, de lo que cubre el componente.',
    },
    period: {
      id: 'Identificador corto del periodo, que va en la dirección de su informe. Por ejemplo i-semestre.',
      nombre: 'Nombre del periodo como lo lee la ciudadanía, por ejemplo "I semestre".',
      corte: 'Fecha de corte (AAAA-MM-DD): cuentan las evidencias de ese día o de antes.',
      publicacion: 'Fecha (AAAA-MM-DD) en que se publicó o se publicará el informe del periodo.',
    },
    activity: {
      plan: 'Identificador del plan: el nombre de su archivo en content/planes, por ejemplo 2021.',
      componente: 'Identificador de uno de los componentes del plan, por ejemplo dialogo.',
      nombre: 'Nombre de la actividad como lo publica el plan.',
      orden: 'Posición de la actividad en la lista del plan (1, 2, 3…). Sin este campo, va al final, por nombre.',
      responsable: 'Dependencia responsable de la actividad, en texto libre, si el plan no tiene lista de dependencias. Si la tiene, use el campo dependencia.',
      dependencia: 'Identificador de una de las dependencias del plan (lista dependencias del archivo del plan): la responsable de las tareas de la actividad. Por ejemplo comunicaciones.',
      grupos: 'Grupos de valor: las personas y organizaciones a las que se dirige la actividad. Uno por línea.',
      canal: 'Canal o espacio donde ocurre, por ejemplo "Portal web institucional".',
      tareas: 'Tareas y productos de la actividad. Cada una empieza con un guion (-).',
    },
    task: {
      id: 'Identificador de la tarea, único en el plan; las evidencias lo usan en su campo tarea. Por ejemplo publicar-plan.',
      tarea: 'Lo que se hace, por ejemplo "Publicar el Plan de Participación Ciudadana".',
      producto: 'El producto: el resultado concreto que lo demuestra (una publicación, un video, un registro), si el plan lo nombra.',
      programada:
        'Fecha (AAAA-MM-DD) en que el producto debía estar listo según el plan. Cuenta como programado en cada corte desde esa fecha. No se cambia nunca: si la entidad decide otra fecha, agréguela en reprogramaciones.',
      reprogramaciones:
        'Cambios de la fecha programada, del más antiguo al más reciente. Cada uno con la nueva fecha, el día en que se decidió y el motivo. Cada corte usa la fecha vigente ese día.',
      ejemplo: 'true cuando el producto es un dato de ejemplo que no está en el informe publicado por la entidad.',
      dependencia: 'Identificador de la dependencia responsable de esta tarea, solo si no es la de la actividad.',
    },
    reprogramming: {
      fecha: 'Nueva fecha programada (AAAA-MM-DD). Debe ser distinta de la que regía y no puede ser anterior a la decisión.',
      decision:
        'Fecha (AAAA-MM-DD) en que la entidad decidió el cambio. Desde ese día rige la nueva fecha; los cortes anteriores siguen contando la fecha que regía entonces.',
      motivo: 'Por qué cambió la fecha, en una frase. Se publica junto a la tarea.',
    },
    evidence: {
      plan: 'Identificador del plan, por ejemplo 2021.',
      tarea: 'Identificador de la tarea de la que esta evidencia da cuenta (campo id de la tarea en su actividad).',
      fecha: 'Fecha de la evidencia (AAAA-MM-DD). Cuenta en cada corte desde esa fecha. No puede ser futura.',
      avance: 'Ejecución de la tarea a esa fecha: un número entero de 0 a 100, sin el signo %. Para llegar a 100 hace falta al menos un enlace.',
      aplazada: 'true cuando la tarea quedó aplazada en esa fecha.',
      nota: 'Nota corta, por ejemplo por qué se aplazó la tarea o por qué bajó su ejecución.',
      enlaces: 'Enlaces a la prueba: páginas web, videos o documentos. Cada uno empieza con un guion (-).',
      participacion:
        'Resultados de la participación que documenta esta evidencia, si la entidad los contó: personas, grupos de valor alcanzados, aportes recibidos y aportes respondidos. Todos sus campos son opcionales.',
    },
    participation: {
      personas: 'Número de personas que participaron (asistieron, se conectaron o respondieron la encuesta).',
      grupos:
        'Grupos de valor alcanzados: las personas u organizaciones a las que se dirige la actividad (por ejemplo Alcaldías). Escriba cada uno igual que en la lista grupos de la actividad, uno por línea.',
      aportes: 'Número de aportes recibidos: las preguntas, propuestas, comentarios o quejas que hizo la ciudadanía.',
      respondidos: 'Cuántos de esos aportes ya tienen respuesta de la entidad. No puede ser mayor que aportes. Si falta, ninguno cuenta como respondido.',
    },
    link: {
      url: 'Dirección: https://…, http://…, mailto:… o un archivo de este sitio que empieza por / (por ejemplo /documentos/2021/acta.pdf, guardado en public/documentos/2021/).',
      texto: 'Texto del enlace, que diga a dónde lleva, por ejemplo "Video del espacio de diálogo en YouTube".',
      tipo: 'Tipo de enlace: web, video o documento.',
    },
    report: {
      plan: 'Identificador del plan, por ejemplo 2021.',
      periodo: 'Identificador de uno de los periodos del plan, por ejemplo i-semestre.',
      titulo: 'Título del informe, por ejemplo "Informe de avance I semestre".',
      objetivo: 'Objetivo del informe, como se publicó.',
      cifras:
        'Las cifras que publicó el informe. Las escribe `npm run nuevo -- informe` al cerrar el periodo (o se copian del mensaje de la revisión). No se cambian a mano: para corregirlas, agregue una fe de erratas.',
      productos:
        'Cada producto que cuenta el informe, como se publicó: su componente, si estaba programado hasta el corte y su ejecución al corte. Se escribe junto con `cifras`.',
      erratas:
        'Fe de erratas: correcciones con fecha y motivo, de la más antigua a la más reciente. Es la única forma de cambiar una cifra publicada; el informe muestra la cifra corregida junto a la anterior.',
    },
    publishedFigures: {
      ejecucion: 'Ejecución del periodo (%): productos ejecutados ÷ programados, sin redondear hacia arriba. Falta si no había productos programados.',
      avance: 'Avance global del plan al corte (%). Falta si el plan no tenía productos.',
      programados: 'Número de productos programados hasta el corte.',
      ejecutados: 'Número de productos programados que llegaron al 100 % hasta el corte.',
      productos: 'Número de productos que cuenta el informe.',
    },
    publishedProduct: {
      componente: 'Identificador del componente del producto.',
      programado: 'true si el producto estaba programado hasta el corte.',
      ejecucion: 'Ejecución del producto al corte, de 0 a 100.',
    },
    errata: {
      fecha: 'Fecha de la corrección (AAAA-MM-DD), igual o posterior al corte del informe.',
      motivo: 'Por qué se corrige el informe, en lenguaje claro. Se publica junto a las cifras corregidas.',
      productos:
        'Los productos que cambian, cada uno con su registro corregido (componente, programado, ejecucion), o `retirado` para sacarlo del informe.',
    },
  },

  /** The web editor at /admin/ (Decap CMS): its collections, field labels and messages. */
  editor: {
    pageTitle: 'Editor del plan',
    /** Decap CMS fills in {{collection}}, {{slug}} and {{path}}. */
    commitMessages: {
      create: 'Crear {{collection}} «{{slug}}»',
      update: 'Actualizar {{collection}} «{{slug}}»',
      delete: 'Borrar {{collection}} «{{slug}}»',
      uploadMedia: 'Subir «{{path}}»',
      deleteMedia: 'Borrar «{{path}}»',
    },
    collections: {
      evidencias: { label: 'Evidencias', singular: 'evidencia', description: 'Una evidencia por cada avance de una tarea: su fecha, su ejecución y la prueba.' },
      actividades: { label: 'Actividades', singular: 'actividad', description: 'Las actividades del plan y sus tareas (productos), con la fecha en que cada una debe estar lista.' },
      informes: { label: 'Informes', singular: 'informe', description: 'El informe de cada periodo. Crear uno cierra el periodo: sus cifras quedan fijas.' },
      planes: { label: 'Planes', singular: 'plan', description: 'Cada plan: sus componentes y sus periodos de informe (cortes).' },
    },
    /** Labels of the form fields, by the frontmatter key editors see in the files. */
    labels: {
      plan: 'Plan',
      componente: 'Componente',
      nombre: 'Nombre',
      orden: 'Orden en el plan',
      responsable: 'Responsable (texto libre)',
      dependencia: 'Dependencia responsable',
      dependencias: 'Dependencias',
      dependenciaItem: 'dependencia',
      grupos: 'Grupos de valor',
      grupo: 'Grupo de valor',
      canal: 'Canal',
      tareas: 'Tareas y productos',
      tareaItem: 'tarea',
      id: 'Identificador',
      tarea: 'Tarea',
      producto: 'Producto',
      programada: 'Programada para',
      reprogramaciones: 'Reprogramaciones',
      reprogramacionItem: 'reprogramación',
      decision: 'Decidida el',
      motivo: 'Motivo',
      ejemplo: 'Dato de ejemplo',
      fecha: 'Fecha',
      avance: 'Ejecución (%)',
      aplazada: 'La tarea quedó aplazada',
      nota: 'Nota',
      enlaces: 'Enlaces a la prueba',
      enlaceItem: 'enlace',
      url: 'Dirección o documento',
      texto: 'Texto del enlace',
      tipo: 'Tipo',
      periodo: 'Periodo',
      titulo: 'Título',
      objetivo: 'Objetivo',
      anio: 'Año',
      componentes: 'Componentes',
      componenteItem: 'componente',
      periodos: 'Periodos de informe',
      periodoItem: 'periodo',
      descripcion: 'Descripción',
      corte: 'Fecha de corte',
      publicacion: 'Fecha de publicación',
      participacion: 'Resultados de la participación',
      personas: 'Personas que participaron',
      aportes: 'Aportes recibidos',
      respondidos: 'Aportes respondidos',
      body: 'Texto',
    },
    linkKinds: { web: 'Página web', video: 'Video', documento: 'Documento' },
    bodyHints: {
      evidencias: 'Qué se hizo, cuándo y con quién, en una o dos frases. Los botones Video, Documento y Nota agregan esos componentes.',
      actividades: 'Qué es la actividad, en lenguaje claro.',
      informes: 'Introducción del informe, si la tiene.',
    },
    hints: {
      tarea: 'Escriba parte del identificador, del producto o del nombre de la actividad y elija la tarea de la lista.',
      componente: 'Elija uno de los componentes del plan.',
      dependencia: 'Elija una de las dependencias del plan. Si no está, agréguela primero en el plan (Planes › Dependencias).',
      dependenciaTarea: 'Solo si la responsable de esta tarea no es la dependencia de la actividad.',
      periodo: 'Elija uno de los periodos del plan. Si el periodo no está, agréguelo primero en el plan (Planes › Periodos de informe).',
      url: 'Suba un documento (quedará en public/documentos/<plan>/) o escriba una dirección que empiece por https://.',
      aplazada: 'Actívelo si la tarea quedó aplazada en esa fecha. Entonces escriba en la nota por qué.',
      ejemplo: 'Actívelo solo si el producto es un dato de ejemplo que no está en el informe publicado por la entidad.',
      enlaces: 'Las pruebas: páginas web, videos o documentos. Para llegar a 100 % hace falta al menos uno.',
      tareas: 'Las tareas y productos de la actividad, cada una con la fecha en que debe estar lista.',
      reprogramaciones:
        'Si la entidad decidió otra fecha para esta tarea, no cambie «Programada para»: agregue aquí la nueva fecha, el día de la decisión y el motivo.',
      grupos: 'Las personas y organizaciones a las que se dirige la actividad, una por casilla.',
      participationGroups:
        'Los grupos de valor que se alcanzaron, uno por casilla, escritos igual que en la lista de grupos de valor de la actividad.',
    },
    /** The date pattern the form shows and writes: the one validation accepts. */
    datePattern: 'YYYY-MM-DD',
    postponedNeedsNote: 'Escriba por qué se aplazó la tarea: la ciudadanía lo lee junto a la tarea.',
    unreadableFile:
      'Este archivo tiene un error de escritura (YAML) que el editor no puede corregir sin borrar parte de él. Ábralo en GitHub, corríjalo como dice la revisión automática y vuelva al editor.',
    documentName: (name: string, allowed: string | undefined) =>
      `El documento «${name}» tiene un nombre que el sitio no publica: solo minúsculas sin tildes, números y guiones.${allowed ? ` Cámbiele el nombre en su computador a «${allowed}»` : ' Cámbiele el nombre en su computador'}, súbalo de nuevo y quite el anterior de la lista de archivos.`,
    documentType: (name: string) =>
      `El archivo «${name}» no se puede publicar: el sitio publica documentos (PDF, Word, Excel, PowerPoint, texto), imágenes, audio y video, no páginas web ni programas. Súbalo en otro formato, por ejemplo PDF.`,
    identifier: 'Use solo minúsculas sin tildes, números y guiones, por ejemplo publicar-plan.',
    components: {
      Video: { label: 'Video', url: 'Dirección del video (https://…)', titulo: 'Título del video' },
      Documento: { label: 'Documento', url: 'Documento o dirección', titulo: 'Título del documento' },
      Nota: { label: 'Nota', titulo: 'Título de la nota (opcional)', body: 'Texto de la nota' },
    },
    record: {
      missing: (plan: string, period: string) =>
        `No hay cifras para cerrar el periodo «${period}» del plan ${plan}: el periodo no está en el plan publicado, ya tiene informe o su fecha de corte todavía no llega. Si falta, agréguelo primero en el plan (Planes › Periodos de informe), espere a que ese cambio se publique y vuelva a crear el informe.`,
    },
    notConfigured: {
      title: 'El editor web no está activado',
      body: 'Para editar el plan desde el navegador, quien administra el sitio debe indicar el repositorio y el inicio de sesión en content/sitio.yaml (campos repositorio y editor). Mientras tanto, el contenido se edita en GitHub: vea la guía para quienes publican.',
      site: 'Volver al sitio',
    },
    noScript: 'El editor necesita JavaScript. Actívelo en su navegador o edite los archivos en GitHub.',
    /**
     * Phrases of the editor's interface that Decap CMS's own Spanish leaves in English, in its
     * keys (decap-cms-locales); the rest comes from its Spanish.
     */
    interface: {
      collection: {
        sidebar: { allCollections: 'Todas las colecciones', searchIn: 'Buscar en' },
        collectionTop: {
          viewAsList: 'Ver como lista',
          viewAsGrid: 'Ver como cuadrícula',
          searchResults: 'Resultados de «%{searchTerm}»',
          searchResultsInCollection: 'Resultados de «%{searchTerm}» en %{collection}',
          filterBy: 'Filtrar por',
          groupBy: 'Agrupar por',
        },
        entries: { unpublishedHeader: 'Cambios sin publicar' },
        groups: { other: 'Otros', negateLabel: 'No %{label}' },
      },
      editor: {
        editorControl: { field: { widgetLabel: 'campo %{widgetLabel}' } },
        editorControlPane: { widget: { invalidPath: '«%{path}» no es una ruta válida', pathExists: 'La ruta «%{path}» ya existe' } },
        editorInterface: { togglePreview: 'Mostrar u ocultar la vista previa', toggleScrollSync: 'Desplazamiento sincronizado' },
        editorToolbar: {
          statusInfoTooltipDraft: 'El cambio está en borrador. Para enviarlo a revisión, cambie su estado a «En revisión».',
          statusInfoTooltipInReview: 'El cambio está en revisión; no hace falta nada más. Todavía puede corregirlo mientras lo revisan.',
        },
        editorWidgets: {
          markdown: {
            bold: 'Negrita',
            italic: 'Cursiva',
            strikethrough: 'Tachado',
            code: 'Código',
            link: 'Enlace',
            linkPrompt: 'Escriba la dirección del enlace',
            headings: 'Títulos',
            quote: 'Cita',
            bulletedList: 'Lista con viñetas',
            numberedList: 'Lista numerada',
            addComponent: 'Agregar Video, Documento o Nota',
            toggleMode: { rich: 'Cambiar a texto enriquecido', markdown: 'Cambiar a Markdown' },
          },
          image: {
            chooseMultiple: 'Elegir imágenes',
            chooseUrl: 'Escribir una dirección',
            replaceUrl: 'Cambiar por una dirección',
            promptUrl: 'Escriba la dirección de la imagen',
            addMore: 'Agregar más imágenes',
            removeAll: 'Quitar todas las imágenes',
          },
          file: {
            chooseUrl: 'Escribir una dirección',
            chooseMultiple: 'Elegir archivos',
            replaceUrl: 'Cambiar por una dirección',
            promptUrl: 'Escriba la dirección (https://…) o la ruta del documento en el sitio (/documentos/…)',
            addMore: 'Agregar más archivos',
            removeAll: 'Quitar todos los archivos',
          },
          datetime: { setToNow: 'Poner la fecha de hoy en %{fieldLabel}' },
          list: { add: 'Agregar %{item}', addType: 'Agregar %{item}' },
          object: { expand: 'Mostrar', collapse: 'Ocultar' },
        },
      },
      mediaLibrary: {
        mediaLibraryCard: { copy: 'Copiar', copyUrl: 'Copiar dirección', copyPath: 'Copiar ruta', copyName: 'Copiar nombre', copied: 'Copiado' },
        mediaLibraryModal: { close: 'Cerrar' },
      },
      ui: {
        settingsDropdown: { account: 'Opciones de la cuenta' },
        toast: {
          onLoggedOut: 'Su sesión terminó. Copie lo que estaba escribiendo e inicie sesión de nuevo.',
          onBackendDown: 'El servicio del repositorio tiene una falla. Vea %{details} para más información.',
        },
      },
    },
    /** `npm run editor`, in the terminal. */
    local: {
      started: (url: string, folder: string) =>
        `Editor local: abra ${url} y pulse «Iniciar sesión» (no pide contraseña). Lo que guarde se escribe en ${folder}/content y ${folder}/public: luego proponga el cambio como siempre, en una propuesta (pull request). Para terminar, Ctrl+C.`,
      folders: 'El editor local necesita las carpetas content/ y public/ una al lado de la otra (CONTENT_DIR y PUBLIC_DIR).',
      badProxy: (value: string) => `EDITOR_LOCAL debe ser la dirección del servidor local del editor, por ejemplo http://127.0.0.1:8081/api/v1 (es: ${value}).`,
      startedWithReviews: (url: string, folder: string, branch: string) =>
        `Editor local con propuestas: abra ${url} y pulse «Iniciar sesión». Cada cambio que guarde queda en su propia rama de git en ${folder} (como una propuesta en GitHub), en la pestaña «Flujo Editorial»; solo «Publicar» lo une a la rama ${branch}. Para terminar, Ctrl+C.`,
      notClean:
        'Para ensayar las propuestas, la carpeta no puede tener cambios sin confirmar (git status): lo que no esté confirmado entraría en el primer cambio que se guarde. Confírmelos o guárdelos aparte (git stash) y vuelva a empezar.',
    },
  },

  /** The field reference generated into CONTRIBUTING.md from the schemas. */
  reference: {
    columns: ['Campo', '¿Obligatorio?', 'Valor', 'Qué escribir'],
    required: 'Sí',
    optional: 'No',
    optionalWithDefault: (value: string) => `No. Si falta: ${value}`,
    noneByDefault: 'No. Si falta: ninguno',
    types: {
      text: 'texto',
      identifier: 'identificador: minúsculas sin tildes, números y guiones',
      date: 'fecha AAAA-MM-DD',
      email: 'correo electrónico',
      boolean: '`true` (sí) o `false` (no)',
      integer: 'número entero',
      integerRange: (min: number, max: number) => `número entero de ${min} a ${max}`,
      integerFrom: (min: number) => `número entero desde ${min}`,
      address: 'dirección web (https://…), correo (mailto:…) o ruta de este sitio (/…)',
      httpsAddress: 'dirección web que empieza por https://',
      repository: 'repositorio: dueño/nombre',
      oneOf: (values: string[]) => `uno de: ${values.map((value) => `\`${value}\``).join(', ')}`,
      textList: 'lista de textos, uno por línea con guion (-)',
      objectList: 'lista; cada elemento empieza con guion (-) y tiene los campos de abajo',
      object: 'grupo con los campos de abajo',
      map: (words: readonly string[]) =>
        `una línea por producto: el identificador de la tarea, dos puntos y sus campos entre llaves { }${words.map((word) => `, o \`${word}\``).join('')}`,
    },
    mapKey: '<tarea>',
    files: {
      sitio: { title: 'La entidad y el sitio', path: 'content/sitio.yaml' },
      planes: { title: 'Un plan', path: 'content/planes/<año>.yaml' },
      actividades: { title: 'Una actividad y sus tareas', path: 'content/actividades/<plan>/<nombre-corto>.mdx' },
      evidencias: { title: 'Una evidencia', path: 'content/evidencias/<plan>/<fecha>-<nombre-corto>.mdx' },
      informes: { title: 'El informe de un periodo', path: 'content/informes/<plan>/<periodo>.mdx' },
    },
  },

  /** `npm run nuevo`: the questions it asks and what it answers. */
  scaffold: {
    exampleLinkText: 'Acta de la reunión',
    exampleNote: 'Se aplazó porque…',
    exampleOffice: 'Oficina de Comunicaciones',
    exampleChannel: 'Portal web institucional',
    exampleGroup: 'Ciudadanía en general',
    exampleProduct: 'Registro de publicación',
    /** Values of the example command printed when answers are missing: the editor replaces them. */
    exampleUrl: 'https://…',
    exampleEvidenceText: 'Qué se hizo, en una o dos frases.',
    exampleActivityName: 'Nombre de la actividad',
    exampleActivityText: 'De qué se trata la actividad.',
    exampleTaskName: 'Lo que se hace',
    exampleLowerNote: 'Bajó porque…',
    kinds: {
      evidencia: 'lo que se hizo en una tarea, con su fecha, su ejecución y los enlaces a la prueba',
      actividad: 'una actividad nueva del plan, con su primera tarea',
      informe: 'el informe de un periodo que terminó: fija sus cifras (y agrega el periodo al plan si falta)',
      errata: 'una fe de erratas: corrige, con fecha y motivo, las cifras de un informe ya publicado',
    },
    kindOption: (word: string, description: string) => `${word}: ${description}`,
    askKind: '¿Qué quiere crear?',
    choosePlan: '¿De qué plan?',
    chooseTask: '¿De qué tarea o producto es la evidencia?',
    chooseComponent: '¿En qué componente del plan va la actividad?',
    askChoice: (max: number) => `Escriba el número (del 1 al ${max}) o el identificador: `,
    askSearch: (count: number) =>
      `Hay ${count} opciones. Escriba una parte del nombre o del identificador para buscar: `,
    askChoiceOrSearch: (max: number) =>
      `Escriba el número (del 1 al ${max}) o el identificador; Enter para buscar otra vez: `,
    noMatches: (query: string) => `Ninguna opción contiene «${query}». Pruebe con otra palabra.`,
    tooManyMatches: (count: number) => `${count} opciones contienen esas palabras: escriba algo más preciso.`,
    invalidChoice: (max: number) => `Escriba un número del 1 al ${max}, o uno de los identificadores de la lista.`,
    unknownChoice: (value: string, valid: readonly string[]) =>
      `"${value}" no está entre las opciones. ${valid.length > 20 ? 'Ejecute npm run nuevo sin esta opción para ver la lista y buscar en ella.' : `Escriba una de estas: ${valid.join(', ')}.`}`,
    option: (name: string, id: string) => `${name} (${id})`,
    taskOption: (id: string, name: string, activity: string, date: string) =>
      `${id}: ${name}\n   Actividad: ${activity}. Programada para el ${date}.`,
    askDateAtCutoff: (date: string, period: string) =>
      `Fecha de la evidencia, AAAA-MM-DD (Enter para ${date}, el corte del ${period}): `,
    askDatePlanEnd: (date: string, year: number) =>
      `Fecha de la evidencia, AAAA-MM-DD (Enter para ${date}, el último día del plan ${year}): `,
    askDateToday: (date: string) => `Fecha de la evidencia, AAAA-MM-DD (Enter para hoy, ${date}): `,
    dateHint: (date: string, spoken: string) => `¿Quiso decir el ${spoken}? Escríbalo así: ${date}.`,
    reportedPeriod: (period: string, cutoff: string) =>
      `Atención: el informe del ${period} (corte al ${cutoff}) ya está publicado, y esta fecha cae en él. Si la evidencia cambia sus cifras, el archivo no se podrá crear.`,
    askPercent: 'Ejecución de la tarea a esa fecha, de 0 a 100: ',
    askPercentAfter: (date: string, previous: number) =>
      `Ejecución de la tarea a esa fecha, de 0 a 100 (la evidencia anterior, del ${date}, dice ${previous}): `,
    askPostponed: '¿La tarea quedó aplazada? (s/N): ',
    yesOrNo: 'Responda s (sí) o n (no).',
    askPostponedNote: '¿Por qué se aplazó? Escriba una nota corta: ',
    askLowerNote: (value: number, previous: number) =>
      `La ejecución baja de ${previous} a ${value}. Explique por qué en una nota corta: `,
    notePostponed: 'Falta la nota: cuando una tarea queda aplazada, la nota dice por qué.',
    noteLower: 'Falta la nota: cuando la ejecución de una tarea baja, la nota dice por qué.',
    askLinkUrl: 'Enlace a la prueba (https://… o /documentos/…). Enter si no tiene: ',
    askProofUrl: 'Enlace a la prueba (https://… o /documentos/…), obligatorio para llegar a 100: ',
    proofRequired:
      'Falta un enlace: una tarea solo llega a 100 con una prueba que la ciudadanía pueda abrir (la dirección de la publicación, o un archivo guardado en public/documentos).',
    askAnotherLink: 'Otro enlace (Enter para terminar): ',
    askLinkText: 'Texto del enlace, que diga a dónde lleva: ',
    askLinkKind: (kind: string) => `Tipo de enlace: web, video o documento (Enter para ${kind}): `,
    askEvidenceText: 'En una o dos frases, ¿qué se hizo? ',
    askActivityName: 'Nombre de la actividad, como lo publica el plan: ',
    askActivityText: 'En una o dos frases, ¿de qué se trata la actividad? ',
    askTaskName: 'Primera tarea: ¿qué se hace? ',
    askTaskProduct: 'Producto que lo demuestra (Enter si el plan no lo nombra): ',
    askTaskDate: 'Fecha programada del producto, AAAA-MM-DD: ',
    noLetters: (value: string) => `"${value}" no es válido; debe tener al menos una letra o un número.`,
    taskIdTaken: (id: string, file: string) =>
      `Con ese nombre, el identificador de la tarea sería ${id}, y ya lo usa otra tarea del plan (en ${file}). Escriba un nombre distinto.`,
    required: 'Esta respuesta es obligatoria.',
    badFlag: (flag: string, problem: string) => `--${flag}: ${problem}`,
    badAnswer: (question: string, problem: string) => `Respuesta a «${question.trim()}»: ${problem}`,
    noPlans: 'No hay planes en content/planes. Cree primero el archivo del plan.',
    unknownKind: (word: string) => `"${word}" no es algo que npm run nuevo sepa crear.`,
    unknownOption: (name: string) => `La opción --${name} no existe.`,
    badOptionForm: (name: string) =>
      `La opción --${name} está mal escrita: --aplazada va sola, y las demás llevan su valor después de un igual, por ejemplo --fecha=2021-06-30.`,
    extraWords: (words: string) =>
      `Sobra «${words}». Si es parte de un valor con espacios, escriba el valor entre comillas, por ejemplo --descripcion="Se publicó el video."`,
    repeatedOption: (name: string) => `La opción --${name} está escrita más de una vez; escríbala una sola vez.`,
    linkOptionAlone: (name: string) => `--${name} va con un --enlace: escriba primero --enlace=… y después --${name}=….`,
    linkOptionRepeated: (name: string, url: string) =>
      `--${name} está escrita dos veces para el enlace ${url}: cada --enlace lleva un solo --${name}, escrito después de él.`,
    missingKind: (kinds: readonly string[]) => `una de estas palabras: ${kinds.slice(0, -1).join(', ')} o ${kinds.at(-1)}`,
    notWrittenProblems: 'No se creó ningún archivo:',
    notWrittenWithoutTerminal:
      'No se creó ningún archivo. Sin una terminal, npm run nuevo no puede preguntar: todo lo necesario debe llegar en el comando.',
    missing: (items: readonly string[]) => `Falta: ${items.join(', ')}.`,
    unread: 'Después de una respuesta rechazada, las siguientes no se leen: corríjala y envíelas todas de nuevo, o use el comando de abajo.',
    exampleCommand: 'Escriba el comando completo; por ejemplo (cambie los valores de ejemplo por los verdaderos):',
    retryCommand: 'Para intentarlo de nuevo sin volver a escribir todo, corrija lo necesario en este comando:',
    cancelled: 'Se canceló: no se creó ningún archivo.',
    written: (path: string) => `Listo: se creó ${path}. Revíselo, complételo y ejecute npm run validar.`,
    updated: (path: string) => `Listo: se actualizó ${path}. Revise el cambio y ejecute npm run validar.`,
    choosePeriod: '¿Qué periodo cierra este informe?',
    periodOption: (name: string, id: string, cutoff: string) => `${name} (${id}), corte al ${cutoff}`,
    newPeriodOption: 'Un periodo nuevo, que todavía no está en el plan',
    askPeriodName: 'Nombre del periodo, como lo lee la ciudadanía (por ejemplo II semestre): ',
    examplePeriodName: 'II semestre',
    askPeriodId: (suggested: string) => `Identificador del periodo, que va en la dirección del informe (Enter para ${suggested}): `,
    periodTaken: (id: string) => `El plan ya tiene un periodo ${id}. Escriba otro identificador.`,
    askCutoff: 'Fecha de corte del periodo, AAAA-MM-DD (cuentan las evidencias de ese día o de antes): ',
    cutoffInFuture: (date: string, today: string) =>
      `El corte (${date}) todavía no llega (hoy es ${today}): el informe de un periodo se publica después de su corte.`,
    cutoffOutsideYear: (year: number) => `El corte debe caer en el año del plan, ${year}.`,
    cutoffNotAfter: (period: string, cutoff: string) => `El corte debe ser posterior al del ${period} (${cutoff}).`,
    periodReported: (id: string, file: string) => `El periodo ${id} ya tiene su informe, en ${file}. Para corregirlo, use npm run nuevo -- errata.`,
    periodNotOver: (name: string, cutoff: string) =>
      `El ${name} tiene corte el ${cutoff}, que todavía no llega: su informe se publica después del corte.`,
    askReportTitle: (suggested: string) => `Título del informe (Enter para «${suggested}»): `,
    defaultReportTitle: (period: string) => `Informe de avance ${period}`,
    reportFileKept: (file: string) =>
      `Ya existe ${file}: se conservan su título, su objetivo y su texto, y se le agregan las cifras del periodo.`,
    askReportObjective: 'Objetivo del informe, como se publica: ',
    askReportObjectiveAgain: 'Objetivo del informe (Enter para el que ya tiene, o el del informe anterior): ',
    exampleReportObjective: 'Informar a la ciudadanía el avance del plan.',
    askReportText: 'Introducción del informe, en una o dos frases (Enter para dejarla vacía): ',
    periodByHand: (file: string, id: string, name: string, cutoff: string) =>
      `No se pudo agregar el periodo a ${file} sin cambiar su forma. Agréguelo a mano al final de la lista periodos (id: ${id}, nombre: ${name}, corte: ${cutoff}) y vuelva a ejecutar npm run nuevo -- informe.`,
    nothingToCorrect: (plan: string) =>
      `Los informes publicados del ${plan} coinciden con el contenido: no hay nada que corregir. Una fe de erratas se escribe después de cambiar la evidencia o la actividad que corrige el informe.`,
    chooseReport: '¿Qué informe corrige?',
    errataChanges: (title: string) => `La fe de erratas cambiará el «${title}» así:`,
    askErrataReason: 'Motivo de la corrección, en lenguaje claro (se publica junto a las cifras): ',
    exampleErrataReason: 'El informe contó por error…',
    askErrataDate: (today: string) => `Fecha de la corrección, AAAA-MM-DD (Enter para hoy, ${today}): `,
    errataBeforeCutoff: (cutoff: string) => `La corrección debe ser del día del corte del informe (${cutoff}) o posterior.`,
    errataInFuture: (today: string) => `La corrección no puede tener una fecha futura (hoy es ${today}).`,
    errataByHand: (file: string) =>
      `No se pudo agregar la fe de erratas a ${file} sin cambiar su forma. Ejecute npm run validar: el mensaje trae las líneas que hay que copiar en el archivo.`,
    notWritten: 'No se creó el archivo. Corrija esos datos y vuelva a ejecutar npm run nuevo.',
    otherProblems: 'El archivo nuevo está bien, pero el contenido tiene problemas que también hay que corregir antes de publicar:',
    help: {
      usage: [
        'Uso: npm run nuevo                          pregunta paso a paso lo que necesita',
        '     npm run nuevo -- evidencia [opciones]   crea una evidencia',
        '     npm run nuevo -- actividad [opciones]   crea una actividad',
        '     npm run nuevo -- informe [opciones]     cierra un periodo con su informe',
        '     npm run nuevo -- errata [opciones]      corrige un informe publicado (fe de erratas)',
        '',
        'Con una opción, npm run nuevo no hace esa pregunta; pregunta solo lo que falte.',
        'Escriba entre comillas los valores con espacios: --descripcion="Se publicó el video."',
      ].join('\n'),
      kinds: {
        evidencia: [
          'Opciones de evidencia:',
          '  --plan=2021                  el plan, si hay más de uno',
          '  --tarea=elaborar-video       el identificador de la tarea',
          '  --fecha=AAAA-MM-DD           la fecha de la evidencia (si falta, se propone el último corte sin informe, o hoy)',
          '  --avance=100                 la ejecución de la tarea a esa fecha, de 0 a 100',
          '  --aplazada                   la tarea quedó aplazada (entonces hace falta --nota)',
          '  --nota="…"                   por qué se aplazó, o por qué bajó la ejecución',
          '  --enlace=https://…           un enlace a la prueba; repítala para cada enlace',
          '  --texto-enlace="…"           el texto del enlace escrito antes',
          '  --tipo=web|video|documento   el tipo del enlace escrito antes (si falta, se deduce de la dirección)',
          '  --descripcion="…"            qué se hizo, en una o dos frases',
        ].join('\n'),
        actividad: [
          'Opciones de actividad:',
          '  --plan=2021                  el plan, si hay más de uno',
          '  --componente=dialogo         el identificador del componente',
          '  --nombre="…"                 el nombre de la actividad, como lo publica el plan',
          '  --descripcion="…"            de qué se trata, en una o dos frases',
          '  --tarea="…"                  la primera tarea: qué se hace',
          '  --producto="…"               el producto que lo demuestra, si el plan lo nombra',
          '  --programada=AAAA-MM-DD      la fecha programada del producto',
        ].join('\n'),
        informe: [
          'Opciones de informe:',
          '  --plan=2021                  el plan, si hay más de uno',
          '  --periodo=ii-semestre        el periodo; si no está en el plan, se agrega con --nombre y --corte',
          '  --nombre="II semestre"       el nombre de un periodo nuevo',
          '  --corte=AAAA-MM-DD           la fecha de corte de un periodo nuevo',
          '  --titulo="…"                 el título del informe (si falta: «Informe de avance <periodo>»)',
          '  --objetivo="…"               el objetivo del informe (si falta: el del informe anterior)',
          '  --descripcion="…"            una introducción, si el informe la tiene',
        ].join('\n'),
        errata: [
          'Opciones de fe de erratas:',
          '  --plan=2021                  el plan, si hay más de uno',
          '  --periodo=i-semestre         el periodo del informe que se corrige',
          '  --motivo="…"                 por qué se corrige, en lenguaje claro',
          '  --fecha=AAAA-MM-DD           la fecha de la corrección (si falta, hoy)',
        ].join('\n'),
      },
      end: [
        'Ejemplos:',
        '  npm run nuevo -- evidencia --tarea=elaborar-video --avance=100 --enlace=https://www.youtube.com/watch?v=… --texto-enlace="Video en YouTube" --descripcion="Se publicó el video."',
        '  npm run nuevo -- evidencia --tarea=facebook-live-registros --avance=0 --aplazada --nota="Se aplazó por falta de conexión." --descripcion="Se informó a los invitados."',
        '  npm run nuevo -- actividad --componente=dialogo --nombre="Foro con jóvenes" --tarea="Realizar un foro" --programada=2021-11-30 --descripcion="Un foro virtual."',
        '  npm run nuevo -- informe --periodo=ii-semestre --nombre="II semestre" --corte=2021-12-31',
        '  npm run nuevo -- errata --periodo=i-semestre --motivo="El informe contó por error un producto de agosto."',
        '',
        'Sin terminal (en un script), las respuestas se pueden enviar una por línea; si falta alguna,',
        'npm run nuevo no crea nada y dice qué opciones agregar.',
      ].join('\n'),
    },
  },

  /** `npm run comparar`: what a pull request changes in the figures, for reviewers. */
  compare: {
    title: 'Cambios en las cifras publicadas',
    period: (name: string, cutoff: string) => `del ${name} (corte al ${cutoff})`,
    execution: (when: string) => `La ejecución ${when}`,
    progress: (when: string) => `El avance global ${when}`,
    executionNow: 'La ejecución de lo programado a la fecha',
    progressNow: 'El avance global',
    componentExecution: (name: string) => `La ejecución del componente «${name}»`,
    componentProgress: (name: string) => `El avance del componente «${name}»`,
    noValue: 'sin dato',
    changed: (label: string, before: string, after: string) => `${label} pasa de ${before} a ${after}.`,
    added: (label: string, value: string) => `${label} aparece: ${value}.`,
    removed: (label: string, value: string) => `${label} deja de publicarse (era ${value}).`,
    unchanged: (count: number) => (count === 1 ? 'Otra cifra no cambia.' : `Otras ${count} cifras no cambian.`),
    reportUnchanged: (name: string, execution: string, progress: string) =>
      `El informe del ${name} no cambia: ${execution} de ejecución y ${progress} de avance global.`,
    reportAdded: (name: string, cutoff: string, execution: string, progress: string) =>
      `Se publica el informe del ${name} (corte al ${cutoff}): ${execution} de ejecución y ${progress} de avance global.`,
    reportRemoved: (name: string) => `Deja de publicarse el informe del ${name}.`,
    asOfMoved: (before: string, after: string) => `Las cifras del plan, que estaban al ${before}, pasan a estar al ${after}.`,
    planClosed: (date: string) => `El plan queda cerrado el ${date}: sus páginas muestran las cifras finales.`,
    planAdded: (title: string) => `Se publica un plan nuevo: ${title}.`,
    planRemoved: (title: string) => `Deja de publicarse el plan: ${title}.`,
    help: [
      'Uso: npm run comparar                   (compara su copia de trabajo con la rama main)',
      '     npm run comparar -- --base=<rama, commit o carpeta>',
      'Dice qué cifras publicadas cambian con sus archivos, cuáles no, y si cambia la fecha de las cifras.',
    ].join('\n'),
    noBase:
      'No se encontró la rama main para comparar. Indique con qué versión comparar, por ejemplo: npm run comparar -- --base=origin/main',
    unknownBase: (base: string) =>
      `«${base}» no es una rama, un commit ni una carpeta de este proyecto. Por ejemplo: npm run comparar -- --base=main`,
    noChanges: 'Este cambio no modifica ninguna cifra publicada.',
    withProblems: (count: number) =>
      `⚠️ La versión propuesta tiene ${count === 1 ? '1 problema' : `${count} problemas`} de contenido (vea el paso «Validar el contenido» de esta revisión): las cifras pueden cambiar al corregirlos.`,
  },

  /** Closing a period (npm run nuevo -- informe) and correcting a report (npm run nuevo -- errata). */
  closing: {
    previewIntro: (title: string, date: string) => `El informe «${title}», con corte al ${date}, dirá:`,
    previewOverdue: (count: number) =>
      count === 1 ? '1 producto programado no llegó al 100%:' : `${count} productos programados no llegaron al 100%:`,
  },

  /** The contract of a published report: its recorded figures, their check, and corrections. */
  published: {
    recordComment: [
      'Cifras publicadas con este informe y cada producto que cuenta: su componente, si estaba',
      'programado hasta el corte y su ejecución al corte. Se escriben al cerrar el periodo',
      '(npm run nuevo -- informe). No las cambie a mano: para corregir una cifra publicada,',
      'agregue una fe de erratas (campo erratas).',
    ],
    errataReasonPlaceholder: 'Escriba aquí, en lenguaje claro, por qué se corrige el informe.',
    noValue: 'sin dato',
    effect: (changes: readonly string[]) => `Con este cambio, ${changes.join(' y ')}.`,
    figureChange: (figure: 'ejecucion' | 'avance', period: string, before: string, after: string) =>
      figure === 'ejecucion'
        ? `la ejecución del ${period} publicada pasaría de ${before} a ${after}`
        : `el avance global publicado pasaría de ${before} a ${after}`,
    componentEffect: (before: string, after: string) =>
      `En el informe publicado, el producto pasaría del componente «${before}» al componente «${after}», y cambiarían las cifras de los dos.`,
    countEffect: 'Cambiaría lo que el informe publicado dice de este producto.',
    productMissing: (id: string) =>
      `el producto «${id}», que este informe publicó, ya no está en ninguna actividad del plan (¿se borró, o se le cambió el identificador?).`,
    componentChanged: (name: string) => `«${name}» se publicó en otro componente: su actividad cambió de componente.`,
    nowProgrammed: (name: string, cutoff: string) =>
      `«${name}» no estaba programado hasta el ${cutoff}, y ahora su fecha programada cae antes de ese corte.`,
    noLongerProgrammed: (name: string, cutoff: string) =>
      `«${name}» estaba programado hasta el ${cutoff}, y ahora su fecha programada es posterior a ese corte.`,
    executionChanged: (name: string, cutoff: string, before: string, after: string) =>
      `la ejecución de «${name}» al ${cutoff} pasa de ${before}, como se publicó, a ${after}.`,
    evidenceMovedAfterCutoff: 'Ya no tiene evidencias hasta el corte: ¿se cambió la fecha de esta evidencia?',
    evidenceGone: 'Ya no tiene evidencias hasta el corte: ¿se borró alguna?',
    changesPublished: (title: string, file: string, cutoff: string) =>
      `cambia una cifra publicada del «${title}» (${file}, corte al ${cutoff}):`,
    reportsDoNotChange: 'Un informe publicado no cambia sin aviso. Si el cambio es un error, corríjalo o deshágalo.',
    fixWithNewErrata: (file: string) =>
      `Si lo que estaba mal era el informe, publique una fe de erratas: agregue estas líneas al final de los campos de ${file} (antes de la segunda línea ---) y escriba el motivo (o use npm run nuevo -- errata):`,
    fixWithMoreErrata: (file: string) =>
      `Si lo que estaba mal era el informe, publique una fe de erratas: agregue este elemento al final de la lista erratas de ${file} y escriba el motivo (o use npm run nuevo -- errata):`,
    blockCoversAll: 'Estas líneas corrigen a la vez todos los cambios de este informe.',
    missingRecord:
      'faltan las cifras publicadas del informe (los campos cifras y productos). Se escriben al cerrar el periodo con npm run nuevo -- informe. Desde GitHub, copie estas líneas al final de los campos del archivo (antes de la segunda línea ---); si ya tiene uno de esos dos campos, bórrelo antes. Son las cifras que el sitio calcula hoy para este corte.',
    figuresDoNotMatch: (written: string, computed: string) =>
      `dice ${written}, pero los productos de este informe (campo productos) dan ${computed}. Estas cifras no se cambian a mano: vuelva a escribir ${computed}, o corrija el informe con una fe de erratas.`,
    errataBeforeCutoff: (date: string, cutoff: string) =>
      `"${date}" no es válido: una fe de erratas es igual o posterior al corte del informe (${cutoff}).`,
    errataInFuture: (date: string, today: string) => `"${date}" no es válido: la fe de erratas no puede tener una fecha futura (hoy es ${today}).`,
    errataOutOfOrder: (date: string, previous: string) =>
      `"${date}" no es válido: las fe de erratas van de la más antigua a la más reciente, y la anterior es del ${previous}.`,
    retiringUnknown: (id: string) => `"${id}" no está entre los productos del informe, así que no se puede retirar. Revise el identificador.`,
  },

  /** The RSS feed of new evidence and the search-engine files. */
  /** The change history of activity and report pages, from the repository. */
  history: {
    title: 'Historial de cambios',
    intro: 'Cada cambio publicado en los archivos de esta página, del más reciente al más antiguo. Así se ve qué se corrigió y cuándo.',
    more: (shown: number, total: number) => `Se muestran los ${shown} cambios más recientes de ${total}. El repositorio guarda todos.`,
    seeCommit: 'Ver el cambio completo',
    /** Said instead of the message of a commit that also changed the site's code: that message was written for developers. */
    siteUpdate: 'Cambio hecho junto con una actualización técnica del sitio.',
    unavailable: {
      shallow:
        '[historial] El repositorio no tiene su historia completa (clon superficial): las páginas se publican sin su historial de cambios. En GitHub Actions use fetch-depth: 0 en actions/checkout.',
      noRepository: '[historial] No hay historia de git (la carpeta no es un repositorio o git no está instalado): las páginas se publican sin su historial de cambios.',
    },
  },

  feed: {
    title: (entity: string) => `Nuevas evidencias del plan de participación · ${entity}`,
    description: (entity: string) =>
      `Cada vez que ${entity} registra una evidencia de su plan de participación ciudadana: qué se hizo, cuándo y cuánto se avanzó.`,
    itemTitle: (date: string, product: string) => `${date}: ${product}`,
    linkTitle: 'Nuevas evidencias (RSS)',
    componentTitle: (component: string, entity: string) => `Nuevas evidencias del componente «${component}» · ${entity}`,
    componentDescription: (component: string, plan: string) =>
      `Cada evidencia nueva del componente «${component}» del ${plan}: qué se hizo, cuándo y cuánto se avanzó.`,
    componentLinkTitle: (component: string) => `Nuevas evidencias del componente «${component}» (RSS)`,
    follow: 'Seguir este componente (RSS)',
    followHelp: 'Un lector de noticias (RSS) le avisa de cada evidencia nueva de este componente.',
    noSiteUrl:
      'SITE_URL no está definido: no se publican sitemap.xml ni el feed de evidencias, y las páginas no llevan dirección canónica. Defínalo con la dirección pública del sitio, por ejemplo SITE_URL=https://www.entidad.gov.co',
  },

  /** The search page (Pagefind). */
  search: {
    title: 'Buscar',
    intro: 'Busque en las actividades, los productos, las evidencias y los informes del plan.',
    label: 'Palabras para buscar',
    hint: 'Por ejemplo: video, Facebook Live, lenguaje claro.',
    submit: 'Buscar',
    filtersLegend: 'Filtrar los resultados',
    filterNames: { plan: 'Plan', componente: 'Componente', dependencia: 'Dependencia responsable', estado: 'Estado de las tareas', periodo: 'Periodo' },
    anyValue: 'Todos',
    periodValue: (period: string, year: number) => `${period} ${year}`,
    typeToSearch: 'Escriba una o más palabras para buscar.',
    resultCount: (count: number, query: string) =>
      count === 0
        ? `No se encontraron resultados para «${query}». Pruebe con otras palabras o quite los filtros.`
        : count === 1
          ? `Se encontró 1 resultado para «${query}».`
          : `Se encontraron ${count} resultados para «${query}».`,
    filteredCount: (count: number) =>
      count === 0
        ? 'Ninguna página tiene todos esos filtros. Quite alguno para ver más resultados.'
        : count === 1
          ? 'Se encontró 1 página con esos filtros.'
          : `Se encontraron ${count} páginas con esos filtros.`,
    firstResults: (shown: number) => `Se muestran los ${shown} primeros: escriba más palabras o use los filtros para acotar.`,
    noScript: 'La búsqueda necesita JavaScript. Sin él, puede recorrer todas las evidencias del plan o el cronograma.',
    unavailable: 'La búsqueda no está disponible en este momento. Puede recorrer todas las evidencias del plan o el cronograma.',
    allEvidence: 'Ver todas las evidencias',
  },

  /** Cross-file integrity problems: each names the file, the field, the value and what is valid. */
  integrity: {
    problemIntro: (count: number) =>
      count === 1
        ? 'Se encontró 1 problema en el contenido. Corríjalo antes de publicar:'
        : `Se encontraron ${count} problemas en el contenido. Corríjalos antes de publicar:`,
    warningIntro: (count: number) =>
      count === 1
        ? 'Un aviso (no impide publicar, pero conviene revisarlo):'
        : `${count} avisos (no impiden publicar, pero conviene revisarlos):`,
    problem: (file: string, field: string, detail: string) => `${file}, campo \`${field}\`: ${detail}`,
    fileProblem: (file: string, detail: string) => `${file}: ${detail}`,
    fileLine: (file: string, line: number) => `${file}, línea ${line}`,
    annotationTitle: (field: string) => `Campo ${field}`,
    annotationFileTitle: 'Archivo de contenido',
    unknownFormat: (value: string) => `--formato=${value} no existe. Use --formato=texto (por defecto) o --formato=github.`,
    unknownFile:
      'este archivo no es de ningún tipo conocido y no se publicaría. Los planes van en planes/*.yaml; actividades, evidencias e informes, en archivos .mdx dentro de la carpeta de su plan.',
    /** What is found in the content or public folder and is not read (src/lib/validation/found-files.ts). */
    refused: {
      symlink:
        'es un enlace simbólico (un acceso directo a otro archivo o carpeta), y el sitio no lee ni publica enlaces simbólicos: podrían traer al sitio publicado archivos de fuera del proyecto, como claves o configuraciones. Ponga aquí el archivo mismo, no un enlace a él, o bórrelo.',
      special:
        'no es un archivo ni una carpeta, sino un elemento especial del sistema (una tubería, un socket o un dispositivo), que no se puede leer ni publicar. Bórrelo.',
      folder: (extension: string) =>
        `es una carpeta, pero su nombre termina en ${extension}, como un archivo de contenido, y el sitio no la lee. Si debía ser un archivo, borre la carpeta y cree el archivo; si es una carpeta, quite ${extension} de su nombre.`,
      encoding: (reading: string) =>
        `este archivo no está guardado como texto UTF-8, y esta línea tiene letras que no se pueden leer${
          reading === '' ? '' : ` (quizá dice «${reading}»)`
        }. Suele pasar con tildes y eñes de un archivo guardado desde el Bloc de notas, Word o Excel en otra codificación. Abra el archivo y guárdelo de nuevo con la codificación UTF-8 (en VS Code: clic en la codificación, abajo a la derecha › Guardar con codificación › UTF-8) y revise que las tildes se vean bien.`,
      hidden:
        'es un archivo oculto (su nombre empieza por un punto): se publicaría con el sitio aunque ninguna página lo muestre, y puede guardar configuraciones o claves. Bórrelo, o quite el punto del comienzo si es un documento que debe publicarse.',
      type: (type: string) =>
        `los archivos .${type} no se publican: un navegador los abriría como una página o un programa con la dirección del sitio. En esta carpeta van documentos (PDF, Word, Excel, PowerPoint, texto), imágenes (JPG, PNG, GIF, WebP, SVG), audio y video. Si es una página web, enlácela desde su dirección original.`,
      noType:
        'no tiene extensión: el nombre debe terminar en el tipo de archivo, por ejemplo acta.pdf o foto.jpg, para que el navegador sepa cómo abrirlo.',
      activeSvg:
        'esta imagen SVG tiene código (un script, un atributo on…, una página incrustada o un enlace a otro sitio) que se ejecutaría al abrirla desde el sitio. Expórtela de nuevo como imagen simple, o en PNG.',
    },
    /** Names of files and folders, which become addresses (src/lib/validation/file-names.ts). */
    names: {
      notAllowed: (name: string, isFolder: boolean, allowed: string | undefined, character: string | undefined) =>
        `«${name}» no sirve como nombre de ${isFolder ? 'carpeta' : 'archivo'}${character === undefined ? '' : `: tiene ${character}`}. Los nombres de archivos y carpetas forman las direcciones del sitio: llevan solo letras minúsculas sin tildes, números y guiones (-), sin espacios${
          isFolder ? '' : ', y al final la extensión, también en minúsculas'
        }. ${allowed === undefined ? `Cámbielo por un nombre así, por ejemplo ${isFolder ? 'documentos' : 'foro-jovenes.mdx'}.` : `Cámbielo a ${allowed}.`}`,
      windowsDevice: (name: string) =>
        `«${name}» no sirve como nombre: Windows lo reserva para sus dispositivos, y quien use Windows no podría descargar el proyecto. Use otro nombre.`,
      reserved: (word: string, address: string) =>
        `«${word}» no puede ser el nombre de este archivo: el nombre es la dirección de su página (${address}), y esa palabra está reservada para las páginas propias del sitio. Cambie el nombre del archivo por otro que describa su contenido.`,
      reservedPublic: (word: string) =>
        `«${word}» no puede ser el nombre de un archivo o carpeta al inicio de la carpeta public: su dirección sería la de una página o un archivo propio del sitio, y uno taparía al otro. Muévalo a una carpeta, por ejemplo public/documentos/.`,
    },
    fileCharacter: (character: string) =>
      `esta línea tiene ${character}, que no se puede publicar: rompería el feed de evidencias y los datos abiertos. Suele llegar al copiar y pegar desde Word, un PDF o un correo: borre esa parte de la línea y escríbala de nuevo a mano.`,
    /** What the YAML reader could not read, said so that an editor can fix it (src/lib/validation/yaml-errors.ts). */
    yaml: {
      duplicateKey: (key: string, firstLine: number | undefined) =>
        `el campo ${key} está escrito dos veces${firstLine === undefined ? '' : ` (la otra, en la línea ${firstLine})`}. Cada campo va una sola vez en su grupo: borre una de las dos líneas o corrija el nombre del campo.`,
      tab: 'esta línea tiene una tabulación al inicio. Use espacios, no tabulaciones: borre la tabulación y escriba espacios, dos por cada nivel de sangría.',
      indentation:
        'la sangría de esta línea (los espacios del inicio) no coincide con la de las líneas de arriba. Los campos de un mismo grupo empiezan en la misma columna; los que van dentro de otro campo, dos espacios más adentro que él.',
      listIndentation:
        'este elemento de la lista no está alineado con los demás. Los guiones (-) de una misma lista van en la misma columna: revise los espacios del inicio de la línea.',
      topLevelIndented: 'los campos principales van al inicio de la línea, sin espacios antes. Borre los espacios del inicio de esta línea.',
      fieldInList:
        'esta línea es un campo en medio de una lista. Si es parte del elemento de arriba, escríbala alineada con el texto que sigue al guion de ese elemento; si es un elemento nuevo, empiécela con un guion (-).',
      itemAmongFields:
        'esta línea empieza con un guion (-), que abre un elemento de una lista, pero está al nivel de los campos. Escríbala debajo del campo de la lista, con dos espacios más que él, o quite el guion si es un campo.',
      listOnFieldLine: (key: string) =>
        `la lista de ${key} empieza en la misma línea del campo. Escriba cada elemento en su propia línea, debajo de ${key}:, con dos espacios y un guion al inicio, por ejemplo «  - Alcaldías».`,
      colonInValue: (key: string, fixed: string) =>
        `el valor de ${key} tiene dos puntos seguidos de un espacio (: ), y así parece otro campo. Ponga el texto entre comillas: ${fixed}`,
      textAfterQuote: (key: string, fixed: string) =>
        `el valor de ${key} empieza con comillas, pero después de la comilla que lo cierra sigue más texto. Si el texto lleva comillas por dentro, use por fuera las de la otra clase: ${fixed}`,
      specialStart: (key: string, sign: string, fixed: string) =>
        `el valor de ${key} empieza por ${sign}, un signo que tiene otro uso en los campos. Ponga el texto entre comillas: ${fixed}`,
      unreadableValue: (key: string, fixed: string) => `el valor de ${key} no se puede leer así. Ponga el texto entre comillas: ${fixed}`,
      unclosedQuote: (quote: string) =>
        `el texto que empieza con comillas (${quote}) en esta línea no las cierra. Escriba la misma comilla al final del texto, en esta misma línea.`,
      backslashQuote:
        "dentro de comillas dobles, la barra invertida (\\) cambia el signo que la sigue, y aquí anula la comilla que cierra el texto. Escriba la barra dos veces (\\\\) o ponga el texto entre comillas simples (').",
      escape:
        "dentro de comillas dobles, la barra invertida (\\) anuncia un signo especial, y este no se entiende. Escriba la barra dos veces (\\\\) o ponga el texto entre comillas simples (').",
      unclosedBracket: (bracket: string, closing: string) =>
        `${bracket} abre en esta línea una lista que no se cierra con ${closing}. Ciérrela, o si el texto empieza por ${bracket}, póngalo entre comillas.`,
      flowList:
        'la lista entre corchetes [ ] o el grupo entre llaves { } de esta línea no se puede leer: separe los elementos con una coma, sin comas de más. Si es un texto que lleva [ o {, póngalo entre comillas.',
      tag: (tag: string, fixed: string | undefined) =>
        `${tag} no se entiende: un valor que empieza con ! se lee como una instrucción especial, no como texto. ${
          fixed === undefined ? 'Quite el signo ! o ponga el texto entre comillas.' : `Si el signo es parte del texto, póngalo entre comillas: ${fixed}`
        }`,
      reference: (sign: string, fixed: string | undefined) =>
        `un valor que empieza con ${sign} se lee como una referencia especial, no como texto. ${
          fixed === undefined ? `Quite el signo ${sign} o ponga el texto entre comillas.` : `Ponga el texto entre comillas: ${fixed}`
        }`,
      invisibleCharacter:
        'esta línea tiene un carácter invisible que no se permite; suele llegar al copiar y pegar desde Word, un PDF o un correo. Borre la línea y escríbala de nuevo a mano.',
      notAField:
        'esta línea no tiene la forma campo: valor. Si es un campo, escriba dos puntos y un espacio después de su nombre (por ejemplo avance: 50); si es la continuación del texto de la línea de arriba, escriba todo el texto en una sola línea.',
      blockTextIndentation: (line: number) =>
        `el texto de varias líneas que abre la línea ${line} (con | o >) debe ir con sangría: escriba cada una de sus líneas con dos espacios más que el campo, todas en la misma columna.`,
      blockTextHeader: (fixed: string | undefined) =>
        `después de | o > no puede seguir texto en la misma línea: el texto va en las líneas de abajo, con dos espacios más que el campo.${
          fixed === undefined ? '' : ` Si el valor empieza por | o >, póngalo entre comillas: ${fixed}`
        }`,
      spaceAfterColon: 'falta un espacio después de los dos puntos. Escriba cada campo así: nombre, dos puntos, un espacio y el valor (avance: 50).',
      documentEnd: 'esta línea (--- o ...) marca el final de los campos, pero después siguen más. Bórrela; si es parte de un texto, póngalo entre comillas.',
      onlyComments: 'no hay ningún campo, solo comentarios (líneas que empiezan con #). Escriba los campos del archivo debajo de los comentarios.',
      directive: 'una línea que empieza con % no se entiende entre los campos. Bórrela; si es parte de un texto, póngalo entre comillas.',
      unknown: (reason: string) =>
        `los campos del inicio no se pueden leer a partir de esta línea. Revise la sangría (los espacios del inicio), que cada campo tenga dos puntos y un espacio, y que las comillas se cierren; si un valor lleva signos como : # [ { ! & * o comillas, póngalo entre comillas. Detalle técnico: ${reason}.`,
    },
    missingClosing: (lastFieldLine: number) =>
      `falta la línea --- que cierra los campos del inicio: el archivo los abre con ---, pero no los cierra, y así no se lee ninguno. Escriba --- sola, en su propia línea, después del último campo (la línea ${lastFieldLine}) y antes del texto.`,
    missingOpening:
      'falta la línea --- que abre los campos del inicio. La primera línea del archivo debe decir solo ---, sin espacios antes; debajo van los campos y otra línea --- que los cierra.',
    noFrontmatter: (fields: readonly string[]) =>
      `este archivo no tiene los campos del inicio. Empiece el archivo con una línea ---, escriba debajo los campos (${fields.join(', ')}…) y ciérrelos con otra línea ---; el texto va después.`,
    wrongFolder: (kind: string, fields: readonly string[], folder: string, extension: string | undefined) =>
      `este archivo parece ${kind} (tiene ${fields.slice(0, -1).join(', ')} y ${fields.at(-1)}): muévalo a ${folder}${
        extension === undefined ? '' : ` y cambie su extensión a ${extension}`
      }.`,
    wrongExtension: (kind: string, fields: readonly string[], extension: string) =>
      `este archivo parece ${kind} (tiene ${fields.slice(0, -1).join(', ')} y ${fields.at(-1)}), pero no termina en ${extension} y así no se publicaría: cambie su extensión a ${extension}.`,
    kinds: { planes: 'un plan', actividades: 'una actividad', evidencias: 'una evidencia', informes: 'un informe' },
    planFolder: '<plan>',
    uncheckedByPlan: (count: number) =>
      count === 1
        ? 'el otro archivo de este plan no se revisó: su plan, componente, tarea o periodo se comprueban con este archivo. Corrija primero este; después se revisará el otro.'
        : `los demás archivos de este plan (${count}) no se revisaron: su plan, componente, tarea o periodo se comprueban con este archivo. Corrija primero este; después se revisarán los demás.`,
    uncheckedByActivity: (count: number) =>
      count === 1
        ? 'la evidencia de una tarea de esta actividad no se revisó: sus tareas se comprueban con este archivo. Corrija primero este; después se revisará la evidencia.'
        : `las evidencias de las tareas de esta actividad (${count}) no se revisaron: sus tareas se comprueban con este archivo. Corrija primero este; después se revisarán las evidencias.`,
    uncheckedByUnreadableActivity: (count: number) =>
      count === 1
        ? 'como este archivo no se puede leer, no se sabe qué tareas tiene: la evidencia de este plan que nombra una tarea desconocida no se revisó. Corrija primero este archivo; después se revisará.'
        : `como este archivo no se puede leer, no se sabe qué tareas tiene: las evidencias de este plan que nombran una tarea desconocida (${count}) no se revisaron. Corrija primero este archivo; después se revisarán.`,
    allGood: (count: number) => `Todo en orden: se revisaron ${count} archivos de contenido.`,
    invalidValue: (value: string, expected: string) => `${value} no es válido; ${expected}.`,
    missingValue: (expected: string) => `falta este campo; ${expected}.`,
    /** `valid` are the values listed: all of them, or the closest ones when `more` are left out. */
    unknownReference: (value: string, what: string, valid: readonly string[], closest?: string, more = 0) =>
      valid.length === 0
        ? `${value} no existe: todavía no hay ${what}. Agregue primero lo que este campo nombra, o corrija el campo.`
        : `${value} no existe.${closest === undefined ? '' : ` ¿Quiso decir ${closest}?`} ${
            more === 0 ? `Escriba uno de estos ${what}: ${valid.join(', ')}.` : `Los ${what} más parecidos son: ${valid.join(', ')} (y ${more} más).`
          }`,
    unknownPeriod: (value: string, planFile: string, open: readonly string[], closest?: string) =>
      `${value} no es un periodo del plan.${closest === undefined ? '' : ` ¿Quiso decir ${closest}?`} Para publicar el informe de un periodo nuevo, agréguelo primero a la lista periodos de ${planFile} (con id, nombre y corte), o use npm run nuevo -- informe, que lo agrega por usted. ${
        open.length === 0 ? 'Todos los periodos que el plan tiene ya tienen su informe.' : `Los periodos del plan que todavía no tienen informe son: ${open.join(', ')}.`
      }`,
    unknownGroup: (value: string, activityFile: string, groups: readonly string[], closest?: string) =>
      `${value} no es uno de los grupos de valor de la actividad.${closest === undefined ? '' : ` ¿Quiso decir ${closest}?`} ${
        groups.length === 0
          ? `La actividad (${activityFile}) todavía no tiene la lista grupos.`
          : `Escriba uno de los grupos de la lista grupos de la actividad (${activityFile}), igual que allí: ${groups.join(', ')}.`
      } Si la actividad también se dirige a ese grupo, agréguelo primero a esa lista.`,
    duplicateId: (value: string, what: string, otherFile: string) =>
      `${value} ya se usa como ${what} en ${otherFile}. Use un identificador distinto.`,
    folderMismatch: (value: string, folder: string) =>
      `${value} no coincide con la carpeta del archivo (${folder}). Mueva el archivo a la carpeta de su plan o corrija el campo.`,
    missingSite: 'falta este archivo. Créelo con el campo `entidad`: el nombre de la entidad que publica el plan.',
    rules: {
      cutoffOutsideYear: (value: string, year: number, start: string, end: string, fix: string | undefined) =>
        `${value} no es válido: el corte debe caer en el año del plan, ${year}; es decir, la fecha debe estar entre el ${start} y el ${end}.${fix === undefined ? '' : ` ¿Quiso escribir ${fix}?`}`,
      cutoffOutOfOrder: (value: string, previous: string) =>
        `${value} no es válido: los periodos van en orden y este corte debe ser posterior al anterior (${previous}).`,
      futureEvidence: (value: string, today: string) =>
        `${value} no es válido: la evidencia no puede tener una fecha futura (hoy es ${today}).`,
      evidenceBeforePlan: (value: string, year: number, start: string, end: string, fix: string | undefined) =>
        `${value} no es válido: la evidencia no puede ser anterior al año del plan, ${year}. La fecha debe estar entre el ${start} y el ${end}.${fix === undefined ? '' : ` ¿Quiso escribir ${fix}?`} Si la evidencia es de otro plan, muévala a la carpeta de ese plan.`,
      /** `end` is the late-evidence deadline (LATE_EVIDENCE_UNTIL in integrity.ts). */
      evidenceTooLate: (value: string, year: number, start: string, end: string, fix: string | undefined) =>
        `${value} no es válido: la fecha debe estar entre el ${start} y el ${end}. Un plan cubre su año, ${year}, y recibe evidencia tardía solo hasta el ${end}; una fecha posterior casi siempre es un error al escribir el año.${fix === undefined ? '' : ` ¿Quiso escribir ${fix}?`} Si la evidencia es de otro plan, muévala a la carpeta de ese plan.`,
      evidenceAfterPlan: (value: string, year: number, end: string) =>
        `${value} es posterior al año del plan (${year}). Se publica como evidencia tardía (el plan la recibe hasta el ${end}): no cambia las cifras del plan, que queda cerrado el 31 de diciembre de ${year}. Si la fecha está mal, corríjala; si la evidencia es de otro plan, muévala a la carpeta de ese plan.`,
      programmedOutsideYear: (value: string, year: number, start: string, end: string, fix: string | undefined) =>
        `${value} no es válido: la fecha programada de una tarea debe caer en el año del plan, ${year}; es decir, entre el ${start} y el ${end}.${fix === undefined ? '' : ` ¿Quiso escribir ${fix}?`} Si la entidad decidió otra fecha, deje la fecha programada como estaba y agregue la nueva en reprogramaciones; si la tarea se aplazó sin nueva fecha, registre una evidencia con aplazada: true y una nota que diga por qué.`,
      reprogrammedOutsideYear: (value: string, year: number, start: string, end: string) =>
        `${value} no es válido: la nueva fecha de una tarea también debe caer en el año del plan, ${year}; es decir, entre el ${start} y el ${end}. Una fecha fuera del año sacaría la tarea de todos los cortes del plan. Si la tarea no se hará este año, borre esta reprogramación y registre una evidencia con aplazada: true y una nota que diga por qué.`,
      futureDecision: (value: string, today: string) =>
        `${value} no es válido: la decisión de reprogramar no puede tener una fecha futura (hoy es ${today}). Registre la reprogramación el día en que se decida.`,
      publicationOutsideRange: (value: string, cutoff: string, end: string, fix: string | undefined) =>
        `${value} no es válido: el informe de un periodo se publica en su corte o después, y a más tardar el ${end}, cuando el plan deja de recibir evidencia tardía. La fecha de publicación debe estar entre el ${cutoff} y el ${end}.${fix === undefined ? '' : ` ¿Quiso escribir ${fix}?`}`,
      sameDayEvidence: (task: string, date: string, otherFiles: readonly string[]) =>
        otherFiles.length === 1
          ? `la tarea ${task} tiene otra evidencia del mismo día, el ${date}, en ${otherFiles[0]}. Cada tarea lleva una sola evidencia por día: con dos, no se sabría cuál dice cómo quedó la tarea ese día. Junte las dos en un solo archivo (el avance que se alcanzó ese día, todos los enlaces y el texto de las dos) y borre el otro; si una de ellas es de otro día, corrija su fecha.`
          : `la tarea ${task} tiene otras ${otherFiles.length} evidencias del mismo día, el ${date}, en ${
              otherFiles.length > 5 ? `${otherFiles.slice(0, 5).join(', ')} y ${otherFiles.length - 5} más` : `${otherFiles.slice(0, -1).join(', ')} y ${otherFiles.at(-1)}`
            }. Cada tarea lleva una sola evidencia por día: con varias, no se sabría cuál dice cómo quedó la tarea ese día. Júntelas en un solo archivo (el avance que se alcanzó ese día, todos los enlaces y el texto de cada una) y borre los demás; si alguna es de otro día, corrija su fecha.`,
      evidenceOnExample: (task: string, activityFile: string) =>
        `la tarea ${task} está marcada como dato de ejemplo (ejemplo: true en ${activityFile}), pero esta evidencia es real. Quite la línea ejemplo: true de esa tarea para que el sitio deje de mostrarla como «Dato de ejemplo».`,
      reportBeforeCutoff: (period: string, cutoff: string, today: string) =>
        `el periodo ${period} tiene corte el ${cutoff}, y hoy es ${today}. El informe de un periodo se publica después de su corte: espere a esa fecha o corrija el corte del periodo en el archivo del plan.`,
      /** `value` is quoted; a path whose last name has no extension may be meant as a page. */
      missingPublicFile: (value: string) =>
        `${value} no existe: no hay un archivo con esa ruta en la carpeta public. Suba el archivo a esa carpeta (por ejemplo public/documentos/2021/acta.pdf se enlaza como /documentos/2021/acta.pdf) o corrija la ruta.${
          /\/[^/.]*"$/.test(value) ? ' Si es una página del sitio, escriba su dirección terminada en /, por ejemplo /2021/datos/.' : ''
        }`,
      completeWithoutProof:
        '100 no es válido todavía: una tarea solo llega a 100 con una prueba que los ciudadanos puedan abrir. Agregue en `enlaces` al menos un enlace o documento (en esta evidencia o en una anterior de la misma tarea), por ejemplo la dirección de la publicación o un archivo guardado en public/documentos.',
      executionWentDown: (value: number, previous: number, previousFile: string) =>
        `${value} es menor que la ejecución de la evidencia anterior (${previous}, en ${previousFile}). Si la ejecución bajó de verdad, explique por qué en el campo \`nota\`.`,
    },
    nouns: {
      plan: 'planes',
      component: 'componentes del plan',
      unit: 'identificadores de dependencias del plan',
      task: 'identificadores de tareas del plan',
      period: 'periodos del plan',
    },
  },

  /** What one content file may hold at most (src/lib/validation/limits.ts): each problem says the limit and how to stay under it. */
  limits: {
    file: (found: string, limit: string) =>
      `este archivo tiene ${found} caracteres, y un archivo de contenido puede tener hasta ${limit}: uno más grande haría lenta, o imposible, la construcción del sitio. Si lleva pegado el texto de un documento, publique el documento como archivo en public/documentos/ y enlácelo; si lleva una lista muy larga, repártala en varios archivos.`,
    line: (found: string, limit: string) =>
      `esta línea tiene ${found} caracteres, y una línea puede tener hasta ${limit}. Divida el texto en párrafos, con una línea en blanco entre uno y otro; si es el contenido de un documento, publique el documento como archivo en public/documentos/ y enlácelo.`,
    body: (found: string, limit: string) =>
      `el texto de este archivo (lo que va después de los campos) empieza en esta línea y tiene ${found} caracteres, y puede tener hasta ${limit}. Deje aquí un resumen y publique el documento completo como archivo en public/documentos/, enlazado con <Documento url="/documentos/…" titulo="…" />.`,
    markdownNesting: (limit: string) =>
      `el texto anida más de ${limit} niveles en esta línea: citas (>) dentro de citas, listas dentro de listas, notas dentro de notas, o negrillas, cursivas y enlaces unos dentro de otros. Escríbalo con menos niveles: un texto claro no necesita tantos.`,
    marks: (limit: string) =>
      `el párrafo que empieza en esta línea tiene más de ${limit} comillas, apóstrofos, signos &, guiones dobles (--) o puntos suspensivos (...), y el sitio no puede escribirlo. Divídalo en párrafos más cortos, con una línea en blanco entre uno y otro.`,
    tableCells: (found: string, limit: string) =>
      `la tabla que empieza en esta línea tiene ${found} celdas (columnas por filas), y una tabla puede tener hasta ${limit}. Divídala en tablas más pequeñas, o publíquela como hoja de cálculo en public/documentos/ y enlácela.`,
    yamlNesting: (limit: string) =>
      `los campos de esta línea van a más de ${limit} niveles de profundidad (grupos dentro de grupos, listas dentro de listas, o corchetes [ ] y llaves { } unos dentro de otros). Ningún campo del sitio va tan adentro: revise la sangría y que cada [ y cada { se cierren.`,
    yamlAliases: (limit: string) =>
      `los campos de este archivo usan más de ${limit} referencias a otro valor (*nombre, que repite el valor marcado con &nombre); esta es la primera de más. Escriba el valor completo en cada campo. Si el * o el & son parte de un texto, ponga el texto entre comillas.`,
    yamlEntries: (limit: string) =>
      `la lista o el grupo de campos que empieza en esta línea tiene más de ${limit} elementos. Revise si una parte se repitió por error; si no, reparta el contenido en varios archivos.`,
    yamlValue: (found: string, limit: string) =>
      `el valor que empieza en esta línea tiene ${found} caracteres, y un valor puede tener hasta ${limit}. Resuma el texto; si es un documento, publíquelo como archivo en public/documentos/ y enlácelo.`,
  },

  /** The body of an .mdx file: Markdown and the editors' components, nothing that runs code. */
  safety: {
    unreadable: (detail: string) =>
      `el texto no se puede leer. Revise los signos < y { de esa línea: < abre una etiqueta o un componente, y { abre código, que el texto no puede llevar. Para escribirlos como texto, ponga una barra invertida antes: \\< y \\{. Detalle técnico: ${detail}`,
    esm: 'las líneas que empiezan por `import` o `export` no están permitidas: el contenido no puede traer código. Bórrelas; los componentes <Video>, <Documento> y <Nota> se usan sin importarlos.',
    expression: (code: string) =>
      `{${toShortened(code, 40)}} no está permitido: lo que va entre llaves se ejecuta como código. Para escribir llaves como texto, use \\{ y \\}.`,
    dangerousTag: (tag: string) =>
      `<${tag}> no está permitido: ${
        tag === 'style'
          ? 'cambiaría la apariencia del sitio'
          : tag === 'iframe' || tag === 'object' || tag === 'embed'
            ? 'cargaría otra página o sitio dentro de este'
            : tag === 'form'
              ? 'enviaría datos de los ciudadanos a otro lugar'
              : 'ejecutaría código en el navegador de los ciudadanos'
      }. Bórrelo.${tag === 'iframe' || tag === 'object' || tag === 'embed' ? ' Para mostrar un video use <Video url="https://…" titulo="…" />; para un documento, <Documento url="…" titulo="…" />.' : ''}`,
    unknownTag: (tag: string, components: readonly string[]) =>
      `<${tag}> no está permitido. Escriba con Markdown (por ejemplo **negrita**, [texto del enlace](https://…), listas con -) o use uno de los componentes del sitio: ${components.join(', ')}.`,
    fragment: 'la etiqueta vacía <> no está permitida. Bórrela y deje solo su contenido.',
    heading:
      'los títulos con # no están permitidos en el texto: la página ya tiene sus títulos, y uno más los desordenaría para quien usa lector de pantalla. Para destacar una frase, escríbala en **negrita**.',
    emptyLinkText:
      'este enlace no tiene texto: quien usa lector de pantalla no sabría a dónde lleva. Escriba el texto entre los corchetes, por ejemplo [Acta del espacio de diálogo](https://…).',
    inlineComponent: (tag: string) =>
      `<${tag}> va en su propia línea, separado del texto de arriba y de abajo por una línea en blanco, no dentro de una frase.`,
    spreadAttribute: (tag: string) =>
      `<${tag}> tiene un atributo entre llaves { }, que se ejecutaría como código. Escriba cada atributo con su valor entre comillas, por ejemplo titulo="…".`,
    eventAttribute: (attribute: string, tag: string) =>
      `el atributo ${attribute} de <${tag}> no está permitido: los atributos que empiezan por "on" ejecutan código. Bórrelo.`,
    unknownAttribute: (attribute: string, tag: string, valid: readonly string[]) =>
      `<${tag}> no tiene el atributo ${attribute}. ${valid.length === 0 ? 'No lleva atributos.' : `Sus atributos son: ${valid.join(', ')}.`}`,
    expressionAttribute: (attribute: string, tag: string) =>
      `el valor de ${attribute} en <${tag}> está entre llaves { }, que se ejecutarían como código. Escríbalo entre comillas, por ejemplo ${attribute}="…".`,
    emptyAttribute: (attribute: string, tag: string) =>
      `el atributo ${attribute} de <${tag}> debe tener un texto entre comillas, por ejemplo ${attribute}="…".`,
    missingAttribute: (attribute: string, tag: string) =>
      `a <${tag}> le falta el atributo ${attribute}. Agréguelo con su valor entre comillas, por ejemplo ${attribute}="…".`,
    relativeUrl: (url: string) =>
      `"${toShortened(url)}" no es una dirección completa: en cada página donde aparezca el texto llevaría a un lugar distinto. Escriba la dirección completa (https://…) o una ruta de este sitio que empiece por /, por ejemplo /documentos/2021/acta.pdf.`,
    imageUrl: (url: string) =>
      `"${toShortened(url)}" no se puede usar como imagen: las imágenes deben ser archivos de este sitio. Guárdela en public/imagenes/ y escriba su ruta, por ejemplo /imagenes/foro.jpg. Una imagen de otro sitio haría que el navegador de cada ciudadano se conectara a ese sitio.`,
    unsafeUrl: (url: string) =>
      `"${toShortened(url)}" no es una dirección permitida. Los enlaces deben empezar por https://, http:// o mailto:, o ser una ruta de este sitio (por ejemplo /documentos/informe.pdf). Direcciones como javascript: o data: no se aceptan.`,
  },

  /** `npm run dev` while the content has errors: the page shown instead of the site, and the terminal. */
  preview: {
    title: 'El contenido tiene problemas',
    intro:
      'Mientras el contenido tenga errores, la vista previa muestra esta lista en lugar del sitio, para que no vea páginas con datos incompletos.',
    recovers: 'Corrija los archivos y guárdelos: esta página se actualiza sola y vuelve a mostrar el sitio cuando ya no haya errores.',
    fixed: 'El contenido ya no tiene errores: la vista previa vuelve a mostrar el sitio.',
  },

  openData: {
    columns: {
      plan: 'Identificador del plan, por ejemplo 2021.',
      periodo: 'Identificador del periodo del informe, por ejemplo i-semestre.',
      corte: 'Fecha de corte del periodo (AAAA-MM-DD). Las cifras cuentan evidencias hasta ese día.',
      componenteId: 'Identificador del componente del plan.',
      componente: 'Nombre del componente del plan.',
      dependencia: 'Nombre de la dependencia responsable: la de la tarea, o si no tiene, la de su actividad. Vacío si el plan no la nombra.',
      actividadId: 'Identificador de la actividad (parte de su dirección en el sitio).',
      actividad: 'Nombre de la actividad.',
      tareaId: 'Identificador de la tarea o producto, único en el plan.',
      tarea: 'Lo que hay que hacer.',
      producto: 'El resultado que lo prueba. Vacío si el plan no lo nombra.',
      fechaProgramada: 'Fecha programada original del plan (AAAA-MM-DD). No cambia si la tarea se reprograma.',
      fechaVigente: 'Fecha programada vigente al corte (AAAA-MM-DD): la de la última reprogramación decidida hasta el corte, o la original si no hubo ninguna.',
      motivoReprogramacion: 'Motivo de la reprogramación vigente al corte. Vacío si la tarea no se había reprogramado hasta el corte.',
      programadaAlCorte: 'sí si la fecha programada vigente al corte es igual o anterior al corte: cuenta en la ejecución del periodo.',
      ejecucion: 'Ejecución al corte, de 0 a 100: la de la evidencia más reciente hasta el corte.',
      estado: 'Estado al corte: sin-iniciar, en-curso, cumplida, reprogramada, aplazada o vencida.',
      ejemplo: 'sí si es un dato de ejemplo que no está en el informe publicado por la entidad.',
      evidencias: 'Número de evidencias hasta el corte.',
      enlaces: 'Direcciones de las evidencias hasta el corte, separadas por " | ". Las que empiezan por / son archivos de este mismo sitio.',
      enlacesEvidencia: 'Direcciones de los enlaces de la evidencia, separadas por " | ". Las que empiezan por / son archivos de este mismo sitio.',
      fecha: 'Fecha de la evidencia (AAAA-MM-DD).',
      avance: 'Ejecución de la tarea registrada en esa fecha, de 0 a 100.',
      aplazada: 'sí si la evidencia dice que la tarea se aplazó.',
      nota: 'Nota corta de la evidencia, si la tiene.',
      texto: 'Texto de la evidencia, en Markdown.',
      cifras: 'Cifras del periodo: productos, programados, ejecutados, ejecución y avance global (en %).',
      personas: 'Número de personas que participaron, según la evidencia. Vacío si la evidencia no lo registra.',
      gruposDeValor:
        'Grupos de valor alcanzados (las personas y organizaciones a las que se dirige la actividad), separados por " | ". Vacío si la evidencia no los registra.',
      aportes:
        'Número de aportes recibidos (preguntas, propuestas, comentarios o quejas de la ciudadanía). Vacío si la evidencia no lo registra.',
      aportesRespondidos: 'Cuántos de esos aportes tienen respuesta de la entidad. Vacío si la evidencia no registra aportes.',
    },
    files: {
      productsCsv: (period: string) => `Productos del ${period} (CSV)`,
      productsJson: (period: string) => `Productos y cifras del ${period} (JSON)`,
      evidenceCsv: 'Todas las evidencias (CSV)',
      evidenceJson: 'Todas las evidencias (JSON)',
      productsSchema: 'Esquema JSON de los archivos de productos',
      evidenceSchema: 'Esquema JSON del archivo de evidencias',
    },
    /** What the JSON files and their JSON Schemas say where the CSV wording would not fit: true/false, lists, null. */
    json: {
      productsTitle: 'Productos y cifras de un periodo',
      productsDescription:
        'Archivo productos-<periodo>.json de un plan: las cifras del periodo y cada producto que cuenta su informe, como estaba en la fecha de corte.',
      evidenceTitle: 'Evidencias de un plan',
      evidenceDescription: 'Archivo evidencias.json de un plan: todas sus evidencias, de la más antigua a la más reciente.',
      schema: 'Dirección del esquema JSON que describe este archivo.',
      productos: 'Lista de los productos que cuenta el informe, un objeto por producto.',
      evidencias: 'Lista de las evidencias del plan, un objeto por evidencia, de la más antigua a la más reciente.',
      programadaAlCorte: 'true si la fecha programada vigente al corte es igual o anterior al corte: cuenta en la ejecución del periodo; si no, false.',
      motivoReprogramacion: 'Motivo de la reprogramación vigente al corte; texto vacío si la tarea no se había reprogramado hasta el corte.',
      ejemplo: 'true si es un dato de ejemplo que no está en el informe publicado por la entidad; si no, false.',
      aplazada: 'true si la evidencia dice que la tarea se aplazó; si no, false.',
      enlaces: 'Lista de las direcciones de las evidencias hasta el corte. Las que empiezan por / son archivos de este mismo sitio.',
      enlacesEvidencia: 'Lista de las direcciones de los enlaces de la evidencia. Las que empiezan por / son archivos de este mismo sitio.',
      producto: 'El resultado que lo prueba; texto vacío si el plan no lo nombra.',
      nota: 'Nota corta de la evidencia; texto vacío si no la tiene.',
      personas: 'Número de personas que participaron, según la evidencia; null si no lo registra.',
      gruposDeValor: 'Lista de los grupos de valor alcanzados (las personas y organizaciones a las que se dirige la actividad); lista vacía si la evidencia no los registra.',
      aportes: 'Número de aportes recibidos (preguntas, propuestas, comentarios o quejas de la ciudadanía); null si la evidencia no lo registra.',
      aportesRespondidos: 'Cuántos de esos aportes tienen respuesta de la entidad; null si la evidencia no registra aportes.',
      dependencia: 'Nombre de la dependencia responsable: la de la tarea, o si no tiene, la de su actividad; texto vacío si el plan no la nombra.',
      cifras: {
        productos: 'Número de productos que cuenta el informe.',
        programados: 'Productos programados hasta el corte.',
        ejecutados: 'Productos programados que llegaron al 100 % hasta el corte.',
        ejecucion: 'Ejecución del periodo en %, truncada: ejecutados entre programados; null si ningún producto estaba programado.',
        avanceGlobal: 'Avance global del plan al corte en %, truncado: promedio de la ejecución de todos los productos; null si no hay productos.',
      },
    },
  },

  /** A page shared on a social network or a messaging app: its description and its card image. */
  share: {
    separator: ' · ',
    noFigures: 'Todavía no hay cifras que medir',
    figureWithWord: (value: string, label: string, word: string) => `${value} ${label} (semáforo: ${word.toLowerCase()})`,
    dataAt: (date: string) => `Datos al ${date}`,
    closedAt: (date: string) => `Plan cerrado el ${date}`,
    planKicker: 'Avance del plan',
    descriptions: {
      home: (figures: string, cutoff: string, intro: string) => `${figures}, con corte al ${cutoff}. ${intro}`,
      plan: (figures: string, date: string, plan: string) => `${figures}, al ${date}. Componentes, actividades y pruebas del ${plan}.`,
      report: (figures: string, cutoff: string, objective: string) => `${figures}, con corte al ${cutoff}. ${objective}`,
      component: (figures: string, date: string, component: string, plan: string) =>
        `${figures}, al ${date}. Componente «${component}» del ${plan}.`,
      activity: (figures: string, date: string, activity: string, plan: string) => `${figures}, al ${date}. Actividad «${activity}» del ${plan}.`,
    },
    /** The home-screen name of the site, when a phone adds it: short enough to fit under an icon. */
    shortName: (entity: string) => entity,
  },

  /** Structured data (schema.org JSON-LD) for search engines and open-data catalogues. */
  structuredData: {
    catalogName: (plan: string) => `Datos abiertos del ${plan}`,
    productsName: (period: string, plan: string) => `Productos del ${period} del ${plan}`,
    productsDescription: (period: string, plan: string, cutoff: string) =>
      `Cada producto que cuenta el informe del ${period} del ${plan}, con su componente, actividad, fecha programada, ejecución y estado al corte del ${cutoff}, y las cifras del periodo: productos programados, ejecutados, ejecución y avance global.`,
    evidenceName: (plan: string) => `Evidencias del ${plan}`,
    evidenceDescription: (plan: string) =>
      `Todas las evidencias del ${plan}: la fecha, el componente, la actividad, la tarea y el producto de cada una, el avance que registra, si la tarea se aplazó, su nota, sus enlaces, los resultados de la participación que registra (personas, grupos de valor, aportes recibidos y respondidos) y su texto.`,
    keywords: ['participación ciudadana', 'plan de participación ciudadana', 'seguimiento', 'rendición de cuentas', 'datos abiertos'],
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
      schedule: 'Cronograma',
      evidence: 'Evidencias',
      data: 'Datos abiertos',
      method: '¿Cómo se calcula?',
      search: 'Buscar',
      plans: 'Todos los planes',
      reports: 'Informes',
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
      unit: {
        label: 'de avance de la dependencia',
        meaning: 'Cuánto se ha avanzado en todos los productos a cargo de la dependencia.',
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
      `Promedio de ejecución ${total === 1 ? 'del único producto' : `de los ${total} productos`} al ${date}.`,
    executionMeaning: 'Cuánto de lo que debía estar listo a esa fecha está listo.',
    nothingProgrammed: (date: string) => `No había productos programados hasta el ${date}. No hay ejecución que medir.`,
    noProducts: 'Todavía no hay productos. No hay avance que medir.',
    seeProducts: (count: number) => (count === 1 ? 'Ver el producto que cuenta' : `Ver los ${count} productos que cuenta`),
    cutoffLabel: (date: string) => `Corte: ${date}`,
    /**
     * The margins of every printed sheet (src/lib/publishing/print.ts). The printer numbers the sheets, so
     * the numbers arrive as placeholders: the words may go around them in any order.
     */
    print: {
      pageNumber: <Counter>(page: Counter, pages: Counter): (string | Counter)[] => ['Página ', page, ' de ', pages],
      /** Between the entity, the report's title and its cut-off in a report's header. */
      separator: ' · ',
    },
    asOfLabel: (date: string) => `Datos al ${date}, fecha de la información más reciente.`,
    closedLabel: (date: string) => `Plan cerrado el ${date}. Estas son sus cifras finales.`,
    evidenceAfterClosing: (date: string) => `Registrada después del cierre del plan (${date}): no cuenta en sus cifras.`,
    activityProgressClosed: (date: string) => `Avance al cierre del plan, ${date}`,
    reportsTitle: 'Informes de avance',
    reportsPageTitle: 'Informes de avance',
    reportsIntro: (plan: string) =>
      `Cada informe muestra el ${plan} tal como estaba en su fecha de corte, y no cambia después, salvo por una corrección publicada como fe de erratas. Aquí están todos, del más reciente al más antiguo.`,
    reportsOtherPlans: 'Informes de los planes de otros años',
    reportCorrected: (date: string) => `Corregido el ${date} con una fe de erratas.`,
    reportFigures: (execution: string, period: string, progress: string) =>
      `${execution} de ejecución del ${period} · ${progress} de avance global del plan`,
    olderReports: 'Informes anteriores',
    allReports: 'Ver todos los informes del plan',
    reportsNav: 'Otros informes del plan',
    previousReport: (name: string, cutoff: string) => `Informe anterior: ${name} (corte al ${cutoff})`,
    nextReport: (name: string, cutoff: string) => `Informe siguiente: ${name} (corte al ${cutoff})`,
    newPlan: (title: string) => `Ya se publicó el ${title}. Todavía no tiene informes de avance.`,
    seePlan: (title: string) => `Ver el ${title}`,
    errata: {
      title: 'Fe de erratas',
      intro: 'Este informe se corrigió después de publicarse. Cada corrección dice cuándo se hizo, por qué y qué cambió.',
      on: (date: string) => `Corrección del ${date}`,
      reason: 'Motivo',
      changes: 'Qué cambió',
      figureLabels: { ejecucion: 'Ejecución del periodo', avance: 'Avance global del plan' },
      figure: (label: string, before: string, after: string) => `${label}: pasó de ${before} a ${after}.`,
      noFigureChange: 'Las cifras del informe no cambiaron.',
      execution: (name: string, before: string, after: string) => `«${name}»: ejecución al corte de ${before} a ${after}.`,
      programmed: (name: string, programmed: boolean) =>
        programmed ? `«${name}»: ahora cuenta como programado hasta el corte.` : `«${name}»: ya no cuenta como programado hasta el corte.`,
      component: (name: string, component: string) => `«${name}»: pasó al componente «${component}».`,
      added: (name: string) => `«${name}»: entró en el informe.`,
      retired: (name: string) => `«${name}»: salió del informe.`,
      corrected: (before: string, date: string) => `Cifra corregida el ${date}. Se había publicado ${before}.`,
      see: 'Ver la fe de erratas',
      notice: (date: string) => `Este informe se corrigió después de publicarse: tiene una fe de erratas del ${date}.`,
    },
    readReport: (period: string) => `Leer el informe de avance del ${period}`,
    noReports: 'Todavía no se ha publicado ningún informe de avance de este plan.',
    noPlans: 'Todavía no hay planes publicados.',
    plansTitle: 'Planes de participación ciudadana',
    plansIntro: (entity: string) =>
      `Cada año, ${entity} publica un plan de participación ciudadana. Aquí están todos, del más reciente al más antiguo, con su avance.`,
    currentPlan: 'Plan con el informe más reciente',
    planProgress: (percent: string, date: string) => `${percent} de avance global al ${date}`,
    planProgressClosed: (percent: string, date: string) => `${percent} de avance global al cierre del plan, ${date}`,
    planTasks: (count: number, text: string) => (count === 1 ? '1 producto' : `${text} productos`),
    otherPlans: 'Ver los planes de otros años',

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
    componentEmpty: 'Este componente todavía no tiene actividades.',
    componentActivities: 'Actividades del componente',
    componentProducts: 'Productos del componente',
    unit: 'Dependencia responsable',
    unitsTitle: 'Dependencias responsables',
    unitsIntro:
      'Una dependencia es una oficina o un grupo de trabajo de la entidad. Cada actividad, o cada tarea, puede tener una dependencia responsable.',
    unitsDescription: (count: number, plan: string) =>
      `${count === 1 ? 'La dependencia responsable' : `Las ${count} dependencias responsables`} de las actividades del ${plan}, con su avance.`,
    unitsLink: (count: number) => (count === 1 ? 'Ver la dependencia responsable' : `Ver las ${count} dependencias responsables`),
    unitTitle: (name: string) => `Dependencia: ${name}`,
    unitDescription: (name: string, plan: string, products: number) =>
      `${products === 1 ? '1 producto' : `${products} productos`} a cargo de «${name}» en el ${plan}: ejecución, avance y evidencias.`,
    unitActivities: 'Actividades con productos de la dependencia',
    unitActivitiesIntro: 'Las cifras de cada actividad cuentan solo los productos a cargo de esta dependencia.',
    unitProducts: 'Productos de la dependencia',
    unitEmpty: 'Esta dependencia todavía no tiene productos a cargo.',
    unitCounts: (products: number) => (products === 1 ? '1 producto a cargo' : `${products} productos a cargo`),
    unitEvidence: (count: number) => (count === 1 ? 'Ver la evidencia de la dependencia' : `Ver las ${count} evidencias de la dependencia`),
    unitEvidenceTitle: (name: string, page: number, pages: number) => `Evidencias de «${name}»${pages > 1 ? `, página ${page} de ${pages}` : ''}`,
    unitEvidenceDescription: (name: string, count: number, page: number, pages: number) =>
      `${count === 1 ? '1 evidencia' : `${count} evidencias`} de los productos a cargo de «${name}», de la más reciente a la más antigua.${pages > 1 ? ` Página ${page} de ${pages}.` : ''}`,
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
    /** What citizens contributed and what was answered: the activity section and the plan's page. */
    participation: {
      title: '¿Qué aportó la ciudadanía y qué se respondió?',
      planLink: 'Qué aportó la ciudadanía en las actividades del plan y qué le respondió la entidad',
      description: (plan: string) =>
        `Personas que participaron, grupos de valor alcanzados, aportes recibidos y aportes respondidos en las actividades del ${plan}, por componente y por periodo.`,
      intro:
        'Algunas evidencias registran los resultados de la participación: cuántas personas participaron, qué grupos de valor se alcanzaron, cuántos aportes hizo la ciudadanía y cuántos respondió la entidad. Esta página los suma.',
      terms:
        'Un aporte es lo que una persona o un grupo le dice a la entidad en un espacio de participación: una pregunta, una propuesta, un comentario o una queja. Los grupos de valor son las personas y organizaciones a las que se dirige una actividad, por ejemplo alcaldías o gobernaciones.',
      glossaryLink: 'Ver todas las palabras en el glosario',
      empty: 'Todavía ninguna evidencia de este plan registra resultados de la participación.',
      emptyWhat:
        'Cuando una evidencia registre cuántas personas participaron, qué grupos de valor se alcanzaron, cuántos aportes se recibieron y cuántos se respondieron, aquí aparecerán sus sumas por componente y por periodo, con la parte de los aportes que ya tiene respuesta.',
      totalsTitle: 'En todo el plan',
      records: (count: number, text: string) =>
        count === 1 ? '1 evidencia registra resultados de la participación.' : `${text} evidencias registran resultados de la participación.`,
      people: (count: number, text: string) => (count === 1 ? '1 persona participó.' : `${text} personas participaron.`),
      contributions: (received: number, receivedText: string, answered: number, answeredText: string, share: string) =>
        received === 0
          ? 'No se recibieron aportes.'
          : `${receivedText} ${received === 1 ? 'aporte recibido' : 'aportes recibidos'}; ${answeredText} ${answered === 1 ? 'respondido' : 'respondidos'} (${share}).`,
      groups: (groups: readonly string[], countText: string) =>
        groups.length === 0
          ? ''
          : `${countText} ${groups.length === 1 ? 'grupo de valor alcanzado' : 'grupos de valor alcanzados'}: ${groups.join(', ')}.`,
      byComponent: 'Por componente',
      byPeriod: 'Por periodo',
      periodsIntro:
        'Cada evidencia cuenta en el periodo de su fecha: después del corte anterior y hasta el corte del periodo. Estas sumas leen las evidencias como están hoy: no son cifras de los informes.',
      detailTitle: 'Personas, aportes y grupos de valor',
      received: 'Aportes recibidos',
      answered: 'Aportes respondidos',
      answeredCell: (answered: string, share: string | undefined) => (share === undefined ? answered : `${answered} (${share})`),
      componentsCaption: 'Aportes recibidos y respondidos en cada componente',
      componentsLabel: 'Gráfico de barras: aportes recibidos y respondidos en cada componente',
      periodsCaption: 'Aportes recibidos y respondidos en cada periodo',
      periodsLabel: 'Gráfico de barras: aportes recibidos y respondidos en cada periodo',
      periodName: (name: string, cutoff: string) => `${name} (corte al ${cutoff})`,
      afterCutoff: (cutoff: string) => `Después del corte del ${cutoff}`,
      beforeAnyReport: 'Desde el inicio del plan (todavía sin informe)',
      nothingRecorded: 'Sin resultados registrados.',
      activityTitle: 'Resultados de la participación',
      activityPerEvidence: 'En cada evidencia',
      evidenceOn: (date: string, product: string) => `${product}, evidencia del ${date}`,
      notCounted: 'Sin dato',
    },
    /** The page that sets a plan's published cut-offs side by side. */
    comparison: {
      title: '¿Qué cambió entre un corte y otro?',
      planLink: 'Comparar los informes: qué avanzó, qué se atrasó y qué se reprogramó entre un corte y otro',
      description: (plan: string) =>
        `El estado y la ejecución de cada producto del ${plan} en cada informe publicado, lado a lado: qué avanzó, qué se atrasó y qué se reprogramó.`,
      intro:
        'Cada columna es un informe publicado, con los productos que contó en su fecha de corte. Un producto que se agregó al plan después de un corte dice «No existía» en ese informe.',
      statesTitle: 'Estados de los productos en cada corte',
      statesCaption: 'Productos en cada estado, en cada informe',
      statesLabel: 'Gráfico de barras: productos en cada estado, en cada informe',
      productsTitle: 'Cada producto en cada corte',
      tableCaption: (component: string) => `Componente: ${component}`,
      product: 'Producto',
      notThere: 'No existía',
      stepTitle: (from: string, to: string) => `Del ${from} al ${to}`,
      moved: 'Avanzó',
      movedIntro: 'Su ejecución subió.',
      slipped: 'Se atrasó',
      slippedIntro: 'Debía estar listo y no lo estaba, se aplazó o su ejecución bajó.',
      reprogrammed: 'Se reprogramó',
      reprogrammedIntro: 'La entidad cambió su fecha programada entre los dos cortes.',
      none: 'Ningún producto.',
      standing: (state: string, execution: string) => `${state}, ${execution}`,
      change: (name: string, before: string, after: string) => `${name}: de «${before}» a «${after}».`,
      newDate: (name: string, date: string, reason: string) => `${name}: nueva fecha, ${date}. Motivo: ${reason}`,
    },
    semaphore: {
      legend: 'Semáforo: rojo de 0 a 59 % (bajo), amarillo de 60 a 79 % (medio), verde de 80 a 100 % (alto).',
      rojo: 'Bajo',
      amarillo: 'Medio',
      verde: 'Alto',
    },
    /** Beside a figure, with the band's colour: "Semáforo: alto". */
    semaphoreWord: (word: string) => `Semáforo: ${word.toLowerCase()}`,

    scheduleMonthly: 'Cronograma del plan',
    scheduleMonthlyIntro: (date: string) => `Los productos, mes a mes, según su fecha programada vigente. Estado al ${date}.`,
    overdue: 'Vencidos o aplazados',
    overdueIntro: 'Debían estar listos y no lo están. Algunos se aplazaron: la evidencia explica por qué.',
    noOverdue: 'No hay productos vencidos ni aplazados.',
    monthProducts: (count: number) => (count === 1 ? '1 producto' : `${count} productos`),

    evidenceTitle: 'Evidencias',
    evidenceListTitle: (filter: string, page: number, pages: number) =>
      `Evidencias${filter ? ` (${filter})` : ''}${pages > 1 ? `, página ${page} de ${pages}` : ''}`,
    evidenceIntro: 'Las pruebas de cada tarea, de la más reciente a la más antigua.',
    evidenceListDescription: (plan: string, count: number, filter: string, page: number, pages: number) =>
      `${plan}: ${count === 1 ? '1 evidencia' : `${count} evidencias`}${filter ? ` (${filter})` : ''}, de la más reciente a la más antigua.${pages > 1 ? ` Página ${page} de ${pages}.` : ''}`,
    /** The home page's title: the plan it presents, apart from the plan's own page. */
    homeTitle: (plan: string) => `Avance: ${plan}`,
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
    /** The programmed date and each change of it, as TaskSchedule shows them, e.g. "Programada para el 30 de junio de 2021". */
    programmedFor: (date: string) => `Programada para el ${date}`,
    reprogrammedOn: (decision: string, date: string, reason: string) => `Reprogramada el ${decision} para el ${date}: ${reason}`,
    reprogrammedLater: (date: string) => `Se decidió después del ${date}: no cambia la fecha que regía ese día.`,
    execution: 'Ejecución',
    state: 'Estado',
    evidence: 'Evidencias',
    noEvidenceUntil: (date: string) => `Sin evidencias registradas hasta el ${date}.`,
    laterEvidenceCount: (count: number, date: string) =>
      count === 1
        ? `Después del ${date} se registró 1 evidencia más: no cuenta en este informe.`
        : `Después del ${date} se registraron ${count} evidencias más: no cuentan en este informe.`,
    seeActivityNow: 'Ver la actividad hoy',
    evidenceOn: (date: string) => `Evidencia del ${date}`,
    evidenceExecution: (percent: string) => `Ejecución registrada: ${percent}`,
    responsible: 'Dependencia responsable',
    valueGroups: 'Grupos de valor',
    valueGroupsHelp: 'Los grupos de valor son las personas y organizaciones a las que se dirige la actividad.',
    channel: 'Canal o espacio',
    notReported: 'Sin dato',
    activityTasks: 'Tareas y productos',
    activityProgress: (date: string) => `Avance al ${date}`,
    linkKinds: { web: 'Página web', video: 'Video', documento: 'Documento' },
    externalHost: (host: string) => `en ${host}, otro sitio`,
    footnotesLabel: 'Notas',
    /** The edit link of a page or of one piece of evidence: to the web editor, or to the file in GitHub's or GitLab's editor. */
    edit: {
      page: { editor: 'Editar esta página', github: 'Editar esta página en GitHub', gitlab: 'Editar esta página en GitLab' },
      evidence: { editor: 'Editar esta evidencia', github: 'Editar esta evidencia en GitHub', gitlab: 'Editar esta evidencia en GitLab' },
    },
    pagination: {
      label: 'Páginas de la lista',
      previous: 'Anterior',
      next: 'Siguiente',
      page: (page: number, pages: number) => `Página ${page} de ${pages}`,
      showing: (first: number, last: number, total: number) => `Se muestran de la ${first} a la ${last} de ${total}.`,
    },
    footnoteBackLabel: 'Volver a la referencia {reference}',
    note: 'Nota',
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
      reprogramada: 'Reprogramada',
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
        reprogramada: 'La entidad le dio una nueva fecha, decidida hasta el corte, y esa fecha todavía no llega.',
        aplazada: 'Su evidencia más reciente dice que se aplazó.',
        vencida: 'Debía estar listo en el corte y no llegó al 100 %.',
        'en-curso': 'Tiene algún avance y todavía no vence.',
        'sin-iniciar': 'No tiene avance y todavía no vence.',
      },
      reprogrammingTitle: 'Fechas reprogramadas',
      reprogrammingRule:
        'Una tarea guarda siempre su fecha programada original. Si la entidad decide moverla, registra la nueva fecha, el día en que lo decidió y el motivo, y el sitio muestra las dos fechas. Cada corte usa la fecha vigente ese día: la de la última reprogramación decidida hasta el corte, o la original si no hubo ninguna. Una reprogramación decidida después del corte no saca la tarea de ese informe. Si la tarea tampoco llega a la nueva fecha, queda vencida.',
      reprogrammingExample: (original: string, newDate: string, cutoff: string) =>
        `Ejemplo: un producto programado para el ${original}, sin avance, se reprograma para el ${newDate}. Qué cuenta el informe con corte al ${cutoff} depende del día de la decisión:`,
      reprogrammingCase: (decision: string, inForce: string, programmed: boolean, state: string) =>
        `Si se decidió el ${decision}, la fecha vigente en el corte es el ${inForce}: el informe ${programmed ? 'lo cuenta' : 'no lo cuenta'} entre los productos programados y su estado es «${state}».`,
      semaphoreTitle: 'El semáforo',
      frozenTitle: 'Los informes no cambian, salvo por una fe de erratas',
      frozenRule:
        'Un informe solo cuenta evidencias fechadas hasta su corte. Las evidencias nuevas cambian las páginas del plan, no los informes ya publicados.',
      laterProductsRule:
        'Un informe cuenta los productos que tenía el plan cuando se publicó. Si después se agrega una actividad al plan, sus productos cuentan desde el corte siguiente, nunca en un informe ya publicado.',
      errataRule:
        'Si un informe publicado tenía un error, la entidad lo corrige con una fe de erratas: una nota con fecha y motivo. El informe muestra la cifra corregida junto a la que se había publicado.',
      closedTitle: 'Cuando termina el año',
      closedRule: (date: string) =>
        `Un plan cubre un año, hasta el 31 de diciembre (en el ejemplo, el ${date}). El sitio lo muestra como cerrado cuando se publica el informe con ese corte, o cuando llega una evidencia de después. Desde entonces sus páginas muestran las cifras finales. Una evidencia registrada después, hasta el 31 de marzo del año siguiente, se publica como evidencia tardía, pero no cambia esas cifras; una fecha más tardía no se acepta, porque casi siempre es un error al escribir el año.`,
    },

    glossary: {
      title: 'Glosario',
      intro: 'Las palabras que usa este sitio, explicadas en pocas líneas.',
      terms: [
        ['Plan de participación ciudadana', 'Lo que una entidad pública se compromete a hacer en un año para que la ciudadanía participe en su gestión.'],
        ['Componente', 'Una parte del plan. Agrupa actividades con un mismo propósito.'],
        ['Actividad', 'Una acción del plan, por ejemplo un espacio de diálogo. Se cumple con tareas y productos.'],
        ['Dependencia', 'Una oficina o un grupo de trabajo de la entidad. La dependencia responsable de una actividad o de una tarea es la que debe cumplirla.'],
        ['Tarea', 'Lo que hay que hacer para cumplir la actividad.'],
        ['Producto', 'El resultado concreto de una tarea: una publicación, un video, un registro.'],
        ['Grupo de valor', 'Personas u organizaciones a las que se dirige la entidad: ciudadanía, alcaldías, gobernaciones, entre otras.'],
        ['Aporte', 'Lo que una persona o un grupo de valor le dice a la entidad en un espacio de participación: una pregunta, una propuesta, un comentario o una queja. La entidad debe responderlo; el sitio cuenta cuántos aportes se recibieron y cuántos se respondieron.'],
        ['Corte', 'Fecha en la que se mide el avance. El informe del I semestre tiene corte al 30 de junio.'],
        ['Ejecución', 'Parte de lo programado hasta un corte que ya se cumplió.'],
        ['Avance global', 'Promedio de ejecución de todos los productos del plan, incluso los que vencen después.'],
        ['Evidencia', 'La prueba de lo que se hizo: un texto, un enlace, un video o un documento, con su fecha.'],
        ['Aplazada', 'Tarea que no se hizo en su fecha y todavía no tiene una nueva. La evidencia explica por qué.'],
        ['Reprogramada', 'Tarea a la que la entidad le dio una nueva fecha, con su motivo. Se muestran la fecha original y la nueva.'],
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
      planIntro: (plan: string) => `Las cifras y las evidencias del ${plan.replace(/^Plan\b/, 'plan')}, en archivos que cualquiera puede descargar y reutilizar.`,
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
      csvFormulas:
        "Una hoja de cálculo toma por fórmula el texto que empieza por =, +, - o @. Para que ninguna se ejecute al abrir el archivo, las celdas de texto que empiezan por uno de esos signos (también después de espacios o comillas, o en su forma ancha ＝ ＋ － ＠), por una tabulación o por un retorno de carro llevan delante un apóstrofo ('), que no es parte del dato. Los números nunca lo llevan.",
    },

    notFound: {
      title: 'No encontramos esta página',
      body: 'Puede que la dirección esté mal escrita o que la página se haya movido.',
      home: 'Ir al inicio',
    },
  },
};

export type Messages = typeof esCO;
