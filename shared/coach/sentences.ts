/** Where a sentence starts and ends in a piece of text. */
export interface Span {
  start: number
  end: number
}

// A sentence ends at . ! or ? followed by a capital, a digit or the end of the text, or at a line
// break (lists are typed one item a line). So "e.g. the", "s.47" and "14.10.2026" do not end one.
const SENTENCE_END = /[.!?]+(?=\s+["'“‘(]?[\p{Lu}\p{N}]|\s*$)|\n+/gu
const HAS_WORD = /[\p{L}\p{N}]/u

export function sentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  SENTENCE_END.lastIndex = 0
  for (let end = SENTENCE_END.exec(text); end; end = SENTENCE_END.exec(text)) {
    const stop = end.index + end[0].length
    if (HAS_WORD.test(text.slice(start, stop))) spans.push({ start, end: stop })
    start = stop
  }
  if (HAS_WORD.test(text.slice(start))) spans.push({ start, end: text.length })
  return spans
}
