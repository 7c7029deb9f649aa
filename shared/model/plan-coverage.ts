import type { PlanRule } from './plan-rules.js'

/**
 * Whether the safety plan answers every worry (R-SP-1), as a pure function of the statements and
 * the rules: the Safety plan view, the canvas, the three columns, the server's `agree-safety-plan`
 * and the exports all ask here, so "covered" means one thing everywhere.
 */

/** A statement, and the rules (with their numbers) that say they answer it. */
export interface StatementCoverage {
  statementId: string
  /** Its place in the map's order: "danger statement 1". */
  number: number
  rules: NumberedRule[]
}

export interface NumberedRule {
  rule: PlanRule
  /** Its place in the plan: "rule 1". */
  number: number
}

export interface PlanCoverage {
  /** Every statement in the map's order, each with the rules that answer it. */
  statements: StatementCoverage[]
  /** Statements no rule answers yet: each must stand out. */
  uncovered: StatementCoverage[]
  /**
   * Rules that name a statement no longer on the map (deleted, perhaps on another device as the
   * rule was tied to it): shown as needing attention until someone ties them again, never dropped.
   */
  needingAttention: (NumberedRule & { goneStatementIds: string[] })[]
  /** Rules that do not say yet which statement they answer. */
  untied: NumberedRule[]
}

export function planCoverage(statements: readonly { id: string }[], rules: readonly PlanRule[]): PlanCoverage {
  const numbered = rules.map((rule, index) => ({ rule, number: index + 1 }))
  const onMap = new Set(statements.map((statement) => statement.id))
  const covered = statements.map((statement, index) => ({
    statementId: statement.id,
    number: index + 1,
    rules: numbered.filter(({ rule }) => rule.statementIds.includes(statement.id)),
  }))
  return {
    statements: covered,
    uncovered: covered.filter((statement) => statement.rules.length === 0),
    needingAttention: numbered.flatMap((entry) => {
      const goneStatementIds = entry.rule.statementIds.filter((id) => !onMap.has(id))
      return goneStatementIds.length > 0 ? [{ ...entry, goneStatementIds }] : []
    }),
    untied: numbered.filter(({ rule }) => rule.statementIds.length === 0),
  }
}

/** What stops the plan being agreed; each names what to put right. */
export type PlanLack =
  | { kind: 'noRules' }
  | { kind: 'uncovered'; statementId: string; number: number }
  | { kind: 'ruleNeedsAttention'; ruleId: string; number: number }
  | { kind: 'ruleNotWritten'; ruleId: string; number: number }
  | { kind: 'ruleWithNobody'; ruleId: string; number: number }
  | { kind: 'noContingency' }

/**
 * What the plan still needs before it can be agreed (empty when it can be): at least one rule;
 * a rule for every statement; no rule tied to a statement that is gone; every rule saying who does
 * what (its words, and the people responsible); and a contingency (R-BL-4).
 */
export function whatPlanLacks(statements: readonly { id: string }[], rules: readonly PlanRule[], contingency: string): PlanLack[] {
  const coverage = planCoverage(statements, rules)
  const lacks: PlanLack[] = []
  if (rules.length === 0) lacks.push({ kind: 'noRules' })
  for (const { statementId, number } of coverage.uncovered) lacks.push({ kind: 'uncovered', statementId, number })
  for (const { rule, number } of coverage.needingAttention) lacks.push({ kind: 'ruleNeedsAttention', ruleId: rule.id, number })
  rules.forEach((rule, index) => {
    if (rule.what.trim() === '') lacks.push({ kind: 'ruleNotWritten', ruleId: rule.id, number: index + 1 })
    if (rule.personIds.length === 0) lacks.push({ kind: 'ruleWithNobody', ruleId: rule.id, number: index + 1 })
  })
  if (contingency.trim() === '') lacks.push({ kind: 'noContingency' })
  return lacks
}

/** A lack in plain words; `statement` is what the framework calls one ("danger statement"). */
export function planLackInWords(lack: PlanLack, statement: string): string {
  switch (lack.kind) {
    case 'noRules':
      return 'at least one plan rule'
    case 'uncovered':
      return `a rule that answers ${statement} ${lack.number}`
    case 'ruleNeedsAttention':
      return `rule ${lack.number} answers a ${statement} that has been deleted: tie it to another, or take that link off`
    case 'ruleNotWritten':
      return `the words of rule ${lack.number}: who does what, and when`
    case 'ruleWithNobody':
      return `who does rule ${lack.number}`
    case 'noContingency':
      return 'a contingency: what will happen if the plan cannot be kept'
  }
}
