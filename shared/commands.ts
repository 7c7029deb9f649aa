import { z } from 'zod'
import { Framework } from './framework.js'
import { CalendarDate, Id, MapSettings, PersonRef } from './model/schema.js'
import { Reason, RoundMode, ScalingQuestionWords } from './model/scaling.js'
import { Score } from './model/score.js'
import { AgendaStep, BestQuestion, MeetingType, TimerMinutes } from './model/meetings.js'
import { CopyWay } from './model/plan-record.js'

/**
 * Server commands: changes only the server may make, to the `record` layer or across layers. A
 * client sends one to `POST /api/maps/<mapId>/commands`; the server validates it, asks the
 * policy, and applies it.
 */
export const MapCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rename-map'), title: MapSettings.shape.title }).strict(),
  z.object({ type: z.literal('set-framework'), framework: Framework }).strict(),
  /** The statement and goal pair was shared with the family: on `sharedOn` (ISO), today if absent. */
  z.object({ type: z.literal('share-pair'), statementId: Id, sharedOn: CalendarDate.optional() }).strict(),
  /**
   * The pair was agreed, by the person sending this, now, in the meeting running on the map (if
   * one is). Refused while a part is missing.
   */
  z.object({ type: z.literal('agree-pair'), statementId: Id }).strict(),
  /**
   * Moves a card, with its text and place on the canvas, between the part the family sees and the
   * professionals-only part: created in one, deleted from the other, by the server in one step.
   */
  z.object({ type: z.literal('move-card-to-layer'), cardId: Id, to: z.enum(['shared', 'professional']) }).strict(),
  /** A scaling question about one statement and goal pair, or (statementId null) the map overall. */
  z.object({ type: z.literal('define-scaling-question'), statementId: Id.nullable(), ...ScalingQuestionWords.shape }).strict(),
  /** New words for a question; rounds already held keep the words they asked. */
  z.object({ type: z.literal('edit-scaling-question'), questionId: Id, ...ScalingQuestionWords.shape }).strict(),
  /**
   * Starts a meeting on its agenda's first step. The facilitator and those present are people on
   * the map, or guests (a name with a role).
   */
  z
    .object({
      type: z.literal('start-meeting'),
      meetingType: MeetingType,
      date: CalendarDate,
      facilitator: PersonRef,
      present: z.array(PersonRef).max(60),
    })
    .strict(),
  /**
   * Moves a running meeting to a step of its agenda. `fromStep` is the step the sender was looking
   * at: if someone else moved the meeting first, this is refused and everyone stays on theirs.
   */
  z.object({ type: z.literal('move-meeting-step'), meetingId: Id, fromStep: AgendaStep, toStep: AgendaStep }).strict(),
  /** A step's timer in minutes, or null for none. */
  z.object({ type: z.literal('set-step-timer'), meetingId: Id, step: AgendaStep, minutes: TimerMinutes.nullable() }).strict(),
  /** A best question in group supervision: observers may add these too. */
  z.object({ type: z.literal('add-best-question'), meetingId: Id, text: BestQuestion.shape.text }).strict(),
  /** Closes a meeting and saves a named, read-only copy of the map (a checkpoint). */
  z.object({ type: z.literal('close-meeting'), meetingId: Id }).strict(),
  /** Puts "what changed since the last meeting" into the meeting's record, as the server counts it. */
  z.object({ type: z.literal('record-meeting-changes'), meetingId: Id }).strict(),
  z
    .object({
      type: z.literal('open-scaling-round'),
      meetingId: Id,
      questionIds: z.array(Id).min(1, 'Choose at least one scaling question.').max(20),
      mode: RoundMode,
    })
    .strict(),
  /**
   * One person's number and reason for one question of a round: a family member answers as
   * themselves; staff answer as themselves or for someone in the room. Null score: they prefer not
   * to give a number; null reason: they prefer not to say why. Answering again replaces the answer.
   */
  z
    .object({
      type: z.literal('answer-scaling'),
      roundId: Id,
      questionId: Id,
      person: PersonRef,
      score: Score.nullable(),
      reason: Reason.nullable(),
    })
    .strict(),
  /** Shows a sealed round's numbers to everyone, once. */
  z.object({ type: z.literal('reveal-scaling-round'), roundId: Id }).strict(),
  z.object({ type: z.literal('close-scaling-round'), roundId: Id }).strict(),
  /** The professional's overall safety scale and its reason ("Case Scale Reason"). */
  z.object({ type: z.literal('record-judgement'), score: Score, reason: Reason, meetingId: Id.nullable() }).strict(),
  /**
   * The safety plan was agreed, by the person sending this, now, with its words. Refused while a
   * statement has no rule, a rule answers a deleted statement or does not say who does what, or
   * there is no contingency.
   */
  z.object({ type: z.literal('agree-safety-plan') }).strict(),
  /** A network member was given their copy of the agreed safety plan, and how. */
  z.object({ type: z.literal('record-plan-copy'), personId: Id, how: CopyWay }).strict(),
])
export type MapCommand = z.infer<typeof MapCommand>
export type MapCommandType = MapCommand['type']
