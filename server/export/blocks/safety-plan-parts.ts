import { COPY_WAY_NAMES } from '../../../shared/model/plan-record.js'
import { NETWORK_ROLE_NAMES, type RuleKept } from '../../../shared/model/safety-plan.js'
import type { ExportSource } from '../read-map.js'
import { cell, heading, note, paragraph, table, text, type ReportBlock } from '../report.js'
import { calendarDay, dayOf, personIn, staffName } from './words.js'

const KEPT_WORDS: Record<RuleKept, string> = { yes: 'Yes', partly: 'Partly', no: 'No' }

/**
 * The plan-wide parts of the safety plan: the safety network (roles, and what each may be told),
 * the safety object, the contingency (Plan B), the safety journal and, for professionals only,
 * the copies given.
 */
export function planPartsBlocks(source: ExportSource): ReportBlock[] {
  return [
    ...networkBlocks(source),
    ...safetyObjectBlocks(source),
    heading(source.audience === 'family' ? 'If the plan cannot be kept (Plan B)' : 'Contingency (Plan B)'),
    ...(source.planText.contingency.length > 0 ? source.planText.contingency : [note('No contingency has been written yet.')]),
    ...journalBlocks(source),
    ...(source.audience === 'professional' ? copiesBlocks(source) : []),
  ]
}

const who = (source: ExportSource, personId: string) => personIn(source.audience, { personId }, source.map.people)

function networkBlocks(source: ExportSource): ReportBlock[] {
  const title = heading('The safety network')
  if (source.plan.network.length === 0) return [title, note('Nobody has a part in the plan yet.')]
  return [
    title,
    table(
      ['Who', 'Their roles', 'Their part', 'What they may be told'],
      // By name: the plan keeps its network by person id, and ids say nothing to a reader.
      source.plan.network
        .map((member) => ({ member, name: who(source, member.personId) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map(({ member, name }) => [
          cell(name),
          cell(member.roles.map((role) => NETWORK_ROLE_NAMES[role]).join('; ') || 'None yet'),
          cell(member.part || '…'),
          cell(member.mayBeTold || 'Not agreed yet'),
        ]),
    ),
  ]
}

function safetyObjectBlocks(source: ExportSource): ReportBlock[] {
  const object = source.plan.safetyObject
  const title = heading('The safety object')
  if (object.description === '') return [title, note('No safety object yet.')]
  const checkers = object.checkerIds.map((personId) => who(source, personId))
  return [
    title,
    paragraph(text(object.description, 'bold')),
    paragraph(text('Where it is kept: ', 'bold'), object.keptWhere || '…'),
    paragraph(text('If it is moved: ', 'bold'), object.movedMeans || '…'),
    paragraph(text('Who checks it: ', 'bold'), checkers.length > 0 ? checkers.join(', ') : 'Nobody yet'),
  ]
}

function journalBlocks(source: ExportSource): ReportBlock[] {
  const title = heading('The safety journal')
  const { journal, rules } = source.plan
  if (journal.length === 0) return [title, note('No journal entries yet.')]
  const about = (ruleId: string | null) => {
    if (ruleId === null) return 'The whole plan'
    const index = rules.findIndex((rule) => rule.id === ruleId)
    return index < 0 ? 'A rule no longer in the plan' : `Rule ${index + 1}`
  }
  return [
    title,
    table(
      ['Day', 'Who', 'About', 'Kept?', 'Note'],
      journal.map((entry) => [
        cell(calendarDay(entry.on)),
        cell(personIn(source.audience, entry.author, source.map.people)),
        cell(about(entry.ruleId)),
        cell(KEPT_WORDS[entry.kept]),
        cell(entry.note || '…'),
      ]),
    ),
  ]
}

function copiesBlocks(source: ExportSource): ReportBlock[] {
  const title = heading('Copies given')
  const { copies, agreements } = source.planRecord
  if (copies.length === 0) return [title, note('No copies of the plan have been given yet.')]
  const agreedOn = (agreementId: string) => {
    const agreement = agreements.find((candidate) => candidate.id === agreementId)
    return agreement ? `The plan agreed on ${dayOf(agreement.at)}` : 'An agreement that could not be read'
  }
  return [
    title,
    table(
      ['To', 'How', 'When', 'Which plan', 'Recorded by'],
      copies.map((copy) => [cell(who(source, copy.personId)), cell(COPY_WAY_NAMES[copy.how]), cell(dayOf(copy.at)), cell(agreedOn(copy.agreementId)), cell(staffName(copy.byUserId, source.map.people))]),
    ),
  ]
}
