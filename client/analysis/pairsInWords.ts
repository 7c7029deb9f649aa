import type { Framework } from '../../shared/framework'
import { goalSentence, planCoverage, statementSentence } from '../../shared/model'
import { rulesInWords } from '../safety-plan/planWords'
import { stageClass, stageInWords } from './pairStatusWords'
import type { Analysis } from './useAnalysis'

/** A statement and goal pair as the canvas and the three columns show it: numbered, in plain words. */
export interface PairInWords {
  statementId: string
  /** Its place in the map's order, as in the Analysis view: "Pair 1". */
  number: number
  statement: string
  goal: string
  /** "Draft", "Shared on 20/11/2026", "Agreed on 22/11/2026", "Changed since agreed on ... — agree again". */
  stage: string
  /** 'draft' | 'shared' | 'agreed' | 'changed', for styling. */
  stageClass: string
  /** "Safety plan: 2 rules answer this", or that none does yet. */
  plan: string
  /** Whether a rule of the safety plan answers the statement. */
  planCovered: boolean
}

export function pairsInWords(analysis: Analysis, framework: Framework): PairInWords[] {
  const reading = { people: analysis.people, childIds: analysis.childIds, framework }
  const coverage = planCoverage(analysis.statements, analysis.planRules)
  return analysis.statements.map((statement, index) => ({
    statementId: statement.id,
    number: index + 1,
    statement: statementSentence(statement, reading),
    goal: goalSentence(statement.goal, reading),
    stage: stageInWords(statement, analysis.pairStatus[statement.id]),
    stageClass: stageClass(statement, analysis.pairStatus[statement.id]),
    plan: rulesInWords(coverage.statements[index].rules.length),
    planCovered: coverage.statements[index].rules.length > 0,
  }))
}

/** Where a pair is edited: the Analysis view, scrolled to it. */
export const pairInAnalysis = (mapId: string, statementId: string) => `/maps/${encodeURIComponent(mapId)}/analysis?pair=${encodeURIComponent(statementId)}`
