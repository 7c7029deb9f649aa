import { describe, expect, it } from 'vitest'
import { planCoverage, planLackInWords, whatPlanLacks } from '../../shared/model/plan-coverage.js'
import type { PlanRule } from '../../shared/model/plan-rules.js'

const statements = [{ id: 'drinking' }, { id: 'school' }]

let made = 0
function rule(fields: Partial<PlanRule>): PlanRule {
  made++
  return {
    id: `rule-${made}`,
    what: 'On the nights Sophie works, Ellie and Jack sleep at Maureen’s flat.',
    triggers: '',
    ifBroken: '',
    statementIds: [],
    personIds: ['maureen'],
    writtenBy: { personId: 'sophie' },
    createdAt: new Date(Date.UTC(2026, 10, 3, 10, made)).toISOString(),
    ...fields,
  }
}

describe('coverage: which rules answer which statement', () => {
  it('lists every statement in the map’s order with the numbered rules that answer it', () => {
    const nights = rule({ statementIds: ['drinking'] })
    const both = rule({ statementIds: ['school', 'drinking'] })
    const coverage = planCoverage(statements, [nights, both])
    expect(coverage.statements).toEqual([
      { statementId: 'drinking', number: 1, rules: [{ rule: nights, number: 1 }, { rule: both, number: 2 }] },
      { statementId: 'school', number: 2, rules: [{ rule: both, number: 2 }] },
    ])
    expect(coverage.uncovered).toEqual([])
    expect(coverage.needingAttention).toEqual([])
  })

  it('names a statement no rule answers as uncovered, and a rule tied to nothing as untied', () => {
    const untied = rule({ statementIds: [] })
    const coverage = planCoverage(statements, [rule({ statementIds: ['drinking'] }), untied])
    expect(coverage.uncovered).toEqual([{ statementId: 'school', number: 2, rules: [] }])
    expect(coverage.untied).toEqual([{ rule: untied, number: 2 }])
  })

  it('keeps a rule tied to a deleted statement, as needing attention: it is never dropped', () => {
    const stale = rule({ statementIds: ['drinking', 'deleted-elsewhere'] })
    const coverage = planCoverage(statements, [stale, rule({ statementIds: ['school'] })])
    expect(coverage.needingAttention).toEqual([{ rule: stale, number: 1, goneStatementIds: ['deleted-elsewhere'] }])
    // Its link to the statement still on the map still counts.
    expect(coverage.statements[0].rules.map(({ number }) => number)).toEqual([1])
  })

  it('has nothing to cover on a map with no statements yet', () => {
    expect(planCoverage([], [])).toEqual({ statements: [], uncovered: [], needingAttention: [], untied: [] })
  })
})

describe('what the plan lacks before it can be agreed', () => {
  it('an empty plan lacks rules for every statement and a contingency', () => {
    expect(whatPlanLacks(statements, [], '')).toEqual([
      { kind: 'noRules' },
      { kind: 'uncovered', statementId: 'drinking', number: 1 },
      { kind: 'uncovered', statementId: 'school', number: 2 },
      { kind: 'noContingency' },
    ])
  })

  it('a rule needs its words and who does it, and must not answer a deleted statement', () => {
    const blank = rule({ what: '  \n ', personIds: [], statementIds: ['drinking', 'gone'] })
    const lacks = whatPlanLacks(statements, [blank, rule({ statementIds: ['school'] })], 'Maureen has the children to stay.')
    expect(lacks).toEqual([
      { kind: 'ruleNeedsAttention', ruleId: blank.id, number: 1 },
      { kind: 'ruleNotWritten', ruleId: blank.id, number: 1 },
      { kind: 'ruleWithNobody', ruleId: blank.id, number: 1 },
    ])
    expect(lacks.map((lack) => planLackInWords(lack, 'danger statement'))).toEqual([
      'rule 1 answers a danger statement that has been deleted: tie it to another, or take that link off',
      'the words of rule 1: who does what, and when',
      'who does rule 1',
    ])
  })

  it('lacks nothing once every statement is answered by a written rule and there is a contingency', () => {
    const rules = [rule({ statementIds: ['drinking'] }), rule({ statementIds: ['school'] })]
    expect(whatPlanLacks(statements, rules, 'If the plan cannot be kept, Maureen has the children to stay.')).toEqual([])
    expect(whatPlanLacks(statements, rules, '   ')).toEqual([{ kind: 'noContingency' }])
  })

  it('words each lack in the framework’s own name for a statement', () => {
    expect(planLackInWords({ kind: 'uncovered', statementId: 'school', number: 2 }, 'worry statement')).toBe('a rule that answers worry statement 2')
    expect(planLackInWords({ kind: 'noContingency' }, 'danger statement')).toBe('a contingency: what will happen if the plan cannot be kept')
  })
})
