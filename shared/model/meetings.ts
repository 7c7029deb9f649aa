import * as Y from 'yjs'
import { z } from 'zod'
import { formatCalendarDate } from '../london-time.js'
import { CalendarDate, Id, PersonRef, Timestamp } from './schema.js'
import { personRefKey } from './danger-statements.js'
import { Score } from './score.js'

/**
 * Meetings (record layer `meetings`, one plain value per meeting, written by the server only): the
 * type, date, facilitator and who was present, and, for a meeting run on screen, its flow (the
 * agenda step everyone is on, when it started, a timer per step), the best questions of group
 * supervision, the close (with the checkpoint it saved) and "what changed since last time" as put
 * into the record. Every field after `startedAt` is optional: meetings recorded before meetings ran
 * on screen (the scaling issue's) still read, as meetings that are not running.
 */

export const MEETING_TYPES = [
  'group-supervision',
  'family-network-meeting',
  'core-group',
  'care-team',
  'team-around-the-family',
  'review',
  'other',
] as const
export const MeetingType = z.enum(MEETING_TYPES)
export type MeetingType = z.infer<typeof MeetingType>
export const MEETING_TYPE_NAMES: Record<MeetingType, string> = {
  'group-supervision': 'Group supervision',
  'family-network-meeting': 'Family network meeting',
  'core-group': 'Core group',
  'care-team': 'Care team meeting',
  'team-around-the-family': 'Team around the family',
  review: 'Review meeting',
  other: 'Other meeting',
}

/** The steps an agenda is made of; which ones, in what order, is `agendaFor` (meeting-agenda.ts). */
export const AGENDA_STEPS = ['genogram', 'what-we-know', 'statements', 'scaling', 'best-questions', 'network', 'plan', 'progress', 'changes', 'next-steps'] as const
export const AgendaStep = z.enum(AGENDA_STEPS)
export type AgendaStep = z.infer<typeof AgendaStep>

/** A step's timer: whole minutes, up to three hours (a long meeting is still one afternoon). */
export const TimerMinutes = z.number().int('A timer is a whole number of minutes.').min(1, 'A timer is at least 1 minute.').max(180, 'A timer can be at most 180 minutes.')

/** Where a meeting run on screen is: everyone's device follows `step`. */
export const MeetingFlow = z
  .object({
    step: AgendaStep,
    stepStartedAt: Timestamp,
    /** The member of staff who moved it there (or started the meeting). */
    movedBy: Id,
    timers: z.partialRecord(AgendaStep, TimerMinutes),
  })
  .strict()
export type MeetingFlow = z.infer<typeof MeetingFlow>

export const BEST_QUESTION_MAX = 1000
/** A question for the practitioner to take to the family (group supervision). */
export const BestQuestion = z
  .object({
    id: Id,
    text: z.string().trim().min(1, 'Write the question first.').max(BEST_QUESTION_MAX, `A best question can be at most ${BEST_QUESTION_MAX} characters.`),
    byUserId: Id,
    at: Timestamp,
  })
  .strict()
export type BestQuestion = z.infer<typeof BestQuestion>

/** When a meeting closed, and the read-only copy of the map it saved (null: the copy is on another map). */
export const MeetingClosed = z.object({ at: Timestamp, byUserId: Id, checkpointId: Id.nullable() }).strict()
export type MeetingClosed = z.infer<typeof MeetingClosed>

/** The kinds of item "what changed since the last meeting" counts. */
export const CHANGE_KINDS = ['cards', 'statements', 'bottomLines', 'nextSteps', 'planRules', 'people'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]
const Count = z.number().int().min(0)
const ChangeCount = z.object({ added: Count, changed: Count, removed: Count }).strict()
export type ChangeCount = z.infer<typeof ChangeCount>

/**
 * "What changed since the last meeting" as put into the meeting's record: how many items were
 * added, changed and removed, and each person's movement on each question. The record layer
 * reaches the family, so the server counts only what the family may see.
 */
export const RecordedChanges = z
  .object({
    sinceCheckpointId: Id,
    counts: z.object({ cards: ChangeCount, statements: ChangeCount, bottomLines: ChangeCount, nextSteps: ChangeCount, planRules: ChangeCount, people: ChangeCount }).strict(),
    /** The latest number before and now; `from` null when it is the person's first. */
    scores: z.array(z.object({ questionId: Id, person: PersonRef, from: Score.nullable(), to: Score }).strict()).max(500),
    byUserId: Id,
    at: Timestamp,
  })
  .strict()
export type RecordedChanges = z.infer<typeof RecordedChanges>

export const Meeting = z
  .object({
    id: Id,
    type: MeetingType,
    date: CalendarDate,
    facilitator: PersonRef,
    /** People on the map, and guests: a name with a role. */
    present: z.array(PersonRef).max(60),
    startedBy: Id,
    startedAt: Timestamp,
    flow: MeetingFlow.optional(),
    bestQuestions: z.array(BestQuestion).max(200).optional(),
    closed: MeetingClosed.optional(),
    changes: RecordedChanges.optional(),
  })
  .strict()
export type Meeting = z.infer<typeof Meeting>

/** "Core group 17/11/2026": what a meeting's checkpoint is called. */
export const checkpointName = (meeting: Pick<Meeting, 'type' | 'date'>) => `${MEETING_TYPE_NAMES[meeting.type]} ${formatCalendarDate(meeting.date)}`

/** A meeting everyone's screen follows: run on screen and not closed yet. */
export const isRunning = (meeting: Meeting): meeting is Meeting & { flow: MeetingFlow } => meeting.flow !== undefined && meeting.closed === undefined

/** The meeting the map is in now: the latest started of those still running, or null. */
export function runningMeeting(meetings: readonly Meeting[]): (Meeting & { flow: MeetingFlow }) | null {
  const running = meetings.filter(isRunning)
  return running.sort((a, b) => a.startedAt.localeCompare(b.startedAt)).at(-1) ?? null
}

/** Who attended: the facilitator first, then everyone present, each once. */
export function attendees(meeting: Pick<Meeting, 'facilitator' | 'present'>): PersonRef[] {
  const seen = new Set<string>()
  return [meeting.facilitator, ...meeting.present].filter((ref) => {
    const key = personRefKey(ref)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const meetingsOf = (record: Y.Doc) => record.getMap<unknown>('meetings')

/** Every readable meeting, by date then start; an entry that does not read is listed in `unreadable`. */
export function readMeetings(record: Y.Doc, unreadable: string[] = []): Meeting[] {
  const meetings: Meeting[] = []
  meetingsOf(record).forEach((value, key) => {
    const parsed = Meeting.safeParse(value)
    if (parsed.success && parsed.data.id === key) meetings.push(parsed.data)
    else unreadable.push(key)
  })
  return meetings.sort((a, b) => `${a.date} ${a.startedAt}`.localeCompare(`${b.date} ${b.startedAt}`))
}

export function readMeeting(record: Y.Doc, id: string): Meeting | null {
  const parsed = Meeting.safeParse(meetingsOf(record).get(id))
  return parsed.success ? parsed.data : null
}

/** Writes (adds or replaces) one meeting; the server is the only writer, so a whole value is safe. */
export function writeMeeting(record: Y.Doc, meeting: Meeting): void {
  meetingsOf(record).set(meeting.id, Meeting.parse(meeting))
}
