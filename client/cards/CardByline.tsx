import { describePersonRef, KNOWLEDGE_NAMES, type Card, type Person } from '../../shared/model'
import './card-byline.css'

export const PROFESSIONALS_ONLY = 'Professionals only'

/**
 * Above a card's text: where it may be seen, what kind of knowledge it is, and who said it, so no
 * item on the map is read without its source.
 */
export function CardByline({ card, people }: { card: Card; people: Person[] }) {
  const said = describePersonRef(card.source, people)
  return (
    <div className="card-byline">
      {card.layer === 'professional' && <span className="tag tag--professional">{PROFESSIONALS_ONLY}</span>}
      {/* The child's own words carry their label in ChildsWordsFrame. */}
      {card.knowledge !== 'childsWords' && <span className="tag">{KNOWLEDGE_NAMES[card.knowledge]}</span>}
      <span className="card-byline__source">
        <span className="visually-hidden">Said by </span>
        {card.source === null ? 'Source not recorded' : said}
        {card.agency && `, ${card.agency}`}
      </span>
    </div>
  )
}
