import { useState, type FormEvent } from 'react'
import { COPY_WAY_NAMES, COPY_WAYS, type CopyWay, type Person, type PlanAgreement, type PlanCopy } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useMapCommand } from '../http/useMapCommand'
import { useMapView } from '../map/mapView'
import { dayOf } from './planWords'

interface RecordCopyProps {
  person: Person
  agreement: PlanAgreement | null
  changed: boolean
  copies: PlanCopy[]
}

/**
 * Records that the person has their copy, and how (R-SP-4): a server command, which refuses while
 * the plan is a draft or has changed since it was agreed, and says why. Not printed.
 */
export function RecordCopy({ person, agreement, changed, copies }: RecordCopyProps) {
  const { mapId } = useMapView()
  const [how, setHow] = useState<CopyWay>('handedOver')
  const { busy, error, send } = useMapCommand(mapId)

  function record(event: FormEvent) {
    event.preventDefault()
    void send({ type: 'record-plan-copy', personId: person.id, how })
  }

  return (
    <form className="plan-record-copy" onSubmit={record} aria-labelledby="record-copy-heading">
      <h2 id="record-copy-heading">Recording {person.name}’s copy</h2>
      <p role="status">
        {copies.length === 0
          ? 'No copy recorded yet.'
          : `Copies given: ${copies.map((copy) => `${dayOf(copy.at)} (${COPY_WAY_NAMES[copy.how].toLowerCase()})`).join('; ')}.`}
      </p>
      {agreement === null || changed ? (
        <p>{agreement === null ? 'Agree the plan before giving out copies.' : 'The plan has changed since it was agreed: agree it again before giving out copies.'}</p>
      ) : (
        <>
          <div className="field field--inline">
            <label htmlFor="copy-how">How they got it</label>
            <select id="copy-how" value={how} onChange={(event) => setHow(event.target.value as CopyWay)}>
              {COPY_WAYS.map((way) => (
                <option key={way} value={way}>
                  {COPY_WAY_NAMES[way]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>
            Record that {person.name} has their copy
          </button>
        </>
      )}
      <ErrorMessage message={error} />
    </form>
  )
}
