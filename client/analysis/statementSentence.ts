/**
 * A statement read as one plain sentence, the way it is said to a family: "Priya Shah and Gareth
 * Owusu are worried that Dean shouts at Ellie, and that Ellie will be hurt." Pure, so the exports
 * to come can use it too (it then belongs in shared/).
 */
export function statementSentence(worried: readonly string[], behaviour: string, fear: string): string {
  const who = worried.length === 0 ? 'We are' : `${listInWords(worried)} ${worried.length === 1 ? 'is' : 'are'}`
  const sentence = `${who} worried that ${clause(behaviour)}, and that ${clause(fear)}`
  return sentence.endsWith(NOT_WRITTEN) ? sentence : `${sentence}.`
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

// A part is written as its own sentence; inside this one its closing full stop would end it early.
const NOT_WRITTEN = '…'
const clause = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[.!?;,\s]+$/, '') || NOT_WRITTEN
