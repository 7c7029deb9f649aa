import { changedSinceAgreed, pairStage, type DangerStatement, type PairStatus, type Person } from '../../shared/model'
import { formatCalendarDate, formatLondonDateTime } from '../../shared/london-time'

/**
 * Where a pair stands, in words, for every view that shows a pair (the Analysis view, the canvas,
 * the three columns): one wording, so the family hears the same thing wherever they look.
 */

/** "22/11/2026": the day of an agreement, in London. */
const agreedOn = (status: PairStatus) => formatLondonDateTime(status.agreed!.at).slice(0, 10)

/** Agreed, but its words have changed since: it needs agreeing again. */
export const needsAgreeingAgain = (statement: DangerStatement, status: PairStatus | undefined) => changedSinceAgreed(statement, status)

/** "Changed since agreed on 22/11/2026 — agree again". */
export const changedSinceAgreedWords = (status: PairStatus) => `Changed since agreed on ${agreedOn(status)} — agree again`

/** The stage in a few words: "Draft", "Shared on 20/11/2026", "Agreed on 22/11/2026", or changed since. */
export function stageInWords(statement: DangerStatement, status: PairStatus | undefined): string {
  if (status?.agreed) return needsAgreeingAgain(statement, status) ? changedSinceAgreedWords(status) : `Agreed on ${agreedOn(status)}`
  if (status?.sharedOn) return `Shared on ${formatCalendarDate(status.sharedOn)}`
  return 'Draft'
}

/** The stage, and who agreed: "Agreed by Priya Shah on 22/11/2026 (shared with the family on 20/11/2026)". */
export function describeStatus(status: PairStatus | undefined, memberNames: ReadonlyMap<string, string>, people: Person[]): string {
  if (status?.agreed) {
    const { byUserId } = status.agreed
    const name = memberNames.get(byUserId) ?? people.find((person) => person.userId === byUserId)?.name ?? 'a member of staff'
    const shared = status.sharedOn ? ` (shared with the family on ${formatCalendarDate(status.sharedOn)})` : ''
    return `Agreed by ${name} on ${agreedOn(status)}${shared}`
  }
  if (status?.sharedOn) return `Shared with the family on ${formatCalendarDate(status.sharedOn)}`
  return 'Draft'
}

/** The stage's name, for styling: a pair changed since agreement is not shown as settled. */
export const stageClass = (statement: DangerStatement, status: PairStatus | undefined) =>
  needsAgreeingAgain(statement, status) ? 'changed' : pairStage(status)
