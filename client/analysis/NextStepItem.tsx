import { useState } from 'react'
import { nextStepAction, updateNextStep, type NextStep, type NextStepChange, type NextStepOwner, type PersonRef } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatCalendarDate } from '../../shared/london-time'
import { CommittedTextInput } from '../cards/CommittedTextInput'
import { PersonRefField } from '../cards/PersonRefField'
import { useAnalysisView } from './analysisContext'
import { RichPart } from './RichPart'
import { Suggestions } from './Suggestions'
import { CalendarDateInput } from '../app/CalendarDateInput'
import { badgesFor } from './useAnalysis'
import { PART_LABELS } from './wording'

const STATUS_NAMES: Record<NextStep['status'], string> = { open: 'Open', done: 'Done', dropped: 'Dropped' }

/** One next step: its action, who owns it, when it is due, the pair it serves and whether it is done. */
export function NextStepItem({ step, position, onDelete }: { step: NextStep; position: number; onDelete(): void }) {
  const { docs, analysis, badges, today, wording, mayEdit } = useAnalysisView()
  const [error, setError] = useState<string | null>(null)
  const context = `next step ${position}`
  const id = `next-step-${step.id}`
  const overdue = step.status === 'open' && step.due !== null && step.due < today
  const owner = step.owner
  const personOwner: PersonRef | null = owner && !('agency' in owner) ? owner : null
  const agencyOwner = owner && 'agency' in owner ? owner.agency : ''

  function change(next: NextStepChange) {
    try {
      updateNextStep(docs.shared, step.id, next)
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  const pairName = (statementId: string) => {
    const index = analysis.statements.findIndex((statement) => statement.id === statementId)
    return index === -1 ? 'A statement no longer on the map' : `${wording.statement} ${index + 1}`
  }

  return (
    <article className={overdue ? 'next-step next-step--overdue' : 'next-step'} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="next-step__heading">
        Next step {position}
        {overdue && <span className="tag tag--overdue">Overdue</span>}
      </h3>
      <Suggestions badges={badgesFor(badges, 'nextStep', step.id).filter((badge) => badge.subject.part !== 'action')} about={`next step ${position}`} />
      <RichPart id={`${id}-action`} label={PART_LABELS.action} context={context} fragment={nextStepAction(docs.shared, step.id)} badges={badgesFor(badges, 'nextStep', step.id, 'action')} />
      {mayEdit ? (
        <div className="next-step__fields">
          <PersonRefField id={`${id}-owner`} label="Who will do it" value={personOwner} people={analysis.people} allowNone onChange={(value) => change({ owner: value })} />
          <div className="field">
            <label htmlFor={`${id}-agency`}>Or an agency that will do it</label>
            <CommittedTextInput
              id={`${id}-agency`}
              maxLength={120}
              value={agencyOwner}
              onCommit={(agency) => change({ owner: agency ? ({ agency } satisfies NextStepOwner) : null })}
            />
          </div>
          <CalendarDateInput kind="due" id={`${id}-due`} label="Due by" value={step.due} onCommit={(due) => change({ due })} />
          <div className="field">
            <label htmlFor={`${id}-serves`}>Which statement it serves</label>
            <select id={`${id}-serves`} value={step.statementId ?? ''} onChange={(event) => change({ statementId: event.target.value || null })}>
              <option value="">The whole plan</option>
              {step.statementId && !analysis.statements.some((statement) => statement.id === step.statementId) && (
                <option value={step.statementId} disabled>
                  A statement no longer on the map
                </option>
              )}
              {analysis.statements.map((statement, index) => (
                <option key={statement.id} value={statement.id}>
                  {wording.statement} {index + 1}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select id={`${id}-status`} value={step.status} onChange={(event) => change({ status: event.target.value as NextStep['status'] })}>
              {Object.entries(STATUS_NAMES).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--quiet button--danger-text" onClick={onDelete}>
            Delete<span className="visually-hidden"> {context}</span>
          </button>
        </div>
      ) : (
        <dl className="next-step__facts">
          <dt>Who will do it</dt>
          <dd>{agencyOwner || (personOwner ? describeOwner(personOwner, analysis.people) : 'Not recorded')}</dd>
          <dt>Due by</dt>
          <dd>{step.due ? formatCalendarDate(step.due) : 'No date'}</dd>
          <dt>Serves</dt>
          <dd>{step.statementId ? pairName(step.statementId) : 'The whole plan'}</dd>
          <dt>Status</dt>
          <dd>{STATUS_NAMES[step.status]}</dd>
        </dl>
      )}
      <ErrorMessage message={error} />
    </article>
  )
}

const describeOwner = (ref: PersonRef, people: { id: string; name: string }[]) =>
  'personId' in ref ? (people.find((person) => person.id === ref.personId)?.name ?? 'Someone no longer on the map') : `${ref.name} (${ref.role})`
