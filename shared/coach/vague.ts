import type { Badge, BadgeSubject } from './badge.js'
import { sentences } from './sentences.js'
import { VAGUE_WORDS, type VagueWord } from './vague-words.js'
import { compileWords, type WordMatch } from './word-matcher.js'

/**
 * Vague words are fine when the writer goes on to show what they mean. The heuristic: a vague word
 * is left alone when its own sentence gives detail, or the next sentence starts with an example.
 * Detail is an example marker ("for example", "such as", "e.g.", "including", "when", "whenever"),
 * a digit (a date, a time, a count), a number word ("twice", "three"), a day or month, or a time
 * such as "last night" or "every evening". "May" is left out of the months: it is mostly a verb.
 */

const matcher = compileWords(VAGUE_WORDS)

const DETAIL = new RegExp(
  String.raw`\p{N}|(?<!\p{L})(?:for example|for instance|e\.g\.|such as|including|when|whenever|once|twice|` +
    String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|yesterday|tonight|` +
    String.raw`(?:last|this|every|each) (?:night|morning|afternoon|evening|day|week|weekend|month|time)|` +
    String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|june|july|august|september|october|november|december)(?!\p{L})`,
  'iu',
)
const STARTS_WITH_EXAMPLE = /^\s*(?:for example|for instance|e\.g\.)/iu

export function findVagueWords(text: string): WordMatch<VagueWord>[] {
  const matches = matcher.find(text)
  if (matches.length === 0) return []
  const spans = sentences(text)
  return matches.filter(({ index }) => {
    const at = spans.findIndex((span) => index >= span.start && index < span.end)
    const sentence = spans[at]
    const next = spans[at + 1]
    if (!sentence) return true
    const detailed = DETAIL.test(text.slice(sentence.start, sentence.end)) || (next !== undefined && STARTS_WITH_EXAMPLE.test(text.slice(next.start, next.end)))
    return !detailed
  })
}

export function vagueWordBadges(text: string, subject: BadgeSubject): Badge[] {
  return badgesForVagueWords(findVagueWords(text), subject)
}

/** One badge for each word, however often it is used. */
export function badgesForVagueWords(matches: readonly WordMatch<VagueWord>[], subject: BadgeSubject): Badge[] {
  const seen = new Set<VagueWord>()
  const badges: Badge[] = []
  for (const { word, found } of matches) {
    if (seen.has(word)) continue
    seen.add(word)
    badges.push({ subject, check: 'vague-word', message: `"${found}" on its own does not say what happened: ${word.say}.` })
  }
  return badges
}
