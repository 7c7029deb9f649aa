import { useMemo, useState } from 'react'
import * as Y from 'yjs'
import { domainsOf, QUESTION_TEXT, QUESTIONS, type Domain } from '../../shared/framework'
import type { Card, CardLayer } from '../../shared/model'
import { pairsInWords } from '../analysis/pairsInWords'
import { useAnalysisData } from '../analysis/useAnalysis'
import { useCards } from '../cards/useCards'
import { useMapView } from '../map/mapView'
import { usePeople } from '../map/usePeople'
import { ColumnsContext, type ColumnsContextValue } from './columnsContext'
import { DomainSection } from './DomainSection'
import { createFocusRequests } from '../app/focusRequests'
import { FocusRequestsContext, type FocusTarget } from './focusRequests'
import { JudgementStrip } from './JudgementStrip'
import { useCardAnnouncements } from './useCardAnnouncements'
import { useNoneIdentified } from './useNoneIdentified'
import './columns.css'

// Stands in for the professional layer of someone who may not read it, so hooks run in a fixed
// order; nothing is ever written to it.
const NO_PROFESSIONAL_LAYER = new Y.Doc()

/**
 * `/maps/:mapId/columns`: the map as the three questions and their domains, over the same documents
 * as the canvas. Everything can be done from the keyboard.
 */
export function ColumnsView() {
  const view = useMapView()
  const { docs, providers, access, framework, settings, memberNames } = view
  const people = usePeople(docs.shared)
  const sharedCards = useCards(docs.shared, 'shared')
  const professionalCards = useCards(docs.professional ?? NO_PROFESSIONAL_LAYER, 'professional')
  const noneIdentified = useNoneIdentified(docs.shared)
  const analysis = useAnalysisData(docs.shared, docs.record)
  const pairs = useMemo(() => pairsInWords(analysis, framework), [analysis, framework])
  const announcement = useCardAnnouncements(docs, providers, framework, memberNames)
  const [focusRequests] = useState(createFocusRequests<FocusTarget>)

  const cardsByDomain = useMemo(() => {
    const all = [...sharedCards, ...(docs.professional ? professionalCards : [])]
    all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    const byDomain = new Map<Domain, Card[]>()
    for (const card of all) byDomain.set(card.domain, [...(byDomain.get(card.domain) ?? []), card])
    return byDomain
  }, [sharedCards, professionalCards, docs.professional])

  const context: ColumnsContextValue = useMemo(
    () => ({
      ...view,
      people,
      childIds: settings?.childIds ?? [],
      layer: (layer: CardLayer) => {
        const doc = docs[layer]
        const provider = providers[layer]
        return doc && provider ? { doc, provider } : null
      },
      mayEdit: (layer: CardLayer) => access[layer] === 'edit' && !!docs[layer],
    }),
    [view, people, settings, docs, providers, access],
  )

  return (
    <ColumnsContext.Provider value={context}>
      <FocusRequestsContext.Provider value={focusRequests}>
        <div className="columns-view">
          <div className="columns-view__announcer" aria-live="polite">
            {announcement && <span key={announcement.id}>{announcement.text}</span>}
          </div>
          <div className="columns">
            {QUESTIONS.map((question) => (
              <section key={question} className={`column column--${question}`} aria-labelledby={`question-${question}`}>
                <h2 id={`question-${question}`} className="column__question">
                  {QUESTION_TEXT[question]}
                </h2>
                {domainsOf(question).map((domain) => (
                  <DomainSection
                    key={domain}
                    domain={domain}
                    cards={cardsByDomain.get(domain) ?? []}
                    noneIdentified={noneIdentified[domain] ?? null}
                    pairs={pairs}
                  />
                ))}
              </section>
            ))}
          </div>
          <JudgementStrip framework={framework} />
        </div>
      </FocusRequestsContext.Provider>
    </ColumnsContext.Provider>
  )
}
