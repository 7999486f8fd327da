/**
 * Las palabras del cuestionario y de la página de emergencia, en español. Las mismas claves que
 * src/i18n/en/questionnaire.ts.
 */
import type { QuestionnaireMessages } from '../types.ts'

const s = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

export const questionnaire: QuestionnaireMessages = {
  /** What the first screen says only after something happened: a notice about saved progress, a refused file, a loaded one. */
  notice: (n) => {
    switch (n.kind) {
      case 'blocked':
        return 'Su navegador no deja que esta página guarde nada, así que perderá sus respuestas si la cierra o la vuelve a cargar. Todo lo demás funciona.'
      case 'damaged':
        return 'Se encontraron respuestas guardadas, pero no se pudieron usar (estaban dañadas), así que la evaluación empieza de cero.'
      case 'other-version':
        return 'Se encontraron respuestas guardadas, pero no se pudieron usar (las guardó otra versión de esta evaluación), así que la evaluación empieza de cero.'
      case 'expired':
        return `Se borraron las respuestas guardadas hace más de ${n.days} días, así que la evaluación empieza de cero.`
      case 'dropped':
        return `${n.bankChanged ? 'Las preguntas cambiaron desde que usted guardó: ' : ''}${
          n.count === 1 ? 'una respuesta guardada ya no correspondía a ninguna pregunta y se quitó.' : `${n.count} respuestas guardadas ya no correspondían a ninguna pregunta y se quitaron.`
        } Sus demás respuestas se conservan.`
    }
  },
  fileProblem: {
    tooLarge: 'Este archivo es demasiado grande para ser respuestas guardadas de esta evaluación. No se cambió nada.',
    unreadable: 'No se pudo leer el archivo. No se cambió nada; inténtelo de nuevo.',
    nothingChanged: 'No se cambió nada.',
    problem: (p) => {
      const notOurs = 'Este archivo no es de respuestas guardadas de esta evaluación.'
      switch (p) {
        case 'not-json':
          return `${notOurs} No se pudo leer como JSON.`
        case 'not-ours':
          return notOurs
        case 'other-version':
          return 'Este archivo lo guardó otra versión de esta evaluación, así que no se puede cargar aquí.'
        case 'other-questions':
          return 'Este archivo se guardó con un grupo de preguntas más antiguo o más nuevo, así que sus respuestas no se pueden usar. Conteste las preguntas otra vez, por favor.'
        case 'no-date':
          return `${notOurs} Le falta la fecha, o está dañada.`
        case 'no-answers':
          return `${notOurs} Le faltan las respuestas, o están dañadas.`
        case 'empty':
          return 'Este archivo no tiene respuestas a las preguntas de esta evaluación.'
      }
    },
  },
  loaded: (count, date, droppedCount) =>
    `Se cargaron ${s(count, 'respuesta')} guardadas el ${date}.${
        droppedCount === 0 ? '' : droppedCount === 1 ? ' Una ya no correspondía a ninguna pregunta y se dejó fuera.' : ` ${droppedCount} ya no correspondían a ninguna pregunta y se dejaron fuera.`
      } Siga para revisarlas o para ver sus resultados.`,
  /** Read out by screen readers as each screen opens (the shell's live region). */
  announce: {
    section: (n, total, title) => `Sección ${n} de ${total}: ${title}`,
    results: (score, tier) => `Sus resultados: ${score} de 100, ${tier}.`,
    noScore: 'Sus resultados: todavía no hay puntuación, porque no se ha contestado ninguna pregunta que cuente.',
  },
  /** A part of the bank or a screen that could not be fetched (LoadingState). */
  loading: {
    failed: 'No se pudo cargar esta parte de la evaluación. Revise su conexión e inténtelo de nuevo; sus respuestas están a salvo.',
    retry: 'Intentar de nuevo',
    wait: 'Cargando...',
  },
  section: {
    progress: (step, total, answered, applicable) => `Sección ${step} de ${total} · ${answered} de ${applicable} preguntas contestadas`,
    progressLabel: 'Preguntas contestadas',
    progressValue: (answered, applicable) => `${answered} de ${applicable} preguntas contestadas`,
    lesson: 'La lección',
    sources: 'Fuentes',
    source: 'fuente:',
    yourBusiness: 'Su empresa',
    unanswered: (n) =>
      `${n === 1 ? 'Hay una pregunta' : `Hay ${n} preguntas`} de esta página sin contestar. Puede seguir: las preguntas sin contestar no cuentan para su puntuación, y puede volver más tarde.`,
    nav: 'Secciones',
    back: 'Atrás',
    next: 'Siguiente sección',
    results: 'Ver mis resultados',
  },
  help: {
    heading: '¿Lo están atacando ahora mismo? Pida ayuda primero',
    lead: 'Mantenga la calma y actúe en este orden. La evaluación puede esperar.',
    call: (msp) => `1. Llame a ${msp}`,
    callButton: (phone) => `Llamar al ${phone}`,
    say: 'Diga qué ve, cuándo empezó y qué computadoras o cuentas están afectadas.',
    contain: '2. Limite el daño',
    steps: [
      'Desconecte de la red las computadoras afectadas (quite el cable, apague el wifi), pero déjelas encendidas.',
      'Desde una computadora de confianza, cambie las contraseñas de las cuentas que puedan estar afectadas, empezando por el correo.',
      'Si pudo haberse movido dinero, llame a su banco ahora.',
      'No pague un rescate ni le conteste al atacante antes de recibir asesoría.',
      'Anote qué pasó y cuándo. Guarde los mensajes y las capturas de pantalla.',
    ],
    report: (country) => `3. Denúncielo (${country})`,
    otherCountry: '¿Está en otro país?',
    phone: 'Teléfono:',
    back: '¿No es una emergencia? Volver a la evaluación',
  },
}
