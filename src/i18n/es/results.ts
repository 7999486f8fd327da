/**
 * Las palabras de los resultados, en español: la página, quién / cuándo / esfuerzo / costo, el
 * seguro cibernético, "Comparar con la vez anterior", el CSV, el correo y el formulario de
 * contacto. Las mismas claves que src/i18n/en/results.ts.
 */
import type { ResultsMessages } from '../types.ts'

const s = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const someOf = (names: readonly string[], max: number, sep = '; '): string => {
  const shown = names.slice(0, max).join(sep)
  return names.length > max ? `${shown}${sep}y ${names.length - max} más` : shown
}

export const results: ResultsMessages = {
  labels: {
    who: { you: 'Usted', 'you-with-msp': 'Usted, con su proveedor de TI', msp: 'Su proveedor de TI' },
    when: { week: 'Esta semana', month: 'En 30 días', quarter: 'En 90 días' },
    effort: { hours: 'Unas horas', days: 'Unos días', weeks: 'Unas semanas' },
    cost: { free: 'Gratis', low: 'Costo bajo', moderate: 'Costo moderado' },
  },
  fileStem: 'plan-de-ciberseguridad',
  change: {
    neither: 'sin puntuación antes ni ahora',
    notThen: (now) => `sin puntuación antes, ${now} ahora`,
    notNow: (then) => `${then} antes, sin puntuación ahora`,
    same: (now) => `sin cambios, en ${now}`,
    moved: (then, now, delta) => `de ${then} a ${now}, ${delta > 0 ? 'sube' : 'baja'} ${Math.abs(delta)}`,
  },
  someOf,
  notCompared: {
    gone: (ids) => `${s(ids.length, 'respuesta anterior', 'respuestas anteriores')} a preguntas que ya no existen (${someOf(ids, 5, ', ')})`,
    changed: (texts) => `${s(texts.length, 'respuesta anterior', 'respuestas anteriores')} que ya no ${texts.length === 1 ? 'se ofrece' : 'se ofrecen'} (${someOf(texts.map((t) => `"${t}"`), 3)})`,
    sentence: (parts) => `No se pudo comparar: ${parts.join(', y ')}.`,
    fresh: (texts, sameQuestions) =>
      `${texts.length === 1 ? '1 pregunta que contestó ahora no tenía' : `${texts.length} preguntas que contestó ahora no tenían`} respuesta en el archivo anterior${sameQuestions ? '' : ' (son nuevas, o no se contestaron entonces)'}: ${someOf(texts.map((t) => `"${t}"`), 3)}.`,
    noName: '(sin nombre)',
  },
  insurance: {
    status: { meets: 'Cumple', partly: 'En parte', misses: 'No cumple', unknown: 'No se sabe' },
    meaning: {
      meets: 'Sus respuestas dicen que esto ya está. Confirme que se cumple para cada persona y cada equipo antes de decir que sí.',
      partly: 'En una solicitud cuenta como "No": las aseguradoras preguntan si está en todas partes.',
      misses: 'Hoy la respuesta honesta es "No".',
      unknown: 'Usted contestó "No lo sé" o no contestó: averígüelo antes de hacer la solicitud. Algunas aseguradoras leen una respuesta en blanco como "No".',
    },
    notes: [
      'Preguntas que las aseguradoras suelen hacer a las pequeñas empresas. Cada aseguradora decide por su cuenta: esto no es asesoría ni una cotización.',
      'En una solicitud, "En parte" cuenta como "No", y algunas aseguradoras leen una respuesta en blanco como "No".',
      'Conteste cada solicitud con la verdad. La solicitud puede pasar a ser parte de la póliza, y una respuesta falsa puede anular la cobertura o hacer que le rechacen un reclamo.',
    ],
    counts: 'Cuántas preguntas hay en cada estado',
    show: (n) => `Ver las ${n} preguntas y qué hacer`,
    todo: 'Qué hacer:',
    gather: 'Tenga listo para la aseguradora:',
  },
  csv: {
    header: ['Orden', 'Primero', 'Acción', 'Por qué importa', 'Plazo', 'Quién lo hace', 'Esfuerzo', 'Costo', 'Sección', 'Pregunta', 'Su respuesta', 'Preguntan las aseguradoras', 'NIST CSF 2.0', 'CIS Controls v8', 'OWASP API Top 10 2023'],
    yes: 'sí',
    no: 'no',
    button: 'Descargar el plan en CSV',
    note: 'Una hoja de cálculo con cada acción, numerada como en el PDF: quién, cuándo, esfuerzo, costo y qué preguntas de las aseguradoras ayuda a contestar. Se abre en Excel, Numbers o Google Sheets.',
  },
  email: {
    hello: (msp) => `Hola, ${msp}:`,
    done: 'Hice la evaluación de ciberseguridad de su sitio web.',
    score: (score, tier) => `Puntuación general: ${score} / 100 (${tier})`,
    none: 'Ninguna acción: todas las respuestas ya eran las mejores.',
    first: 'Lo que debo corregir primero:',
    talk: 'Por favor, comuníquense conmigo para hablar de esto.',
    subject: (score, tier) => `Mis resultados de ciberseguridad: ${score}/100 (${tier})`,
  },
  page: {
    heading: 'Sus resultados',
    overall: 'Puntuación general',
    outOf: ' / 100',
    noScore: 'Todavía no ha contestado ninguna pregunta que cuente, así que no hay puntuación ni plan que mostrar.',
    incomplete: (answered, applicable) => `Contestó ${answered} de ${applicable} preguntas; las que no contestó no cuentan.`,
    answerRest: 'Contestar las demás',
    download: 'Descargar el plan en PDF',
    preparing: 'Preparando su PDF...',
    downloadNote:
      'El mismo plan en PDF, para imprimir o compartir (escriba más abajo el nombre de su empresa para que salga en él). El PDF no está etiquetado para lectores de pantalla; esta página tiene lo mismo en forma accesible.',
    downloadFailed: (saved) =>
      `No se pudo crear el PDF. ${saved ? 'Sus respuestas están a salvo en este dispositivo' : 'Sus respuestas siguen aquí mientras esta página esté abierta'}; inténtelo de nuevo.`,
    fixFirst: 'Corrija esto primero',
    fixFirstIntro: (n) => `${n === 1 ? 'El paso' : `Los ${n} pasos`} que más reducen su riesgo. El resto de su plan está más abajo.`,
    nothingToFix: 'Nada que corregir: cada respuesta que dio ya es la mejor. Siga así, y vuelva a revisar dentro de un año.',
    sections: 'Puntuación por sección',
    notAnswered: 'Sin contestar',
    detection: '¿Cuánto tiempo podría pasar inadvertida una brecha?',
    gaps: (n) => `Lo que no sabe: ${n === 1 ? '1 cosa' : `${n} cosas`} por averiguar`,
    gapsIntro: 'Aquí usted contestó "No lo sé". No saber ya es un hallazgo: un atacante no necesita que usted lo sepa.',
    gapsShow: 'Ver qué averiguar',
    findOut: 'Averigüe:',
    rest: 'El resto de su plan',
    restNone: (wholePlan) => `Nada más que hacer por ahora${wholePlan ? ': los pasos de arriba son todo el plan' : ''}.`,
    steps: (n) => s(n, 'paso'),
    insurance: 'Lo que le preguntarán las aseguradoras',
    keep: 'El nombre de su empresa y sus respuestas',
    compare: 'Comparar con la vez anterior',
  },
  item: {
    who: 'Quién:',
    when: 'Cuándo:',
    whoFact: 'Quién',
    whenFact: 'Cuándo',
    effort: 'Esfuerzo',
    cost: 'Costo',
    service: 'Servicio de su proveedor de TI',
    movedUp: (reason) => `Sube de prioridad: ${reason}.`,
    context: (section, answer) => `De "${section}": usted contestó "${answer}".`,
  },
  detection: {
    estimate: 'Estimación: una brecha podría pasar inadvertida durante',
    range: (best, worst) => `${best} en el mejor caso, ${worst.toLowerCase()} en el peor`,
    unsure: (n) => `${n === 1 ? '1 de sus respuestas sobre detección fue' : `${n} de sus respuestas sobre detección fueron`} "No lo sé", y se cuentan como el caso lento.`,
    none: 'Conteste las preguntas de "Rapidez de detección" para ver una estimación.',
    compare: 'Para comparar',
    days: (n) => `${n} días`,
    source: 'Fuente',
    how: 'Cómo se hace esta estimación, y qué miden las cifras',
    ticks: ['1 día', '1 semana', '1 mes', '1 año'],
  },
  business: {
    label: 'Nombre de la empresa',
    optional: '(opcional)',
    hint: 'Sale en su plan en PDF y en el nombre del archivo. Se queda en este dispositivo.',
  },
  save: {
    button: 'Guardar mis respuestas',
    note: 'Descarga un archivo pequeño con sus respuestas, para cargarlas después aquí o en otro dispositivo, o para dárselo a su proveedor de TI.',
  },
  compare: {
    intro: '¿Guardó sus respuestas la vez anterior? Elija ese archivo para ver qué cambió. Se lee solo en este dispositivo, sin subirlo ni guardarlo, y el PDF incluye la comparación mientras se muestre.',
    button: 'Comparar con una evaluación anterior',
    hint: 'Sus respuestas en este dispositivo no cambian.',
    since: (date) => `Desde su evaluación del ${date}`,
    overall: (change) => `Puntuación general: ${change}.`,
    changedQuestions: 'Las preguntas cambiaron desde que se guardó ese archivo, así que las dos series de respuestas se puntúan con las preguntas de hoy: la puntuación anterior puede ser distinta de la que vio entonces.',
    bySection: 'Por sección',
    improved: (n) => `Hecho desde entonces (${n})`,
    noneImproved: 'Ninguna respuesta ha mejorado desde entonces.',
    worse: (n) => `Empeoró (${n})`,
    noneWorse: 'Nada empeoró.',
    newGaps: (n) => `Cosas nuevas por averiguar (${n})`,
    newGapsHint: 'Preguntas que ahora contestó con "No lo sé", pero no la vez anterior.',
    none: 'Ninguna.',
    resolved: (n) => `Averiguado desde entonces (${n})`,
    clear: 'Quitar la comparación',
    /** The refusals only a comparison makes (the others: `app.file.problem`). */
    problem: (p) => {
      const notOurs = 'Este archivo no es de respuestas guardadas de esta evaluación.'
      switch (p) {
        case 'other-version-compare':
          return 'Este archivo lo guardó otra versión de esta evaluación, así que no se puede comparar aquí.'
        case 'newer-questions':
          return 'Este archivo se guardó con un grupo de preguntas más nuevo que el de esta evaluación, así que no se puede comparar aquí.'
        case 'no-questions':
          return `${notOurs} Le falta el grupo de preguntas, o está dañado.`
        case 'empty-compare':
          return 'Este archivo no tiene respuestas con las que comparar.'
      }
    },
  },
  contact: {
    heading: (msp) => `Cómo le puede ayudar ${msp}`,
    phone: 'Teléfono:',
    email: 'Correo:',
    website: 'Sitio web:',
    emergency: '¿Lo están atacando ahora mismo? Llame a nuestra línea de emergencias:',
    emailResults: (msp) => `Enviar mis resultados por correo a ${msp}`,
    emailNote: (msp) =>
      `Abre su programa de correo con un mensaje para ${msp}: su puntuación, su nivel y lo que debe corregir primero. No se envía nada hasta que usted lo envíe, y nunca lleva sus respuestas una por una.`,
  },
  lead: {
    summary: (msp) => `Pedir que ${msp} se comunique con usted`,
    sent: (msp, email) => `Enviado. ${msp} tiene sus datos, su puntuación y sus prioridades, y se comunicará con usted en ${email}.`,
    group: 'Sus datos de contacto',
    intro: (msp) => `Envíe sus datos y sus resultados a ${msp}, y se comunicarán con usted. No se envía nada hasta que pulse el botón.`,
    name: 'Su nombre',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    business: 'Nombre de la empresa',
    message: 'Mensaje',
    optional: '(opcional)',
    trap: 'Sitio web (deje esto vacío)',
    consent: (msp) => `Enviar mis datos de contacto, mi puntuación y mis prioridades a ${msp} para que se comuniquen conmigo`,
    answers: (msp) => `Enviar también a ${msp} mi respuesta a cada pregunta`,
    consentMissing: 'Marque esta casilla para enviar sus datos, o use mejor el botón de correo de arriba.',
    send: (msp) => `Enviar a ${msp}`,
    sending: 'Enviando sus datos...',
    problems: (n) => `${n === 1 ? 'Hay una cosa que revisar' : `Hay ${n} cosas que revisar`} antes de enviar.`,
    problem: {
      name: { missing: 'Escriba su nombre.' },
      email: { missing: 'Escriba su correo electrónico.', invalid: 'Escriba un correo electrónico como nombre@ejemplo.com.' },
      phone: { invalid: 'Escriba un teléfono de al menos 5 dígitos, o déjelo vacío.' },
      business: {},
      message: {},
    },
    notSent: 'Sus datos no se enviaron.',
    kept: 'Todo lo que escribió sigue aquí.',
    retry: 'Intentar de nuevo',
    instead: (msp) => `Mejor enviar mis resultados por correo a ${msp}`,
    failure: (f, msp) => {
      switch (f.kind) {
        case 'status':
          return `El sistema de ${msp} respondió con un error (HTTP ${f.status}).`
        case 'timeout':
          return `El sistema de ${msp} no respondió en ${f.seconds} segundos.`
        case 'network':
          return f.offline ? 'Parece que su dispositivo no tiene conexión.' : `No se pudo llegar al sistema de ${msp}, o no aceptó la conexión desde esta página.`
      }
    },
  },
}
