import { useId } from 'react'
import { domainLabel, type Domain, type Framework } from '../../shared/framework'
import type { Audience } from '../../shared/audience'
import { nameOf, type Card, type Person } from '../../shared/model'

interface CardsSaidProps {
  cards: readonly Card[]
  domains: readonly Domain[]
  framework: Framework
  audience: Audience
  people: readonly Person[]
}

/** What is on the map in some domains, read-only: each domain's name for this audience, then its cards' words and who said them. */
export function CardsSaid({ cards, domains, framework, audience, people }: CardsSaidProps) {
  const id = useId()
  return (
    <div className="said-domains">
      {domains.map((domain) => {
        const inDomain = cards.filter((card) => card.domain === domain)
        return (
          <section key={domain} className={`said-domain said-domain--${domain}`} aria-labelledby={`${id}-${domain}`}>
            <h3 id={`${id}-${domain}`}>{domainLabel(framework, domain, audience)}</h3>
            {inDomain.length === 0 ? (
              <p className="said-empty">Nothing written here yet.</p>
            ) : (
              <ul className="said-list">
                {inDomain.map((card) => (
                  <li key={card.id} className={card.knowledge === 'childsWords' ? 'said-card said-card--childs-words' : 'said-card'}>
                    {card.knowledge === 'childsWords' ? `“${card.text}”` : card.text}
                    {card.source && <span className="said-card__who"> ({nameOf(card.source, people)})</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
