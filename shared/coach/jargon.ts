import type { Badge, BadgeSubject } from './badge.js'
import { PLAIN_WORDS, PlainWordList, type PlainWord } from './plain-words.js'
import { compileWords, type WordMatch, type WordMatcher } from './word-matcher.js'

const ourWords = compileWords(PLAIN_WORDS)
// One compiled matcher per council list, so a list passed on every keystroke is compiled once.
const withCouncilWords = new WeakMap<readonly PlainWord[], WordMatcher<PlainWord>>()

/** The matcher for our words plus a council's; throws a ZodError if the council's list is malformed. */
export function jargonMatcher(councilWords?: readonly PlainWord[]): WordMatcher<PlainWord> {
  if (!councilWords || councilWords.length === 0) return ourWords
  let matcher = withCouncilWords.get(councilWords)
  if (!matcher) {
    matcher = compileWords([...PLAIN_WORDS, ...PlainWordList.parse(councilWords)])
    withCouncilWords.set(councilWords, matcher)
  }
  return matcher
}

export function findJargon(text: string, councilWords?: readonly PlainWord[]): WordMatch<PlainWord>[] {
  return jargonMatcher(councilWords).find(text)
}

export function jargonBadges(text: string, subject: BadgeSubject, councilWords?: readonly PlainWord[]): Badge[] {
  return badgesForJargon(findJargon(text, councilWords), subject)
}

/** One badge for each word, however often it is used. */
export function badgesForJargon(matches: readonly WordMatch<PlainWord>[], subject: BadgeSubject): Badge[] {
  const seen = new Set<PlainWord>()
  const badges: Badge[] = []
  for (const { word, found } of matches) {
    if (seen.has(word)) continue
    seen.add(word)
    badges.push({ subject, check: 'jargon', message: `Instead of "${found}", ${word.say.replace(/\.$/, '')}.` })
  }
  return badges
}
