import { pairKind } from '../../../shared/framework.js'
import { itemsNeedingAttention } from '../../../shared/model/case-map.js'
import { goalSentence, statementSentence } from '../../../shared/model/pair-sentences.js'
import { changedSinceAgreed } from '../../../shared/model/pair-status.js'
import type { BottomLine, DangerStatement, NextStep, NextStepStatus, PairStatus } from '../../../shared/model/schema.js'
import type { ExportSource } from '../read-map.js'
import { cell, heading, list, note, paragraph, table, text, type ReportBlock } from '../report.js'
import { pairReading } from './cards.js'
import { calendarDay, dayOf, ownerIn, staffName } from './words.js'

/**
 * The analysis: each danger (worry) statement with its paired goal, in the one pair wording
 * (`shared/model/pair-sentences.ts`), its bottom lines and where it stands; then anything that has
 * lost its pair. The family's copy says the same pairs in the family's words.
 */
export function pairsBlocks(source: ExportSource): ReportBlock[] {
  const { statements, bottomLines } = source.map
  const family = source.audience === 'family'
  const statementWord = pairKind(source.framework, 'statement', source.audience)
  const goalWord = pairKind(source.framework, 'goal', source.audience)
  if (statements.length === 0) {
    return [note(family ? 'Nothing has been written here yet.' : `No ${statementWord.toLowerCase()}s have been written yet.`)]
  }
  const reading = pairReading(source)
  const blocks = statements.flatMap((statement, index) => {
    const lines = bottomLines.filter((line) => line.statementId === statement.id)
    return [
      heading(pairLabel(source, index)),
      paragraph(statementSentence(statement, reading)),
      paragraph(text(`${goalWord}: `, 'bold'), goalSentence(statement.goal, reading)),
      ...bottomLinesBlocks(lines, family),
      paragraph(text(stageWords(source, statement, source.map.pairStatus[statement.id]), 'italic')),
    ]
  })
  const lost = itemsNeedingAttention(source.map)
  if (!family && (lost.bottomLines.length > 0 || lost.nextSteps.length > 0)) {
    blocks.push(heading('Needing attention: no longer tied to a pair'))
    if (lost.bottomLines.length > 0) blocks.push(...bottomLinesBlocks(lost.bottomLines, false))
    if (lost.nextSteps.length > 0) blocks.push(list(lost.nextSteps.map((step) => [paragraph(step.action || 'An action not written yet')])))
  }
  return blocks
}

function bottomLinesBlocks(lines: BottomLine[], family: boolean): ReportBlock[] {
  if (lines.length === 0) return []
  return [
    paragraph(text(family ? 'What must happen, whatever else:' : 'Bottom lines:', 'bold')),
    list(
      lines.map((line) => [
        paragraph(line.condition || '…'),
        paragraph(text(family ? 'If it does not: ' : 'If it is not met: ', 'italic'), line.contingency || '…'),
      ]),
    ),
  ]
}

/** "Agreed by Priya Shah on 22/11/2026 (shared with the family on 20/11/2026)", or a draft. */
function stageWords(source: ExportSource, statement: DangerStatement, status: PairStatus | undefined): string {
  const shared = status?.sharedOn ? `shared with the family on ${calendarDay(status.sharedOn)}` : null
  if (status?.agreed) {
    const agreed = `Agreed by ${staffName(status.agreed.byUserId, source.map.people)} on ${dayOf(status.agreed.at)}${shared ? ` (${shared})` : ''}`
    return changedSinceAgreed(statement, status) ? `${agreed}; the words have changed since and need agreeing again` : agreed
  }
  if (shared) return shared.charAt(0).toUpperCase() + shared.slice(1)
  return source.audience === 'family' ? 'Still being worked on' : 'Draft: not yet shared with the family'
}

/** "Danger statement 2"; for the family, "What we are worried about", numbered only when there are more. */
export function pairLabel(source: ExportSource, index: number): string {
  const word = pairKind(source.framework, 'statement', source.audience)
  if (source.audience === 'professional') return `${word} ${index + 1}`
  return source.map.statements.length === 1 ? word : `${word} (${index + 1})`
}

const STATUS_WORDS: Record<'professional' | 'family', Record<NextStepStatus, string>> = {
  professional: { open: 'Open', done: 'Done', dropped: 'Dropped' },
  family: { open: 'To do', done: 'Done', dropped: 'No longer needed' },
}

/** The plan's next steps: what, who, by when, where it stands, and which pair it serves. */
export function nextStepsBlocks(source: ExportSource): ReportBlock[] {
  if (source.map.nextSteps.length === 0) return [note(source.audience === 'family' ? 'No next steps have been agreed yet.' : 'No next steps yet.')]
  return [nextStepsTable(source)]
}

export function nextStepsTable(source: ExportSource): ReportBlock {
  const family = source.audience === 'family'
  const { statements, people } = source.map
  const serves = (step: NextStep) => {
    if (step.statementId === null) return family ? 'Everything' : 'The whole plan'
    const index = statements.findIndex((statement) => statement.id === step.statementId)
    return index < 0 ? 'A statement no longer on the map' : pairLabel(source, index)
  }
  return table(
    family ? ['What will happen', 'Who', 'By when', 'Done yet?', 'What it helps with'] : ['Action', 'Owner', 'Due', 'Status', 'Serves'],
    source.map.nextSteps.map((step) => [
      [paragraph(step.action || '…')],
      cell(ownerIn(source.audience, step.owner, people)),
      cell(step.due ? calendarDay(step.due) : family ? 'No date yet' : 'No date'),
      cell(STATUS_WORDS[source.audience][step.status]),
      cell(serves(step)),
    ]),
  )
}
