import { pairStage, type PairStatus, type Person } from '../../shared/model'
import { formatCalendarDate, formatLondonDateTime } from '../app/londonTime'

/**
 * Where a pair stands, in words: a draft, shared with the family on a date, or agreed by someone
 * on a date. Who agreed is a member of staff, named from the members list or the map's people.
 */
export function PairStatusLine({ status, memberNames, people }: { status: PairStatus | undefined; memberNames: ReadonlyMap<string, string>; people: Person[] }) {
  const stage = pairStage(status)
  return (
    <p className={`pair-status pair-status--${stage}`}>
      <span className="pair-status__label">Status: </span>
      {describeStatus(status, memberNames, people)}
    </p>
  )
}

export function describeStatus(status: PairStatus | undefined, memberNames: ReadonlyMap<string, string>, people: Person[]): string {
  if (status?.agreed) {
    const { byUserId, at } = status.agreed
    const name = memberNames.get(byUserId) ?? people.find((person) => person.userId === byUserId)?.name ?? 'a member of staff'
    const shared = status.sharedOn ? ` (shared with the family on ${formatCalendarDate(status.sharedOn)})` : ''
    return `Agreed by ${name} on ${formatLondonDateTime(at).slice(0, 10)}${shared}`
  }
  if (status?.sharedOn) return `Shared with the family on ${formatCalendarDate(status.sharedOn)}`
  return 'Draft'
}
