import { useMemo, useState } from 'react'
import { PAIR_WORDING } from '../../shared/framework'
import { londonToday } from '../../shared/london-time'
import { runsCommands } from '../../shared/map-roles'
import { latestAgreement, planChangedSinceAgreed, planCoverage, type Card } from '../../shared/model'
import { AnalysisContext, type AnalysisContextValue } from '../analysis/analysisContext'
import { AnalysisFocusContext } from '../analysis/focusRequests'
import { useAnalysisData } from '../analysis/useAnalysis'
import { createFocusRequests } from '../app/focusRequests'
import { useMapView } from '../map/mapView'
import { useSession } from '../session/SessionContext'
import { Contingency } from './Contingency'
import { Coverage } from './Coverage'
import { PlanContext, type PlanContextValue } from './planContext'
import { PlanRules } from './PlanRules'
import { PlanStanding } from './PlanStanding'
import { statementNamer } from './planWords'
import { SafetyJournal } from './SafetyJournal'
import { SafetyNetwork } from './SafetyNetwork'
import { SafetyObjectPart } from './SafetyObjectPart'
import { usePlanData } from './usePlanData'
import '../analysis/analysis.css'
import './safety-plan.css'

// The plan quotes no cards; the analysis context it shares with the Analysis view asks for them.
const NO_CARDS: Card[] = []

/**
 * `/maps/:mapId/plan`: the family's safety plan. Whether it answers every worry, its rules, the
 * safety network, the safety object, the contingency and the safety journal. Family and network
 * members write it on their own devices too (the shared layer); agreeing it and recording copies
 * are the server's (commands), for staff. The rule and contingency texts use the Analysis view's
 * editors, through the same context.
 */
export function SafetyPlanView() {
  const view = useMapView()
  const { docs, access, role, framework, audience } = view
  const analysis = useAnalysisData(docs.shared, docs.record)
  const { plan, planRecord } = usePlanData(docs.shared, docs.record)
  const { session } = useSession()
  const [focus] = useState(createFocusRequests<string>)
  const plain = audience === 'family' || role === 'participant'
  const mayEdit = access.shared === 'edit'

  const analysisContext: AnalysisContextValue = useMemo(
    () => ({
      ...view,
      analysis,
      badges: [],
      sharedCards: NO_CARDS,
      today: londonToday(),
      wording: PAIR_WORDING[framework],
      mayEdit,
      mayDecide: mayEdit && runsCommands(role) && !plain,
    }),
    [view, analysis, framework, mayEdit, role, plain],
  )

  const userId = session.status === 'signed-in' ? session.user.id : null
  const myPersonId = session.status === 'participating' ? session.participant.personId : (analysis.people.find((person) => userId !== null && person.userId === userId)?.id ?? null)
  const planContext: PlanContextValue = useMemo(() => {
    const agreement = latestAgreement(planRecord)
    const ruleNumbers = new Map(plan.rules.map((rule, index) => [rule.id, index + 1]))
    return {
      plan,
      planRecord,
      coverage: planCoverage(analysis.statements, plan.rules),
      agreement,
      changedSinceAgreed: planChangedSinceAgreed(plan, agreement),
      myPersonId,
      plain,
      statementName: statementNamer(framework, plain),
      ruleName: (ruleId) => (ruleNumbers.has(ruleId) ? `Rule ${ruleNumbers.get(ruleId)}` : 'A rule no longer in the plan'),
    }
  }, [plan, planRecord, analysis.statements, myPersonId, plain, framework])

  return (
    <AnalysisContext.Provider value={analysisContext}>
      <AnalysisFocusContext.Provider value={focus}>
        <PlanContext.Provider value={planContext}>
          <div className="plan-view">
            <PlanStanding />
            <Coverage />
            <PlanRules />
            <SafetyNetwork />
            <SafetyObjectPart />
            <Contingency />
            <SafetyJournal />
          </div>
        </PlanContext.Provider>
      </AnalysisFocusContext.Provider>
    </AnalysisContext.Provider>
  )
}
