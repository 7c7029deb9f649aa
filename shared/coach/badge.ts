/** What a badge is about: a statement, goal, bottom line or next step (optionally one part), or the whole map. */
export interface BadgeSubject {
  kind: 'statement' | 'goal' | 'bottomLine' | 'nextStep' | 'map'
  /** The record's id; a goal shares its statement's id, since each goal is paired with exactly one. */
  id?: string
  /** The field the badge points at, named as in the record ("behaviour", "howLong", "owner"). */
  part?: string
}

/** The checks the coach runs; the UI may style by these (an overdue step should stand out). */
export const CHECKS = [
  'missing-part',
  'no-goal',
  'too-many-statements',
  'no-time-period',
  'no-network',
  'child-in-network',
  'service-language',
  'jargon',
  'vague-word',
  'readability',
  'overdue',
] as const
export type CheckId = (typeof CHECKS)[number]

/** A quiet suggestion shown beside what people write; it never blocks typing or saving. */
export interface Badge {
  subject: BadgeSubject
  check: CheckId
  /** Says what to do about it, in words a social worker would welcome. */
  message: string
}
