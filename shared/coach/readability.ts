import { syllable } from 'syllable'
import type { Badge, BadgeSubject } from './badge.js'
import { sentences } from './sentences.js'

/**
 * Reading level of family-facing text (R-L-2: "so that a 7-year-old child could understand it"),
 * as a Flesch-Kincaid grade: 0.39 x words per sentence + 11.8 x syllables per word - 15.59.
 * Below 20 words the formula says more about chance than about the writing, so shorter texts are
 * not scored.
 */

export const MIN_WORDS_TO_SCORE = 20
export const DEFAULT_READABILITY_GRADE = 3

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

// Syllable counts of words already seen: people retype the same words on every keystroke.
const syllablesOf = new Map<string, number>()
function syllables(word: string): number {
  let count = syllablesOf.get(word)
  if (count === undefined) {
    if (syllablesOf.size > 20_000) syllablesOf.clear()
    count = Math.max(1, syllable(word))
    syllablesOf.set(word, count)
  }
  return count
}

/** The Flesch-Kincaid grade of the text, or null when it is under 20 words. */
export function readingGrade(text: string): number | null {
  const words = text.match(WORD) ?? []
  if (words.length < MIN_WORDS_TO_SCORE) return null
  const syllableCount = words.reduce((sum, word) => sum + syllables(word.toLowerCase()), 0)
  const sentenceCount = Math.max(1, sentences(text).length)
  return 0.39 * (words.length / sentenceCount) + 11.8 * (syllableCount / words.length) - 15.59
}

/** US school grades start at age 5 or 6; a grade plus five is the usual reading age. */
export const readingAge = (grade: number) => Math.max(5, Math.round(grade) + 5)

export function readabilityBadges(text: string, subject: BadgeSubject, threshold = DEFAULT_READABILITY_GRADE): Badge[] {
  const grade = readingGrade(text)
  if (grade === null || grade <= threshold) return []
  return [
    {
      subject,
      check: 'readability',
      message: `This reads at about age ${readingAge(grade)}; aim for a 7-year-old: shorter sentences, everyday words.`,
    },
  ]
}
