import { z } from 'zod'
import { Framework } from './framework.js'
import { CalendarDate, Id, MapSettings, PersonRef } from './model/schema.js'
import { MeetingType, Reason, RoundMode, Score, ScalingQuestionWords } from './model/scaling.js'

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
   * The pair was agreed, by the person sending this, now. Refused while a part is missing. Which
   * meeting it was agreed in joins when meetings exist; until then the record says none.
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
  z
    .object({
      type: z.literal('start-meeting'),
      meetingType: MeetingType,
      date: CalendarDate,
      facilitator: PersonRef,
      present: z.array(PersonRef).max(60),
    })
    .strict(),
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
])
export type MapCommand = z.infer<typeof MapCommand>
export type MapCommandType = MapCommand['type']
