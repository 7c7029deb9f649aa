import * as Y from 'yjs'
import { AgreedPair, Id, PairStatus, type DangerStatement, type PairAgreement, type Person, type PersonRef } from './schema.js'
import { personRefKey } from './danger-statements.js'
import { pairStatusOf } from './layers.js'

/**
 * Where each statement and goal pair stands: a draft, shared with the family (on a date), or
 * agreed (by whom, when, in which meeting). Kept in the record layer, keyed by statement id, and
 * written only by the server (the `share-pair` and `agree-pair` commands). An entry outlives a
 * deleted statement on purpose: the record never forgets what was agreed.
 */
export type PairStage = 'draft' | 'shared' | 'agreed'

export function pairStage(status: PairStatus | undefined): PairStage {
  if (status?.agreed) return 'agreed'
  return status?.sharedOn ? 'shared' : 'draft'
}

export function readPairStatus(record: Y.Doc, unreadable: string[] = []): Record<string, PairStatus> {
  const statuses: Record<string, PairStatus> = {}
  pairStatusOf(record).forEach((value, key) => {
    const parsed = PairStatus.safeParse(value)
    if (parsed.success && Id.safeParse(key).success) statuses[key] = parsed.data
    else unreadable.push(key)
  })
  return statuses
}

function currentStatus(record: Y.Doc, statementId: string): PairStatus {
  const parsed = PairStatus.safeParse(pairStatusOf(record).get(statementId))
  return parsed.success ? parsed.data : { sharedOn: null, agreed: null }
}

/**
 * Records that the pair was shared with the family on a date (ISO). A pair is shared again at
 * each visit and meeting; the latest date is kept, whatever order they are recorded in.
 */
export function recordPairShared(record: Y.Doc, statementId: string, sharedOn: string): void {
  const status = currentStatus(record, statementId)
  if (status.sharedOn !== null && status.sharedOn >= sharedOn) return
  pairStatusOf(record).set(statementId, PairStatus.parse({ ...status, sharedOn }))
}

/**
 * Records the pair's agreement, with the words agreed. Agreeing words that are agreed already
 * records nothing; agreeing changed words is a new agreement, and the one it replaces is kept in
 * `earlier`. Returns whether it recorded.
 */
export function recordPairAgreed(record: Y.Doc, statementId: string, agreement: PairAgreement & { pair: AgreedPair }): boolean {
  const status = currentStatus(record, statementId)
  if (status.agreed?.pair && samePair(status.agreed.pair, agreement.pair)) return false
  const earlier = status.agreed ? [...(status.earlier ?? []), status.agreed] : status.earlier
  pairStatusOf(record).set(statementId, PairStatus.parse({ ...status, agreed: agreement, ...(earlier && { earlier }) }))
  return true
}

/** The words of a pair, as an agreement keeps them. */
export function agreedPairOf(statement: DangerStatement): AgreedPair {
  const { worried, behaviour, fear, goal } = statement
  return AgreedPair.parse({ worried, behaviour, fear, goal })
}

/**
 * Whether the pair's words have changed since it was agreed: spacing and the order people were
 * added in do not count. An agreement recorded before the words were kept cannot tell: it says no.
 */
export function changedSinceAgreed(statement: DangerStatement, status: PairStatus | undefined): boolean {
  const agreed = status?.agreed?.pair
  return agreed !== undefined && !samePair(agreed, agreedPairOf(statement))
}

function samePair(a: AgreedPair, b: AgreedPair): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))
}

const comparable = ({ worried, behaviour, fear, goal }: AgreedPair) => {
  const text = (value: string) => value.replace(/\s+/g, ' ').trim()
  const people = (refs: PersonRef[]) => refs.map(personRefKey).sort()
  return [people(worried), text(behaviour), text(fear), text(goal.different), people(goal.convinced), text(goal.howLong), text(goal.evidence), [...goal.networkPersonIds].sort()]
}

/**
 * What a pair still needs before it can be agreed, in plain words (empty when it is whole): every
 * part filled, and a safety network with at least one adult from the family or their network who
 * is on the map. Professionals support a network; they are not it. A child the map is about cannot
 * be their own safety network, so children named in it do not count (nor does a brother or sister
 * the map is also about: they are children too).
 */
export function whatPairLacks(statement: DangerStatement, people: Person[], childIds: readonly string[]): string[] {
  const onMap = new Map(people.map((person) => [person.id, person]))
  const names = (refs: PersonRef[]) => refs.some((ref) => !('personId' in ref) || onMap.has(ref.personId))
  const filled = (text: string) => text.trim() !== ''
  const { goal } = statement
  const lacks: string[] = []
  if (!names(statement.worried)) lacks.push('who is worried')
  if (!filled(statement.behaviour)) lacks.push('the behaviour or circumstance we are worried about')
  if (!filled(statement.fear)) lacks.push('what we fear will happen to the child if nothing changes')
  if (!filled(goal.different)) lacks.push('what will be happening differently in the care of the child')
  if (!names(goal.convinced)) lacks.push('who needs to be convinced')
  if (!filled(goal.howLong)) lacks.push('for how long')
  if (!filled(goal.evidence)) lacks.push('what we need to see')
  const network = goal.networkPersonIds.filter((id) => {
    const group = onMap.get(id)?.group
    return (group === 'family' || group === 'network') && !childIds.includes(id)
  })
  if (network.length === 0) lacks.push('an adult from the family or their network, on the map, in the safety network')
  return lacks
}

/** Today's date (ISO) in the United Kingdom, whatever time zone the server's clock is set to. */
export function todayInTheUK(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}
