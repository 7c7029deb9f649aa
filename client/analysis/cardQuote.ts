import { domainLabel, type Framework } from '../../shared/framework'
import type { Card } from '../../shared/model'

/** Long enough to recognise a card by, short enough to sit on one line beside its statement. */
const QUOTE_LENGTH = 80

/** "Harm: On 14/10/2026 Ellie came to school…": a card's domain, in the map's wording, and its opening words. */
export function cardQuote(card: Pick<Card, 'domain' | 'text'>, framework: Framework): string {
  return `${domainLabel(framework, card.domain)}: ${opening(card.text)}`
}

/** The first words of a card's text, cut at a word where one ends near the limit. */
function opening(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return '(no words yet)'
  if (flat.length <= QUOTE_LENGTH) return flat
  const cut = flat.slice(0, QUOTE_LENGTH)
  const lastSpace = cut.lastIndexOf(' ')
  // A single long word (a pasted link) is cut where it stands rather than dropped.
  return `${(lastSpace > QUOTE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?]+$/, '')}…`
}
