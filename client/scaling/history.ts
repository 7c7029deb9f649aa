import { formatCalendarDate } from '../../shared/london-time'
import { personRefKey, type PersonRef, type Scaling } from '../../shared/model'
import { meetingInWords, movementInWords } from './wording'

/** One round of a question on the history chart: its date, its meeting, and each person's number by key. */
export interface HistoryPoint {
  date: string
  meeting: string
  [personKey: string]: string | number
}

export interface QuestionHistory {
  points: HistoryPoint[]
  people: Array<{ key: string; name: string }>
  /** Each person's movement since their previous number, in words. */
  movements: string[]
}

/**
 * Every person's numbers for one question across the rounds whose numbers everyone may see (open
 * rounds, and sealed ones once revealed), oldest meeting first.
 */
export function questionHistory(scaling: Scaling, questionId: string, nameOf: (ref: PersonRef) => string): QuestionHistory {
  const meetings = new Map(scaling.meetings.map((meeting) => [meeting.id, meeting]))
  const rounds = scaling.rounds
    .filter((round) => round.questions.some((question) => question.id === questionId) && (round.mode === 'open' || round.state !== 'open'))
    .sort((a, b) => `${meetings.get(a.meetingId)?.date ?? ''} ${a.openedAt}`.localeCompare(`${meetings.get(b.meetingId)?.date ?? ''} ${b.openedAt}`))
  const people = new Map<string, string>()
  const points = rounds.map((round) => {
    const meeting = meetings.get(round.meetingId)
    const point: HistoryPoint = { date: meeting ? formatCalendarDate(meeting.date) : formatCalendarDate(round.openedAt.slice(0, 10)), meeting: meetingInWords(meeting) }
    for (const answer of round.answers) {
      if (answer.questionId !== questionId || answer.score === null) continue
      const key = personRefKey(answer.person)
      people.set(key, nameOf(answer.person))
      point[key] = answer.score
    }
    return point
  })
  const movements = [...people].map(([key, name]) => {
    const given = points.filter((point) => typeof point[key] === 'number')
    const last = given.at(-1)
    const before = given.at(-2)
    if (!last) return `${name}: no number yet`
    if (!before) return `${name}: ${last[key]} on ${last.date} (first number)`
    return `${name}: ${movementInWords(before[key] as number, last[key] as number)}, from ${before[key]} on ${before.date} to ${last[key]} on ${last.date}`
  })
  return { points, people: [...people].map(([key, name]) => ({ key, name })), movements }
}
