/**
 * Stands in for jsPDF's optional dependencies (html2canvas, DOMPurify, canvg), which serve only
 * `html()` and SVG import. This app never calls those, so the build aliases them here and ships
 * none of their code. Anything that reaches this fails loudly instead of half-working.
 */
function unavailable(): never {
  throw new Error('This jsPDF feature is not included in this build: the report uses text and shapes only.')
}

export default unavailable
