/**
 * Las palabras del plan de acción en PDF, en español. Todo debe imprimirse tal cual con las
 * fuentes estándar del PDF (Latin-1: á é í ó ú ñ ü ¿ ¡ sí; comillas curvas, rayas y "…" no).
 * Las mismas claves que src/i18n/en/report.ts.
 */
import type { ReportMessages } from '../types.ts'

const s = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const list = (parts: readonly string[]): string => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1] ?? ''}`)

const days = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)} día${n === 1 ? '' : 's'}`

export const report: ReportMessages = {
  pdfLanguage: 'es',
  title: 'Plan de acción de ciberseguridad',
  titleFor: (business) => `Plan de acción de ciberseguridad para ${business}`,
  forBusiness: (business) => `para ${business}`,
  prepared: (bankTitle, msp, date) => `${bankTitle}. Preparado por ${msp} el ${date}.`,
  subject: (bankTitle) => `${bankTitle}: puntuaciones, estimación de detección, lo que no sabe y un plan de acción por prioridades`,
  keywords: 'ciberseguridad, plan de acción, NIST CSF 2.0, CIS Controls v8, OWASP API Top 10',
  creator: 'Evaluación de ciberseguridad',
  page: (n, total) => `Página ${n} de ${total}`,
  phone: (phone) => `Tel. ${phone}`,
  emergency: (phone) => `Emergencias ${phone}`,
  overall: 'Puntuación general',
  notScored: 'Sin puntuación todavía',
  outOf: 'de 100',
  notAnswered: 'sin contestar',
  summary: {
    none: 'Todavía no ha contestado ninguna pregunta que cuente, así que no hay puntuación ni plan. Conteste las preguntas para tener los dos.',
    score: (score, tier) => `Su puntuación es ${score} de 100${tier === null ? '' : `, en el nivel "${tier}"`}.`,
    strongest: (best, bestScore, worst, worstScore) => `Su punto más fuerte es "${best}" (${bestScore}); el más débil, "${worst}" (${worstScore}).`,
    noActions: 'Sus respuestas no piden ninguna acción por ahora: siga como va.',
    actions: (total, week, month, quarter) =>
      `Sus respuestas llevan a ${s(total, 'acción', 'acciones')}: ${list([week > 0 ? `${week} esta semana` : '', month > 0 ? `${month} en 30 días` : '', quarter > 0 ? `${quarter} en 90 días` : ''].filter((p) => p !== ''))}.`,
    gaps: (n) => `Contestó "No lo sé" ${n === 1 ? 'una vez' : `${n} veces`}; averiguar esas respuestas suele ser la mejora más rápida (vea "Lo que debe averiguar").`,
    incomplete: (answered, applicable) => `Contestó ${answered} de ${s(applicable, 'pregunta')}; las demás todavía no cuentan.`,
  },
  since: {
    heading: (date) => `Desde su última evaluación, del ${date}`,
    overall: (change) => `Puntuación general: ${change}.`,
    noneImproved: 'Hecho desde entonces: ninguna respuesta ha mejorado todavía.',
    improved: (n, named) => `Hecho desde entonces: ${n === 1 ? 'mejoró 1 respuesta' : `mejoraron ${n} respuestas`} (${named}).`,
    noneWorse: 'Nada empeoró.',
    worse: (n, named) => `Empeoró: ${s(n, 'respuesta')} (${named}).`,
    gaps: (fresh, resolved) =>
      `${fresh === 0 ? 'Nada nuevo por averiguar' : `Cosas nuevas por averiguar ("No lo sé" ahora, no antes): ${fresh}`}${resolved === 0 ? '' : `; averiguadas desde entonces: ${resolved}`}.`,
    changed: 'Las preguntas cambiaron desde entonces, así que las dos series de respuestas se puntúan con las preguntas de hoy.',
    notComparable: (n) => (n === 1 ? '1 respuesta anterior no se pudo comparar (su pregunta o su respuesta ya no existe).' : `${n} respuestas anteriores no se pudieron comparar (sus preguntas o respuestas ya no existen).`),
    newQuestions: (n) => (n === 1 ? '1 pregunta no tenía respuesta la vez anterior.' : `${n} preguntas no tenían respuesta la vez anterior.`),
  },
  fixFirst: {
    heading: 'Corrija esto primero',
    none: 'Nada que corregir: cada respuesta que dio ya es la mejor. Siga así, y vuelva a revisar dentro de un año.',
    intro: (n) => `${n === 1 ? 'El paso' : `Los ${n} pasos`} que más reducen su riesgo. A continuación, el resto de su plan de un vistazo; la parte para su proveedor de TI tiene el detalle.`,
    facts: (who, when, effort) => `Quién: ${who}  |  Cuándo: ${when}  |  Esfuerzo: ${effort}`,
    movedUp: (reason) => `Sube de prioridad: ${reason}`,
  },
  detection: {
    heading: '¿Qué tan rápido notaría una brecha?',
    yours: 'Su estimación',
    best: 'Mejor caso',
    worst: 'Peor caso',
    ticks: ['1 hora', '1 día', '1 semana', '1 mes', '3 meses', '6 meses', '1 año', '2 años', '5 años'],
    days,
    none: 'No contestó las preguntas de detección, así que no hay una estimación de qué tan rápido notaría una brecha. Las cifras marcadas muestran cuánto tiempo suelen pasar las brechas sin que nadie las note en otros lugares.',
    oneBand: (band) => `Sus respuestas lo ponen en un solo rango: ${band}.`,
    range: (best, worst) => `Mejor caso: ${best}. Peor caso: ${worst}.`,
    unsure: (n, of) => ` ${n} de sus ${of} respuestas aquí ${n === 1 ? 'fue' : 'fueron'} "No lo sé", que cuenta como el caso lento.`,
    bar: ' La barra muestra ese rango; las líneas numeradas, cifras publicadas para comparar.',
    benchmark: (label, n, metric) => `${label}: ${days(n)}. ${metric}.`,
  },
  sectionScores: 'Puntuación por sección',
  rest: {
    heading: 'El resto de su plan',
    intro: (n) =>
      `${n === 1 ? 'Una acción más' : `${n} acciones más`}, por plazo, de la más urgente a la menos. Cada una se explica completa, con su costo y cómo le ayuda su proveedor de TI, en la segunda parte de este plan.`,
  },
  action: {
    facts: (when, who, effort, cost, answer) => `Cuándo: ${when}  |  Quién: ${who}  |  Esfuerzo: ${effort}  |  Costo: ${cost}  |  Usted contestó: "${answer}"`,
    raised: (reason) => `Sube de prioridad: ${reason}`,
    helps: (msp, service) => `Cómo ayuda ${msp}: ${service}`,
  },
  help: {
    heading: (msp) => `Cómo le puede ayudar ${msp}`,
    phone: 'Teléfono',
    emergency: 'En una emergencia, llame al',
    email: 'Correo',
    website: 'Sitio web',
  },
  insurance: {
    heading: 'Lo que le preguntarán las aseguradoras',
    columns: ['Lo que suelen preguntar las aseguradoras', 'Sus respuestas', 'Qué hacer antes de la solicitud'],
    keep: 'Manténgalo así. Las pruebas que debe tener listas están en la parte para su proveedor de TI.',
    step: (n, when) => `acción ${n} (${when})`,
    ofPlan: (steps) => `${steps} de su plan.`,
    answerFirst: 'Conteste la pregunta en la evaluación (o averígüelo) y vuelva a revisar.',
    evidence: 'Pruebas que le puede pedir una aseguradora',
    evidenceIntro:
      'Antes de que el dueño o la dueña llene una solicitud o una renovación de seguro cibernético, reúna esto para cada pregunta. El estado sale de sus respuestas: confirme que cada "Cumple" vale para cada persona y cada equipo, porque lo que se contesta en la solicitud tiene que ser verdad.',
    askedBy: 'Lo preguntan:',
    where: 'Dónde se hace cada pregunta',
  },
  partner: {
    heading: 'Para su proveedor de TI',
    intro: (msp) =>
      `El detalle del plan, para ${msp} o para quien se ocupe de su TI: cada sección con lo que ya está y cada acción completa (numerada como en la primera parte), lo que hay que averiguar, cada respuesta con sus referencias de NIST CSF 2.0, CIS Controls v8 y OWASP API Top 10 (2023), cómo se hace la estimación de detección y las fuentes de las cifras citadas.`,
  },
  section: {
    of: (n, total) => `Sección ${n} de ${total}`,
    notAnswered: 'Sin contestar',
    counts: (applicable, answered, notSure) =>
      `${applicable === 1 ? 'Le corresponde 1 pregunta que cuenta' : `Le corresponden ${applicable} preguntas que cuentan`}; contestó ${answered}${notSure > 0 ? `, ${notSure} con "No lo sé"` : ''}.`,
    notYet: 'Todavía no ha contestado esta sección.',
    nothingInPlace: 'Ya está: nada todavía.',
    inPlace: 'Lo que ya está',
    missing: 'Lo que falta, y qué hacer',
    unknown: 'No se sabe hasta que conteste.',
    nothingMissing: 'Nada: cada respuesta aquí es la mejor.',
    others: 'Otras preguntas de esta sección',
  },
  answer: {
    notAsked: 'No se preguntó: no aplica según las respuestas de arriba.',
    unanswered: 'Sin contestar.',
    notApplicable: (answer) => `Respuesta: ${answer} (no aplica a la empresa; no cuenta).`,
    profile: (answer) => `Respuesta: ${answer} (sobre la empresa; no cuenta).`,
    scored: (answer, score, weight) => `Respuesta: ${answer} (puntuación ${score} de 100, peso ${weight}).`,
    none: 'ninguna',
  },
  gaps: {
    heading: 'Lo que debe averiguar',
    intro: (n) =>
      `Contestó "No lo sé" ${n === 1 ? 'una vez' : `${n} veces`}. No saber ya es un hallazgo: un atacante no necesita que usted lo sepa. Averiguarlo suele ser rápido, y la respuesta puede cambiar su plan.`,
    step: (n, section) => `Averigüe: acción ${n} de su plan (${section}).`,
    noStep: 'Averigüe la respuesta y luego actualice su evaluación.',
    whoTells: (what, who) => `${what} Quién le puede decir: ${who}`,
    who: (who, msp) => (who === 'you' ? 'Usted: revíselo, o pregúntele a quien lo configuró.' : who === 'msp' ? `Su proveedor de TI, ${msp}.` : `Usted, con su proveedor de TI, ${msp}.`),
  },
  appendix: {
    detection: 'Cómo se hace la estimación de detección',
    noEstimate: 'No se contestó ninguna pregunta de detección, así que no se hizo ninguna estimación.',
    basis: 'Las respuestas en que se basa',
    sources: 'Fuentes de las cifras citadas',
    source: (url) => `Fuente: ${url}`,
    benchmarks: 'Cifras de referencia de detección',
  },
}
