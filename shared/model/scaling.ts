import * as Y from 'yjs'
import { z } from 'zod'
import { Id, PersonRef, Timestamp } from './schema.js'
import { personRefKey } from './danger-statements.js'
import { readMeetings, type Meeting } from './meetings.js'
import { Score } from './score.js'

/**
 * Scaling: the questions a meeting scales (0 to 10, both ends spelled out), the scaling rounds
 * with everyone's numbers and reasons, and the professional's overall judgement. Meetings, which
 * rounds belong to, are in `meetings.ts`.
 *
 * All of it lives in the record layer and only the server writes it, through commands. Questions
 * too: a number means something only against the words it answered, so the server checks a round's
 * questions and keeps their words as asked in the round; families help word them in the meeting,
 * and the facilitator types. In a sealed round the numbers never enter this layer (a document
 * reaches every device) until the reveal: until then the server keeps them aside and the round
 * records only who has answered (`answered`).
 */

export const DEFAULT_ZERO = 'You are really worried and think you might need to get some outside help.'
export const DEFAULT_TEN = 'You are satisfied that this problem is sorted out as much as it can be.'

const Wording = (what: string) => z.string().trim().min(1, `${what} cannot be empty.`).max(500, `${what} can be at most 500 characters.`)

export const ScalingQuestionWords = z
  .object({
    question: Wording('The question'),
    zero: Wording('What 0 means'),
    ten: Wording('What 10 means'),
  })
  .strict()
export type ScalingQuestionWords = z.infer<typeof ScalingQuestionWords>

/** A scaling question, about one statement and goal pair or (statementId null) the map overall. */
export const ScalingQuestion = ScalingQuestionWords.extend({
  id: Id,
  statementId: Id.nullable(),
  createdAt: Timestamp,
})
export type ScalingQuestion = z.infer<typeof ScalingQuestion>

/** Why: null only as an explicit "prefer not to say". */
export const Reason = z.string().trim().min(1, 'Give a reason, or choose "prefer not to say".').max(2000, 'A reason can be at most 2000 characters.')

/** Who typed an answer in: a member of staff (perhaps for someone in the room), or a family member on their own device. */
export const EnteredBy = z.union([z.object({ userId: Id }).strict(), z.object({ personId: Id }).strict()])
export type EnteredBy = z.infer<typeof EnteredBy>

export const ScalingAnswer = z
  .object({
    questionId: Id,
    person: PersonRef,
    /** Null when the person prefers not to give a number. */
    score: Score.nullable(),
    reason: Reason.nullable(),
    enteredBy: EnteredBy,
    at: Timestamp,
  })
  .strict()
export type ScalingAnswer = z.infer<typeof ScalingAnswer>

/** That someone has answered, with nothing of what they said: all a sealed round shows before the reveal. */
export const AnswerMark = z.object({ questionId: Id, person: PersonRef, at: Timestamp }).strict()
export type AnswerMark = z.infer<typeof AnswerMark>

export const ROUND_MODES = ['open', 'sealed'] as const
export const RoundMode = z.enum(ROUND_MODES)
export type RoundMode = z.infer<typeof RoundMode>
export type RoundState = 'open' | 'revealed' | 'closed'

export const ScalingRound = z
  .object({
    id: Id,
    meetingId: Id,
    /** The questions as they were worded when the round was opened. */
    questions: z.array(ScalingQuestion).min(1).max(20),
    mode: RoundMode,
    state: z.enum(['open', 'revealed', 'closed']),
    openedBy: Id,
    openedAt: Timestamp,
    revealedAt: Timestamp.nullable(),
    closedAt: Timestamp.nullable(),
    answered: z.array(AnswerMark).max(2000),
    answers: z.array(ScalingAnswer).max(2000),
  })
  .strict()
export type ScalingRound = z.infer<typeof ScalingRound>

/** The professional's overall safety scale and its reason ("Case Scale Reason"); every one is kept. */
export const OverallJudgement = z
  .object({
    id: Id,
    score: Score,
    reason: Reason,
    meetingId: Id.nullable(),
    byUserId: Id,
    at: Timestamp,
  })
  .strict()
export type OverallJudgement = z.infer<typeof OverallJudgement>

/** The record layer's scaling roots and what each holds: the validator checks every entry with these. */
export const SCALING_ROOTS = {
  scalingQuestions: ScalingQuestion,
  scalingRounds: ScalingRound,
  judgements: OverallJudgement,
} as const
type ScalingRoot = keyof typeof SCALING_ROOTS

const rootOf = (record: Y.Doc, root: ScalingRoot) => record.getMap<unknown>(root)

function readAll<S extends z.ZodType>(record: Y.Doc, root: ScalingRoot, schema: S, unreadable: string[]): z.infer<S>[] {
  const items: z.infer<S>[] = []
  rootOf(record, root).forEach((value, key) => {
    const parsed = schema.safeParse(value)
    if (parsed.success && (parsed.data as { id: string }).id === key) items.push(parsed.data)
    else unreadable.push(key)
  })
  return items
}

export interface Scaling {
  questions: ScalingQuestion[]
  /** By date (meetings.ts): the meetings rounds belong to. */
  meetings: Meeting[]
  /** Oldest first. */
  rounds: ScalingRound[]
  /** Oldest first: the last is the judgement that stands. */
  judgements: OverallJudgement[]
}

/** Everything about scaling in a map's record layer, as plain validated data. */
export function readScaling(record: Y.Doc, unreadable: string[] = []): Scaling {
  const byTime = <T>(at: (item: T) => string) => (a: T, b: T) => at(a).localeCompare(at(b))
  return {
    questions: readAll(record, 'scalingQuestions', ScalingQuestion, unreadable).sort(byTime((q) => q.createdAt)),
    meetings: readMeetings(record, unreadable),
    rounds: readAll(record, 'scalingRounds', ScalingRound, unreadable).sort(byTime((r) => r.openedAt)),
    judgements: readAll(record, 'judgements', OverallJudgement, unreadable).sort(byTime((j) => j.at)),
  }
}

export function readScalingQuestion(record: Y.Doc, id: string): ScalingQuestion | null {
  const parsed = ScalingQuestion.safeParse(rootOf(record, 'scalingQuestions').get(id))
  return parsed.success ? parsed.data : null
}
export function readScalingRound(record: Y.Doc, id: string): ScalingRound | null {
  const parsed = ScalingRound.safeParse(rootOf(record, 'scalingRounds').get(id))
  return parsed.success ? parsed.data : null
}

/** Writes (adds or replaces) one entry; the server is the only writer, so a whole value is safe. */
export function writeScalingQuestion(record: Y.Doc, question: ScalingQuestion): void {
  rootOf(record, 'scalingQuestions').set(question.id, ScalingQuestion.parse(question))
}
export function writeScalingRound(record: Y.Doc, round: ScalingRound): void {
  rootOf(record, 'scalingRounds').set(round.id, ScalingRound.parse(round))
}
export function writeJudgement(record: Y.Doc, judgement: OverallJudgement): void {
  rootOf(record, 'judgements').set(judgement.id, OverallJudgement.parse(judgement))
}

/** One answer per person per question in a round: a later one replaces the earlier. */
export const answerKey = (questionId: string, person: PersonRef) => `${questionId}|${personRefKey(person)}`

export function withAnswer<T extends { questionId: string; person: PersonRef }>(list: readonly T[], entry: T): T[] {
  const key = answerKey(entry.questionId, entry.person)
  return [...list.filter((item) => answerKey(item.questionId, item.person) !== key), entry]
}

/** Adds people to a list of people unless they are in it already. */
export function withPeople(list: readonly PersonRef[], more: readonly PersonRef[]): PersonRef[] {
  const seen = new Set(list.map(personRefKey))
  const result = [...list]
  for (const ref of more) {
    if (seen.has(personRefKey(ref))) continue
    seen.add(personRefKey(ref))
    result.push(ref)
  }
  return result
}

/** The people present who have not yet answered a question of the round. */
export function notYetAnswered(round: ScalingRound, meeting: Meeting | null, questionId: string): PersonRef[] {
  const answered = new Set(round.answered.filter((mark) => mark.questionId === questionId).map((mark) => personRefKey(mark.person)))
  return (meeting?.present ?? []).filter((ref) => !answered.has(personRefKey(ref)))
}

/** The lowest and highest numbers given to a question, or null when nobody gave one (yet, or visibly). */
export function spreadOf(answers: readonly ScalingAnswer[], questionId: string): { lowest: number; highest: number } | null {
  const scores = answers.filter((answer) => answer.questionId === questionId && answer.score !== null).map((answer) => answer.score as number)
  return scores.length === 0 ? null : { lowest: Math.min(...scores), highest: Math.max(...scores) }
}
