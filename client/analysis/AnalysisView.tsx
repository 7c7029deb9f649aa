import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { PAIR_WORDING } from '../../shared/framework'
import { runsCommands } from '../../shared/map-roles'
import { useCards } from '../cards/useCards'
import { useMapView } from '../map/mapView'
import { AddStatement } from './AddStatement'
import { AnalysisContext, type AnalysisContextValue } from './analysisContext'
import { createFocusRequests } from '../app/focusRequests'
import { AnalysisFocusContext } from './focusRequests'
import { NeedingAttention } from './NeedingAttention'
import { NextSteps } from './NextSteps'
import { PairRegion } from './PairRegion'
import { Suggestions } from './Suggestions'
import { useAnalysis } from './useAnalysis'
import { lower } from './wording'
import './analysis.css'

/**
 * `/maps/:mapId/analysis`: the statements and goals the family will be asked to agree, their
 * bottom lines, and the plan's next steps, with the practice coach's suggestions beside each part.
 */
export function AnalysisView() {
  const view = useMapView()
  const { docs, access, role, framework } = view
  const { analysis, badges, today } = useAnalysis(docs.shared, docs.record)
  // Read here, once for every pair, and only when a card changes: writing a statement does not.
  const sharedCards = useCards(docs.shared, 'shared')
  const [focus] = useState(createFocusRequests<string>)
  // The pair someone opened from the canvas or the three columns.
  const [search] = useSearchParams()
  const opened = search.get('pair')
  const wording = PAIR_WORDING[framework]

  const context: AnalysisContextValue = useMemo(
    () => ({
      ...view,
      analysis,
      badges,
      sharedCards,
      today,
      wording,
      mayEdit: access.shared === 'edit',
      mayDecide: access.shared === 'edit' && runsCommands(role),
    }),
    [view, analysis, badges, sharedCards, today, wording, access.shared, role],
  )

  return (
    <AnalysisContext.Provider value={context}>
      <AnalysisFocusContext.Provider value={focus}>
        <div className="analysis-view">
          <NeedingAttention />
          <section className="analysis-section" aria-labelledby="pairs-heading">
            <h2 id="pairs-heading">
              {wording.statement}s and {lower(wording.goal)}s
            </h2>
            <Suggestions badges={badges.filter((badge) => badge.subject.kind === 'map')} about="the statements as a whole" />
            {analysis.statements.length === 0 && <p>No {lower(wording.statement)}s yet.</p>}
            {analysis.statements.map((statement, index) => (
              <PairRegion key={statement.id} statement={statement} position={index + 1} opened={statement.id === opened} />
            ))}
            <AddStatement />
          </section>
          <NextSteps />
        </div>
      </AnalysisFocusContext.Provider>
    </AnalysisContext.Provider>
  )
}
