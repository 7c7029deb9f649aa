import { createContext, useContext } from 'react'
import type { PlanAgreement, PlanCoverage, PlanRecord, SafetyPlan } from '../../shared/model'

/** What every part of the Safety plan view needs, given once (beside the analysis context it reuses). */
export interface PlanContextValue {
  plan: SafetyPlan
  planRecord: PlanRecord
  coverage: PlanCoverage
  /** The agreement that stands, if any. */
  agreement: PlanAgreement | null
  changedSinceAgreed: boolean
  /** The person on the map this screen's user is: a family member's own, or staff by their account. */
  myPersonId: string | null
  /** Plain words: the family audience, or a family member's own device. */
  plain: boolean
  /** "Danger statement 1" or, in plain words, "Worry 1". */
  statementName(number: number): string
  /** "Rule 1". */
  ruleName(ruleId: string): string
}

export const PlanContext = createContext<PlanContextValue | null>(null)

export function usePlanView(): PlanContextValue {
  const value = useContext(PlanContext)
  if (!value) throw new Error('usePlanView is used outside the Safety plan view.')
  return value
}
