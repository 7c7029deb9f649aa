import { pairKind } from '../../../shared/framework.js'
import { countsInWords, scoreMovementInWords } from '../../../shared/model/map-changes-words.js'
import type { ExportMeeting, ExportSource } from '../read-map.js'
import { cell, heading, list, note, paragraph, table, text, type ReportBlock } from '../report.js'
import { calendarDay, dayOf, ownerIn, personIn, staffName } from './words.js'

/**
 * A meeting's record (`meetingRecord`): who attended, the numbers given in it (a sealed round's only
 * once revealed: before then they are in no document), the pairs agreed in it, the next steps it
 * left and what changed since the meeting before. Read from the map as the meeting left it once it
 * has closed. Best questions are group supervision's questions for the practitioner: professionals only.
 */
export function meetingRecordBlocks(source: ExportSource): ReportBlock[] {
  if (source.meeting === null) return [note(source.audience === 'family' ? 'No meetings have been recorded yet.' : 'No meeting has been recorded on this map yet.')]
  const { record } = source.meeting
  const people = source.meeting.reading.map.people
  const name = (ref: Parameters<typeof personIn>[1]) => personIn(source.audience, ref, people)
  const closed = record.meeting.closed
  return [
    heading(record.name),
    paragraph(text(closed ? `Closed on ${dayOf(closed.at)}.` : 'Not closed yet: this is the map as it is now.', 'italic')),
    heading('Who attended'),
    paragraph(`${record.attended.map(name).join(', ')}. Facilitated by ${name(record.meeting.facilitator)}.`),
    ...numbersBlocks(source, source.meeting),
    ...decisionsBlocks(source, source.meeting),
    ...nextStepsBlocks(source, source.meeting),
    ...(source.audience === 'professional' && record.bestQuestions.length > 0
      ? [heading('Best questions'), list(record.bestQuestions.map((question) => [paragraph(question.text)]))]
      : []),
    ...changesBlocks(source, source.meeting),
  ]
}

function numbersBlocks(source: ExportSource, { record, reading }: ExportMeeting): ReportBlock[] {
  const family = source.audience === 'family'
  const title = heading(family ? 'Numbers given' : 'Scaling')
  if (record.scaling.length === 0) return [title, note('No numbers were given in this meeting.')]
  const noNumber = family ? 'Did not want to say' : 'Prefers not to say'
  return [
    title,
    ...record.scaling.flatMap(({ question, answers }) => [
      paragraph(text(question.question, 'bold')),
      answers.length === 0
        ? note('Nobody gave a number.')
        : table(
            family ? ['Who', 'Number', 'Why'] : ['Person', 'Number', 'Reason'],
            answers.map((answer) => [
              cell(personIn(source.audience, answer.person, reading.map.people)),
              cell(answer.score === null ? noNumber : String(answer.score)),
              cell(answer.reason ?? noNumber),
            ]),
          ),
    ]),
  ]
}

function decisionsBlocks(source: ExportSource, { record, reading }: ExportMeeting): ReportBlock[] {
  const title = heading(source.audience === 'family' ? 'What was agreed' : 'Decisions')
  if (record.decisions.length === 0) return [title, note('Nothing was agreed in this meeting.')]
  const family = source.audience === 'family'
  const statement = pairKind(source.framework, 'statement', source.audience)
  const goal = pairKind(source.framework, 'goal', source.audience).toLowerCase()
  const statements = reading.map.statements
  return [
    title,
    list(
      record.decisions.map(({ statementId, agreement }) => {
        const number = statements.findIndex((candidate) => candidate.id === statementId) + 1
        const label = family && statements.length === 1 ? statement : `${statement} ${family ? `(${number})` : number}`
        const pair = number === 0 ? 'A statement no longer on the map, and its goal' : family ? `${label}, and ${goal}` : `${label} and its ${goal}`
        return [paragraph(`${pair}: agreed, recorded by ${staffName(agreement.byUserId, reading.map.people)} on ${dayOf(agreement.at)}.`)]
      }),
    ),
  ]
}

function nextStepsBlocks(source: ExportSource, { record, reading }: ExportMeeting): ReportBlock[] {
  const title = heading('Next steps agreed')
  if (record.nextSteps.length === 0) return [title, note('No next steps were left open.')]
  return [
    title,
    list(
      record.nextSteps.map((step) => [
        paragraph(step.action || '…', text(` (${ownerIn(source.audience, step.owner, reading.map.people)}${step.due ? `, by ${calendarDay(step.due)}` : ''})`, 'italic')),
      ]),
    ),
  ]
}

function changesBlocks(source: ExportSource, { record, reading }: ExportMeeting): ReportBlock[] {
  const { changes } = record
  if (changes === null) return []
  const question = (questionId: string) => reading.scaling.questions.find((candidate) => candidate.id === questionId)?.question
  const lines = [
    ...changes.scores.map((movement) => {
      const words = scoreMovementInWords(personIn(source.audience, movement.person, reading.map.people), movement.from, movement.to)
      const asked = question(movement.questionId)
      return asked ? `${words} (${asked})` : words
    }),
    ...countsInWords(changes.counts, source.audience),
  ]
  return [heading('What changed since the last meeting'), lines.length > 0 ? list(lines.map((line) => [paragraph(line)])) : note('Nothing changed.')]
}
