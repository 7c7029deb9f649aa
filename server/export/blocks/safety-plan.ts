import { pairKind } from '../../../shared/framework.js'
import { listInWords, statementSentence } from '../../../shared/model/pair-sentences.js'
import { planCoverage, planLackInWords, whatPlanLacks, type NumberedRule } from '../../../shared/model/plan-coverage.js'
import { latestAgreement, planChangedSinceAgreed } from '../../../shared/model/plan-record.js'
import { RULE_PART_LABELS, type PlanRule, type PlanRulePart } from '../../../shared/model/plan-rules.js'
import type { ExportSource } from '../read-map.js'
import { heading, list, note, paragraph, text, type ReportBlock } from '../report.js'
import { pairReading } from './cards.js'
import { pairLabel } from './analysis.js'
import { planPartsBlocks } from './safety-plan-parts.js'
import { dayOf, personIn, staffName } from './words.js'

/**
 * The safety plan: whether it is agreed, how it answers each danger statement, its rules, then the
 * network, the safety object, the contingency, the journal and (professionals only) the copies
 * given (`safety-plan-parts.ts`). Coverage is `planCoverage`'s, so "covered" means what it means on
 * screen; a rule tied to a deleted statement is shown as needing attention, never dropped. The
 * family's copy reads the same shared-layer plan, in plain words.
 */
export function safetyPlanBlocks(source: ExportSource): ReportBlock[] {
  const { plan } = source
  const family = source.audience === 'family'
  const empty = plan.rules.length === 0 && plan.contingency.trim() === '' && plan.safetyObject.description === '' && plan.network.length === 0 && plan.journal.length === 0
  if (empty) return [note(family ? 'There is no family plan on the map yet.' : 'There is no safety plan on this map yet.')]
  return [...standingBlocks(source), ...coverageBlocks(source), ...rulesBlocks(source), ...planPartsBlocks(source)]
}

/** "Agreed on 17/11/2026 (recorded by Priya Shah)", changed since, or a draft with what it still needs. */
function standingBlocks(source: ExportSource): ReportBlock[] {
  const { plan } = source
  const agreement = latestAgreement(source.planRecord)
  if (agreement !== null) {
    const on = dayOf(agreement.at)
    if (planChangedSinceAgreed(plan, agreement)) return [paragraph(text(`Changed since it was agreed on ${on}: it needs agreeing again.`, 'bold'))]
    return [paragraph(text(`Agreed on ${on}`, 'bold'), ` (recorded by ${staffName(agreement.byUserId, source.map.people)}).`)]
  }
  if (source.audience === 'family') return [paragraph(text('Not agreed yet: the plan is still being worked on.', 'bold'))]
  const lacks = whatPlanLacks(source.map.statements, plan.rules, plan.contingency)
  const statementWord = pairKind(source.framework, 'statement').toLowerCase()
  return [
    paragraph(text('Draft: not agreed yet.', 'bold'), lacks.length > 0 ? ' Before it can be agreed it needs:' : ' It is ready to be agreed.'),
    ...(lacks.length > 0 ? [list(lacks.map((lack) => [paragraph(planLackInWords(lack, statementWord))]))] : []),
  ]
}

const ruleNames = (rules: readonly NumberedRule[]) => listInWords(rules.map(({ number }) => `rule ${number}`))

/** Each statement with the rules that answer it; what no rule answers, and rules tied to nothing or to what is gone. */
function coverageBlocks(source: ExportSource): ReportBlock[] {
  const family = source.audience === 'family'
  const coverage = planCoverage(source.map.statements, source.plan.rules)
  const reading = pairReading(source)
  const blocks: ReportBlock[] = [heading(family ? 'What each worry is answered by' : 'Coverage')]
  if (coverage.statements.length === 0) blocks.push(note(family ? 'Nothing has been written here yet.' : `No ${pairKind(source.framework, 'statement').toLowerCase()}s have been written yet.`))
  else {
    blocks.push(
      list(
        coverage.statements.map(({ number, rules }) => [
          paragraph(text(`${pairLabel(source, number - 1)}: `, 'bold'), statementSentence(source.map.statements[number - 1], reading)),
          rules.length > 0
            ? paragraph(`Answered by ${ruleNames(rules)}.`)
            : paragraph(text(family ? 'No rule in the plan answers this yet.' : 'Not covered: no rule answers it yet.', 'bold')),
        ]),
      ),
    )
  }
  const attention = [
    ...coverage.needingAttention.map(({ number }) =>
      family ? `Rule ${number} is about a worry that is no longer on the map.` : `Needs attention: rule ${number} answers a ${pairKind(source.framework, 'statement').toLowerCase()} that has been deleted.`,
    ),
    ...coverage.untied.map(({ number }) => `Rule ${number} does not say yet which ${family ? 'worry' : pairKind(source.framework, 'statement').toLowerCase()} it answers.`),
  ]
  if (attention.length > 0) blocks.push(list(attention.map((line) => [paragraph(text(line, 'bold'))])))
  return blocks
}

/** Each rule: its words (rich text, as a card's), who does it, what it answers and whose words it is. */
function rulesBlocks(source: ExportSource): ReportBlock[] {
  const { rules } = source.plan
  const family = source.audience === 'family'
  if (rules.length === 0) return [heading(family ? 'The rules' : 'Rules'), note(family ? 'No rules have been written yet.' : 'No plan rules yet.')]
  const people = source.map.people
  return [
    heading(family ? 'The rules' : 'Rules'),
    ...rules.flatMap((rule, index) => {
      const texts = source.planText.rules.get(rule.id)
      const part = (name: PlanRulePart): ReportBlock[] => [paragraph(text(`${RULE_PART_LABELS[name]}:`, 'bold')), ...(texts?.[name].length ? texts[name] : [note('Not written yet.')])]
      const who = rule.personIds.map((personId) => personIn(source.audience, { personId }, people))
      return [
        heading(`Rule ${index + 1}`, 4),
        ...part('what'),
        paragraph(text('Who does it: ', 'bold'), who.length > 0 ? who.join(', ') : 'Nobody yet'),
        ...part('triggers'),
        ...part('ifBroken'),
        paragraph(text(family ? 'What it helps with: ' : 'Answers: ', 'bold'), answersWords(source, rule)),
        paragraph(text('In the words of ', 'italic'), text(personIn(source.audience, rule.writtenBy, people), 'italic')),
      ]
    }),
  ]
}

function answersWords(source: ExportSource, rule: PlanRule): string {
  if (rule.statementIds.length === 0) return 'Not tied to anything yet'
  return rule.statementIds
    .map((statementId) => {
      const index = source.map.statements.findIndex((statement) => statement.id === statementId)
      if (index >= 0) return pairLabel(source, index)
      return source.audience === 'family' ? 'a worry no longer on the map' : 'a deleted statement (needs attention)'
    })
    .join('; ')
}
