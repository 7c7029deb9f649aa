import type { Badge, BadgeSubject } from './badge.js'
import { badgesForJargon, findJargon } from './jargon.js'
import { DEFAULT_READABILITY_GRADE, readabilityBadges } from './readability.js'
import type { CoachOptions } from './types.js'
import { badgesForVagueWords, findVagueWords } from './vague.js'

/**
 * The wording checks of one family-facing field, as someone types it: jargon, vague words and
 * reading level. A vague word inside a piece of jargon ("concerns" in "safeguarding concerns") is
 * the jargon's badge only. Fast enough for every keystroke: every expression is compiled ahead.
 */
export function wordingBadges(text: string, subject: BadgeSubject, options: CoachOptions = {}): Badge[] {
  if (!text) return []
  const jargon = findJargon(text, options.plainWords)
  const inJargon = (index: number) => jargon.some((match) => index >= match.index && index < match.index + match.found.length)
  const vague = findVagueWords(text).filter((match) => !inJargon(match.index))
  return [
    ...badgesForJargon(jargon, subject),
    ...badgesForVagueWords(vague, subject),
    ...readabilityBadges(text, subject, options.readabilityGrade ?? DEFAULT_READABILITY_GRADE),
  ]
}
