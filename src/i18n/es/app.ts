/**
 * Las palabras de las primeras pantallas, en español (neutro latinoamericano, de "usted"; los
 * términos, como en questions/es/GLOSSARY.md). Las mismas claves que src/i18n/en/app.ts.
 */
import type { AppMessages } from '../types.ts'

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const

export const app: AppMessages = {
  htmlLang: 'es',
  title: 'Evaluación de ciberseguridad',
  longDate: (d) => `${d.getDate()} de ${MONTHS[d.getMonth()] ?? ''} de ${d.getFullYear()}`,
  newTab: ' (se abre en una pestaña nueva)',
  shell: {
    skip: 'Ir a la evaluación',
    tag: 'Evaluación de ciberseguridad',
    footer: 'Sus respuestas se quedan en este dispositivo. No se envía nada a ningún lado, a menos que usted decida compartirlo.',
    language: 'Idioma',
    switchFailed: 'No se pudo cargar ese idioma. Revise su conexión e inténtelo de nuevo.',
    dismiss: 'Cerrar',
  },
  failure: {
    heading: 'Algo salió mal',
    screen: 'No se pudo mostrar esta pantalla por un problema de nuestro lado, no por algo que usted hizo.',
    safe: 'Sus respuestas están a salvo.',
    safeMore: 'Están guardadas en este dispositivo, y no se pierden si lo intenta de nuevo o vuelve a cargar la página.',
    here: 'Sus respuestas siguen aquí',
    hereMore: 'mientras esta página siga abierta. Este navegador no deja que la página las guarde, así que mejor inténtelo de nuevo en lugar de volver a cargarla.',
    retry: 'Intentar de nuevo',
    reload: 'Volver a cargar la página',
    home: 'Volver al inicio',
    start: 'La evaluación no pudo arrancar por un problema de nuestro lado. Las respuestas que dio antes se conservan en este dispositivo; volver a cargar la página suele arreglarlo.',
    refused: (msp) => `Esta evaluación solo se puede insertar en el sitio web de ${msp}.`,
    openNewTab: 'Abrir la evaluación en una pestaña nueva',
  },
  cancel: 'Cancelar',
  startOver: {
    label: 'Empezar de nuevo y borrar mis respuestas',
    question: '¿Borrar todas sus respuestas, y todo lo que esta evaluación guardó en este dispositivo, y empezar otra vez? No se puede deshacer.',
    confirm: 'Sí, borrar mis respuestas',
  },
  welcome: {
    emergency: '¿Lo están atacando ahora mismo? Pida ayuda primero',
    heading: '¿Qué tan preparada está su empresa para un ciberataque?',
    lead: 'En enero de 2023, T-Mobile descubrió que unos atacantes llevaban semanas sacando datos de clientes por uno de sus sistemas sin que nadie lo notara. No era la primera brecha de la empresa. Esta breve evaluación le cuenta qué falló, le pregunta cómo le iría a su empresa y le da un plan.',
    minutes: (min, max) => (min === max ? `unos ${min} minutos` : `de ${min} a ${max} minutos`),
    sections: (n) => `${n} secciones breves`,
    sectionsMore: ', cada una empieza con una lección de una brecha real.',
    takes: (minutes) => `Toma ${minutes}.`,
    takesMore: ' Preguntas sencillas; "No lo sé" siempre es una buena respuesta.',
    get: 'Usted recibe',
    getMore: ' una puntuación, los huecos que más importan y un plan de acción en PDF.',
    private: 'Privado:',
    privateMore: ' sus respuestas se quedan en este dispositivo. No se envía nada a ningún lado, a menos que usted decida compartirlo.',
    resume: 'Seguir donde se quedó',
    opening: 'Abriendo las preguntas...',
    start: 'Empezar la evaluación',
  },
  file: {
    stem: 'respuestas-ciberseguridad',
    load: 'Cargar respuestas guardadas',
    loadHint: 'Elija un archivo que guardó con "Guardar mis respuestas". Reemplaza las respuestas que haya en este dispositivo.',
  },
}
