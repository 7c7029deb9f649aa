import { PAIR_WORDING } from '../../../shared/framework.js'
import { meetingInWords, movementInWords } from '../../../shared/model/scaling-words.js'
import { personRefKey } from '../../../shared/model/danger-statements.js'
import type { ScalingAnswer, ScalingQuestion, ScalingRound } from '../../../shared/model/scaling.js'
import type { ExportSource } from '../read-map.js'
import { cell, heading, list, note, paragraph, table, text, type ReportBlock } from '../report.js'
import { calendarDay, dayOf, personIn, staffName } from './words.js'
import { pairLabel } from './analysis.js'

/**
 * Judgement: each scaling question with everyone's latest numbers and reasons, and how each
 * person's number has moved since the time before. Only numbers everyone may see are in a map's
 * documents (open rounds, and sealed rounds once revealed), so a sealed number can never be here.
 */
export function scalingBlocks(source: ExportSource): ReportBlock[] {
  const { questions } = source.scaling
  const family = source.audience === 'family'
  if (questions.length === 0) return [note(family ? 'No questions with numbers from 0 to 10 have been asked yet.' : 'No scaling questions yet.')]
  const visible = visibleRounds(source)
  return questions.flatMap((question) => {
    const rounds = visible.filter((round) => round.questions.some((asked) => asked.id === question.id))
    const blocks: ReportBlock[] = [heading(question.question), paragraph(text('0: ', 'bold'), question.zero), paragraph(text('10: ', 'bold'), question.ten)]
    blocks.push(paragraph(text(aboutWords(source, question), 'italic')))
    const latest = rounds.at(-1)
    if (!latest) blocks.push(note(family ? 'Nobody has given a number yet.' : 'No numbers yet.'))
    else {
      const meeting = source.scaling.meetings.find((candidate) => candidate.id === latest.meetingId)
      blocks.push(paragraph(text(`${family ? 'Latest numbers' : 'Latest round'}: ${meetingInWords(meeting)}`, 'bold'), rounds.length > 1 ? ` (asked ${rounds.length} times)` : ''))
      const answers = latest.answers.filter((answer) => answer.questionId === question.id)
      if (answers.length === 0) blocks.push(note('Nobody gave a number in that round.'))
      else blocks.push(answersTable(source, question, answers, rounds.slice(0, -1)))
    }
    if (source.scaling.rounds.some((round) => round.mode === 'sealed' && round.state === 'open' && round.questions.some((asked) => asked.id === question.id))) {
      blocks.push(note('A sealed round is still open: its numbers are shown only once they are revealed.'))
    }
    return blocks
  })
}

/** Rounds whose numbers everyone may see, oldest meeting first. */
function visibleRounds(source: ExportSource): ScalingRound[] {
  const dateOf = (round: ScalingRound) => source.scaling.meetings.find((meeting) => meeting.id === round.meetingId)?.date ?? round.openedAt.slice(0, 10)
  return source.scaling.rounds
    .filter((round) => round.mode === 'open' || round.state !== 'open')
    .sort((a, b) => `${dateOf(a)} ${a.openedAt}`.localeCompare(`${dateOf(b)} ${b.openedAt}`))
}

function aboutWords(source: ExportSource, question: ScalingQuestion): string {
  if (question.statementId === null) return source.audience === 'family' ? 'About how things are overall.' : 'About the map overall.'
  const index = source.map.statements.findIndex((statement) => statement.id === question.statementId)
  if (index < 0) return source.audience === 'family' ? 'About a worry no longer on the map.' : `About a ${PAIR_WORDING[source.framework].statement.toLowerCase()} no longer on the map.`
  const label = pairLabel(source, index)
  return `About ${source.audience === 'family' ? `“${label}”` : label.charAt(0).toLowerCase() + label.slice(1)}.`
}

function answersTable(source: ExportSource, question: ScalingQuestion, answers: ScalingAnswer[], earlier: ScalingRound[]): ReportBlock {
  const family = source.audience === 'family'
  const noAnswer = family ? 'Did not want to say' : 'Prefers not to say'
  const previous = (answer: ScalingAnswer) => {
    for (const round of [...earlier].reverse()) {
      const before = round.answers.find((candidate) => candidate.questionId === question.id && personRefKey(candidate.person) === personRefKey(answer.person) && candidate.score !== null)
      if (before) return { score: before.score as number, on: calendarDay(source.scaling.meetings.find((meeting) => meeting.id === round.meetingId)?.date ?? round.openedAt.slice(0, 10)) }
    }
    return null
  }
  return table(
    family ? ['Who', 'Number', 'Why', 'Since last time'] : ['Person', 'Number', 'Reason', 'Movement since last time'],
    answers.map((answer) => {
      const before = previous(answer)
      const movement =
        answer.score === null ? '—' : before === null ? (family ? 'First number' : 'First number given') : `${movementInWords(before.score, answer.score)} (from ${before.score} on ${before.on})`
      return [
        cell(personIn(source.audience, answer.person, source.map.people)),
        cell(answer.score === null ? noAnswer : String(answer.score)),
        cell(answer.reason ?? noAnswer),
        cell(movement),
      ]
    }),
  )
}

/** The overall judgement: the latest Overall Safety Scale with its Case Scale Reason, and the ones before. */
export function overallBlocks(source: ExportSource): ReportBlock[] {
  const { judgements } = source.scaling
  const family = source.audience === 'family'
  const scale = family ? 'The social worker’s overall number' : source.framework === 'safety' ? 'Overall Safety Scale' : 'Overall scale'
  const latest = judgements.at(-1)
  if (!latest) return [note(family ? 'The social worker has not given an overall number yet.' : 'No overall judgement has been recorded yet.')]
  const by = staffName(latest.byUserId, source.map.people)
  const blocks: ReportBlock[] = [
    paragraph(text(`${scale}: `, 'bold'), `${latest.score} out of 10`, text(` (${by}, ${dayOf(latest.at)})`, 'italic')),
    paragraph(text(family ? 'Why: ' : 'Case Scale Reason: ', 'bold'), latest.reason),
  ]
  if (judgements.length > 1) {
    blocks.push(paragraph(text(family ? 'Earlier numbers:' : 'Earlier judgements:', 'bold')))
    blocks.push(list([...judgements.slice(0, -1)].reverse().map((judgement) => [paragraph(`${judgement.score} on ${dayOf(judgement.at)}: ${judgement.reason}`)])))
  }
  return blocks
}
