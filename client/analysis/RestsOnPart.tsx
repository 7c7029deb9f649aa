import { domainLabel } from '../../shared/framework'
import { addToPair, removeFromPair } from '../../shared/model'
import { useAnalysisView } from './analysisContext'
import { cardQuote } from './cardQuote'
import { ChooseAndAdd } from './ChooseAndAdd'
import { PairList } from './PairList'
import { useChange } from '../app/useChange'
import { PART_LABELS } from './wording'

interface RestsOnPartProps {
  id: string
  statementId: string
  context: string
  cardIds: readonly string[]
}

// The model refuses any other domain: a statement rests on what has happened and what makes it harder.
const DOMAINS_TO_REST_ON = ['harm', 'complicatingFactors'] as const

/**
 * What a statement rests on: the harm and complicating-factor cards it draws from, quoted so the
 * family can see where the worry comes from. Only shared-layer cards are offered, because a link to
 * a professionals-only card would tell a family device that the card exists.
 */
export function RestsOnPart({ id, statementId, context, cardIds }: RestsOnPartProps) {
  const { docs, sharedCards, framework } = useAnalysisView()
  const { error, setError, change } = useChange()
  const byId = new Map(sharedCards.map((card) => [card.id, card]))
  const candidates = sharedCards.filter((card) => DOMAINS_TO_REST_ON.some((domain) => domain === card.domain) && !cardIds.includes(card.id))
  const domains = DOMAINS_TO_REST_ON.map((domain) => domainLabel(framework, domain))
  const items = cardIds.map((cardId) => {
    const card = byId.get(cardId)
    // A card deleted after it was linked keeps its place, so someone decides what replaces it.
    const quote = card ? cardQuote(card, framework) : 'A card that is no longer on the map'
    return {
      key: cardId,
      text: quote,
      gone: !card,
      removeName: `Remove “${quote}” from what ${context} rests on`,
      onRemove: () => change(() => removeFromPair(docs.shared, statementId, 'linkedCardIds', cardId)),
    }
  })
  return (
    <PairList
      id={id}
      label={PART_LABELS.linkedCardIds}
      emptyText="No cards yet."
      items={items}
      look="quotes"
      error={error}
      adder={
        <ChooseAndAdd
          id={id}
          label="Add a card it rests on"
          hint={`Cards in ${domains.join(' or ')} that the family can see.`}
          options={candidates.map((card) => ({ value: card.id, label: cardQuote(card, framework) }))}
          placeholder="Choose a card"
          noneLeft="No cards left to add"
          addName={`to what ${context} rests on`}
          nothingChosen="Choose a card for the statement to rest on."
          onAdd={(cardId) => change(() => addToPair(docs.shared, statementId, 'linkedCardIds', cardId))}
          onNothingChosen={setError}
        />
      }
    />
  )
}
