/**
 * Finds listed words and phrases in text as whole words. A form with no lower-case letter, or with
 * more than one capital ("CIN", "S47", "CiC"), is an acronym and matches only as written, so the word
 * "Cin" never matches "CIN" (nor "cin" inside "medicine", which whole words rule out anyway); every
 * other form matches in any case. A space in a form matches any run of
 * spaces, a hyphen matches a hyphen, a space or nothing ("non-engagement", "non engagement"), and
 * every form also matches with a plural or possessive "s" ("CINs", "LAC's", "concerns").
 *
 * A list is compiled once into two expressions (acronyms, and the rest), because the coach runs on
 * every keystroke.
 */

export interface ListedWord {
  term: string
  forms?: readonly string[]
}

export interface WordMatch<W extends ListedWord> {
  word: W
  /** The text as written, without a plural or possessive ending. */
  found: string
  index: number
}

export interface WordMatcher<W extends ListedWord> {
  find(text: string): WordMatch<W>[]
}

const isAcronym = (form: string) => !/\p{Ll}/u.test(form) || (form.match(/\p{Lu}/gu) ?? []).length > 1
const keyOf = (form: string, matchCase: boolean) => {
  const key = form.replace(/[\s-]+/g, '')
  return matchCase ? key : key.toLowerCase()
}
const patternOf = (form: string) =>
  form
    .trim()
    .split(/(\s+|-)/)
    .map((piece) => (piece === '-' ? '[-\\s]?' : /^\s+$/.test(piece) ? '\\s+' : piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')

function compileForms<W extends ListedWord>(forms: [string, W][], matchCase: boolean) {
  const byKey = new Map<string, W>()
  for (const [form, word] of forms) byKey.set(keyOf(form, matchCase), word)
  if (byKey.size === 0) return null
  // Longest first, so that "safeguarding concerns" wins over "safeguarding".
  const alternatives = [...new Set(forms.map(([form]) => patternOf(form)))].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?:['’]?s)?(?![\\p{L}\\p{N}])`, matchCase ? 'gu' : 'giu')
  return { pattern, byKey, matchCase }
}

/** Later words win over earlier ones with the same form, so a council's entry replaces ours. */
export function compileWords<W extends ListedWord>(words: readonly W[]): WordMatcher<W> {
  const forms = words.flatMap((word) => [word.term, ...(word.forms ?? [])].map((form) => [form, word] as [string, W]))
  const compiled = [
    compileForms(forms.filter(([form]) => isAcronym(form)), true),
    compileForms(forms.filter(([form]) => !isAcronym(form)), false),
  ].filter((each) => each !== null)

  return {
    find(text) {
      const matches: WordMatch<W>[] = []
      for (const { pattern, byKey, matchCase } of compiled) {
        pattern.lastIndex = 0
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          const word = byKey.get(keyOf(match[1], matchCase))
          if (word) matches.push({ word, found: match[1], index: match.index })
        }
      }
      return withoutOverlaps(matches)
    },
  }
}

/** "S47" is both an acronym and the any-case form "s47": where matches overlap, the longest wins. */
function withoutOverlaps<W extends ListedWord>(matches: WordMatch<W>[]): WordMatch<W>[] {
  const kept: WordMatch<W>[] = []
  let end = 0
  for (const match of matches.sort((a, b) => a.index - b.index || b.found.length - a.found.length)) {
    if (match.index < end) continue
    kept.push(match)
    end = match.index + match.found.length
  }
  return kept
}
