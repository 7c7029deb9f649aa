import { useEffect, useRef } from 'react'
import { domainLabel, PAIR_DOMAIN, type Domain, type PairSide } from '../../shared/framework'
import type { Card, NoneIdentified } from '../../shared/model'
import type { PairInWords } from '../analysis/pairsInWords'
import { AddCard } from './AddCard'
import { ColumnCard } from './ColumnCard'
import { useColumns } from './columnsContext'
import { useFocusRequests } from './focusRequests'
import { NoneIdentifiedMark } from './NoneIdentifiedMark'
import { PairsInDomain } from './PairsInDomain'

interface DomainSectionProps {
  domain: Domain
  /** The domain's cards from every layer this person can read, oldest first. */
  cards: Card[]
  noneIdentified: NoneIdentified | null
  /** The statement and goal pairs in plain words: Danger lists the statements, Safety goals their goals. */
  pairs: PairInWords[]
}

const PAIR_SIDE_IN = new Map(Object.entries(PAIR_DOMAIN).map(([side, domain]) => [domain as Domain, side as PairSide]))

/** One analysis domain: a region named by its label, its pairs' sides, its cards, and the ways to add to it. */
export function DomainSection({ domain, cards, noneIdentified, pairs }: DomainSectionProps) {
  const { framework, audience } = useColumns()
  const focus = useFocusRequests()
  const heading = useRef<HTMLHeadingElement>(null)
  const label = domainLabel(framework, domain, audience)
  const headingId = `domain-${domain}`
  const pairSide = PAIR_SIDE_IN.get(domain)

  // After a card here is deleted, the keyboard lands on the domain, not at the top of the page.
  useEffect(() => {
    if (focus.claim(`domain:${domain}`)) heading.current?.focus()
  }, [cards, domain, focus])

  return (
    <section className={`domain domain--${domain}`} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="domain__heading">
        {label}
      </h3>
      {pairSide && <PairsInDomain side={pairSide} pairs={pairs} />}
      <NoneIdentifiedMark domain={domain} label={label} mark={noneIdentified} hasCards={cards.length > 0} />
      {cards.length > 0 && (
        <ol className="domain__cards">
          {cards.map((card, index) => (
            <li key={`${card.layer}:${card.id}`}>
              <ColumnCard card={card} position={index + 1} count={cards.length} domainLabel={label} />
            </li>
          ))}
        </ol>
      )}
      <AddCard domain={domain} label={label} />
    </section>
  )
}
