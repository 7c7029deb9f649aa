import { wordingBadges } from '../../shared/coach/index.js'
import { percentiles, type Percentiles } from './stats.js'

/** A sentence typed the way practitioners write, long enough to be scored for reading level. */
export const TYPED_SENTENCE =
  'Professionals remain concerned regarding the cumulative impact of DV and parental substance misuse on Ellie and Jack, ' +
  'with Dean reported as aggressive and the home chaotic; Sophie is non-engaging with the CIN plan and S47 enquiries continue.'

/**
 * The practice coach runs on every keystroke: time the check of one field after each character
 * of a typed sentence, as a person typing it would trigger it.
 */
export function coachPerKeystroke(rounds = 20): Percentiles {
  const subject = { kind: 'statement', id: 'bench', part: 'behaviour' } as const
  const timings: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (let length = 1; length <= TYPED_SENTENCE.length; length++) {
      const started = performance.now()
      wordingBadges(TYPED_SENTENCE.slice(0, length), subject)
      timings.push(performance.now() - started)
    }
  }
  return percentiles(timings)
}
