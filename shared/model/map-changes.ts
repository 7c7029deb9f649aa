import type { Card, BottomLine, DangerStatement, NextStep, Person, PersonRef } from './schema.js'
import type { PlanRule } from './plan-rules.js'
import type { ScalingQuestion, Scaling, ScalingRound } from './scaling.js'
import type { MapReading } from './map-reading.js'
import { CHANGE_KINDS, type ChangeCount, type ChangeKind, type RecordedChanges } from './meetings.js'
import { personRefKey } from './danger-statements.js'

/**
 * "What changed since the last meeting": two readings of a map (a checkpoint and now, or two
 * checkpoints) compared item by item, and each person's movement on each scaling question. Pure:
 * the meeting view, the shared screen and the server (putting it into the record) all call it.
 */

export interface ItemChanges<T> {
  added: T[]
  changed: Array<{ before: T; after: T }>
  removed: T[]
}

/** One person's latest number on one question then and now; `from` null when they had none before. */
export interface ScoreMovement {
  /** The question as it was last asked. */
  question: ScalingQuestion
  person: PersonRef
  from: number | null
  to: number
}

export interface MapChanges {
  cards: ItemChanges<Card>
  statements: ItemChanges<DangerStatement>
  bottomLines: ItemChanges<BottomLine>
  nextSteps: ItemChanges<NextStep>
  planRules: ItemChanges<PlanRule>
  people: ItemChanges<Person>
  /** Only the numbers that moved (or were given for the first time). */
  scores: ScoreMovement[]
}

export function mapChanges(before: MapReading, after: MapReading): MapChanges {
  return {
    // Who made a card and when never changes; a card's text, domain or source may.
    cards: itemChanges(before.map.cards, after.map.cards, ({ createdAt, createdBy, ...card }) => card),
    statements: itemChanges(before.map.statements, after.map.statements),
    bottomLines: itemChanges(before.map.bottomLines, after.map.bottomLines),
    nextSteps: itemChanges(before.map.nextSteps, after.map.nextSteps),
    planRules: itemChanges(before.planRules, after.planRules),
    people: itemChanges(before.map.people, after.map.people),
    scores: scoreMovements(before.scaling, after.scaling),
  }
}

export function nothingChanged(changes: MapChanges): boolean {
  return changes.scores.length === 0 && CHANGE_KINDS.every((kind) => changes[kind].added.length + changes[kind].changed.length + changes[kind].removed.length === 0)
}

/** The changes as the meeting's record keeps them: counts and score movements, no text. */
export function recordedChanges(changes: MapChanges, sinceCheckpointId: string, byUserId: string, at: string): RecordedChanges {
  return {
    sinceCheckpointId,
    counts: changeCounts(changes),
    scores: changes.scores.map(({ question, person, from, to }) => ({ questionId: question.id, person, from, to })),
    byUserId,
    at,
  }
}

/** How many items of each kind were added, changed and removed. */
export function changeCounts(changes: MapChanges): Record<ChangeKind, ChangeCount> {
  const countOf = (items: ItemChanges<unknown>): ChangeCount => ({ added: items.added.length, changed: items.changed.length, removed: items.removed.length })
  return Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, countOf(changes[kind])])) as Record<ChangeKind, ChangeCount>
}

function itemChanges<T extends { id: string }>(before: readonly T[], after: readonly T[], compared: (item: T) => unknown = (item) => item): ItemChanges<T> {
  const earlier = new Map(before.map((item) => [item.id, item]))
  const later = new Set(after.map((item) => item.id))
  const changes: ItemChanges<T> = { added: [], changed: [], removed: before.filter((item) => !later.has(item.id)) }
  for (const item of after) {
    const was = earlier.get(item.id)
    if (!was) changes.added.push(item)
    else if (JSON.stringify(compared(was)) !== JSON.stringify(compared(item))) changes.changed.push({ before: was, after: item })
  }
  return changes
}

/** Rounds whose numbers everyone may see (open rounds, sealed ones once revealed), by meeting date. */
export function visibleRounds(scaling: Scaling): ScalingRound[] {
  const dateOf = (round: ScalingRound) => scaling.meetings.find((meeting) => meeting.id === round.meetingId)?.date ?? round.openedAt.slice(0, 10)
  return scaling.rounds
    .filter((round) => round.mode === 'open' || round.state !== 'open')
    .sort((a, b) => `${dateOf(a)} ${a.openedAt}`.localeCompare(`${dateOf(b)} ${b.openedAt}`))
}

/** Each person's latest number on each question, keyed by question and person. */
function latestScores(scaling: Scaling): Map<string, { question: ScalingQuestion; person: PersonRef; score: number }> {
  const latest = new Map<string, { question: ScalingQuestion; person: PersonRef; score: number }>()
  for (const round of visibleRounds(scaling)) {
    for (const answer of round.answers) {
      const question = round.questions.find((asked) => asked.id === answer.questionId)
      if (!question || answer.score === null) continue
      latest.set(`${answer.questionId}|${personRefKey(answer.person)}`, { question, person: answer.person, score: answer.score })
    }
  }
  return latest
}

function scoreMovements(before: Scaling, after: Scaling): ScoreMovement[] {
  const then = latestScores(before)
  const movements: ScoreMovement[] = []
  for (const [key, now] of latestScores(after)) {
    const from = then.get(key)?.score ?? null
    if (from !== now.score) movements.push({ question: now.question, person: now.person, from, to: now.score })
  }
  return movements
}
