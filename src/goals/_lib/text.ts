/**
 * Text heuristics shared by the SMART check and the draft reader.
 * @internal
 * @module
 */

/** Words written in Latin letters match as words; others (Chinese) anywhere. @internal */
export const LATIN = /^[A-Za-z ]+$/;

/** Escapes text for use inside a regular expression. @internal */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Dates, years, quarters and halves carry digits but no measure.
const NOT_A_MEASURE = /\d{4}-\d{2}-\d{2}|\d{4}\s*年|\b(?:19|20)\d{2}\b|\b[QH][1-4]\b|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:底|初|末)?|第?\s*[一二三四1-4]\s*季度/gi;

/** Does the text carry a measure (a digit that is not part of a date or period)? @internal */
export const hasMeasure = (text: string) => /\d/.test(text.replace(NOT_A_MEASURE, " "));

/**
 * The first conjunction that joins two parts which each carry a measure: the mark of two goals
 * written as one (回款率≥95%，且逾期应收降至50万元以下). "并于当天录入" joins no second measure.
 * @internal
 */
export function findConjunction(title: string, conjunctions: readonly string[]): { word: string; index: number } | undefined {
  for (const word of conjunctions) {
    const pattern = LATIN.test(word) ? new RegExp(`\\b${escape(word)}\\b`, "gi") : new RegExp(escape(word), "g");
    // every occurrence: in "和信公司Q1签约5单和回款30万元" the first 和 is part of a name
    for (let m = pattern.exec(title); m !== null; m = pattern.exec(title)) {
      if (hasMeasure(title.slice(0, m.index)) && hasMeasure(title.slice(m.index + m[0].length))) return { word, index: m.index };
    }
  }
  return undefined;
}
