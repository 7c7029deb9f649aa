import type { DangerStatement, PairStatus, Person } from '../../shared/model'
import { changedSinceAgreedWords, describeStatus, needsAgreeingAgain, stageClass } from './pairStatusWords'

/**
 * Where a pair stands, in words: a draft, shared with the family on a date, or agreed by someone
 * on a date; and, when its words have changed since they were agreed, that it needs agreeing again.
 */
export function PairStatusLine({
  statement,
  status,
  memberNames,
  people,
}: {
  statement: DangerStatement
  status: PairStatus | undefined
  memberNames: ReadonlyMap<string, string>
  people: Person[]
}) {
  return (
    <>
      <p className={`pair-status pair-status--${stageClass(statement, status)}`}>
        <span className="pair-status__label">Status: </span>
        {describeStatus(status, memberNames, people)}
      </p>
      {status && needsAgreeingAgain(statement, status) && <p className="pair-status__changed">{changedSinceAgreedWords(status)}</p>}
    </>
  )
}
