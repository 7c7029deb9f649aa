import { Link } from 'react-router'
import { COPY_WAY_NAMES, listInWords, NETWORK_ROLE_NAMES, NETWORK_ROLES, setNetworkRole, type NetworkRole, type NetworkRoleKind, type Person } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { CommittedTextInput } from '../cards/CommittedTextInput'
import { peopleToChoose, personChoiceLabel } from '../map/peopleToChoose'
import { usePlanView } from './planContext'
import { copyPath, dayOf } from './planWords'

/**
 * The safety network: each adult of the family and their network, with their part in the plan, what
 * they may be told (R-SP-5), the rules they do, and their copy. Professionals support a network but
 * are not it, and the children the map is about are who it keeps safe, so neither is listed.
 */
export function SafetyNetwork() {
  const { analysis } = useAnalysisView()
  const { plan, plain } = usePlanView()
  const members = peopleToChoose(analysis.people).filter((person) => person.group !== 'professional' && !analysis.childIds.includes(person.id))
  return (
    <section className="plan-section" aria-labelledby="network-heading">
      <h3 id="network-heading">The safety network</h3>
      <p className="plan-section__hint">
        Who does what in the plan, and what each person may be told. {plain ? 'Everyone gets their own copy.' : 'Everyone in the network gets their own copy: open it to print it and record that they have it.'}
      </p>
      {members.length === 0 ? (
        <p>No family or network members on the map yet: add them in the People panel.</p>
      ) : (
        <ul className="plan-network" role="list">
          {members.map((person) => (
            <li key={person.id}>
              <NetworkMember person={person} part={plan.network.find((member) => member.personId === person.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function NetworkMember({ person, part }: { person: Person; part: NetworkRole | undefined }) {
  const { docs, mapId, mayEdit } = useAnalysisView()
  const { plan, planRecord, plain, myPersonId, ruleName } = usePlanView()
  const { error, change } = useChange()
  const id = `network-${person.id}`
  const roles = part?.roles ?? []
  const rules = plan.rules.filter((rule) => rule.personIds.includes(person.id))
  const lastCopy = planRecord.copies.filter((copy) => copy.personId === person.id).at(-1)
  const set = (next: Parameters<typeof setNetworkRole>[2]) => change(() => setNetworkRole(docs.shared, person.id, next))
  const toggle = (role: NetworkRoleKind, on: boolean) => set({ roles: on ? [...roles, role] : roles.filter((each) => each !== role) })
  const showCopyLink = !plain || person.id === myPersonId

  return (
    <article className="plan-member" aria-labelledby={`${id}-name`}>
      <h4 id={`${id}-name`}>{personChoiceLabel(person)}</h4>
      <fieldset className="fieldset fieldset--compact">
        <legend>Their part in the plan</legend>
        {NETWORK_ROLES.map((role) => (
          <label key={role} className="choice">
            <input type="checkbox" checked={roles.includes(role)} disabled={!mayEdit} onChange={(event) => toggle(role, event.target.checked)} />
            {NETWORK_ROLE_NAMES[role]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-part`}>In a few words</label>
        <CommittedTextInput id={`${id}-part`} value={part?.part ?? ''} readOnly={!mayEdit} maxLength={300} onCommit={(value) => set({ part: value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-told`}>What they may be told</label>
        <p className="field__hint" id={`${id}-told-hint`}>
          About the worries, as agreed with the family and the children.
        </p>
        <CommittedTextInput id={`${id}-told`} aria-describedby={`${id}-told-hint`} value={part?.mayBeTold ?? ''} readOnly={!mayEdit} maxLength={1000} onCommit={(value) => set({ mayBeTold: value })} />
      </div>
      <p className="plan-member__rules">{rules.length === 0 ? 'No rule names them yet.' : `Named in ${listInWords(rules.map((rule) => ruleName(rule.id).toLowerCase()))}.`}</p>
      <p className="plan-member__copy">
        {lastCopy ? `Given a copy on ${dayOf(lastCopy.at)} (${COPY_WAY_NAMES[lastCopy.how].toLowerCase()}).` : 'No copy given yet.'}{' '}
        {showCopyLink && (
          <Link to={copyPath(mapId, person.id)}>
            {person.id === myPersonId ? 'Your copy' : 'Their copy'}
            <span className="visually-hidden"> ({person.name})</span>
          </Link>
        )}
      </p>
      <ErrorMessage message={error} />
    </article>
  )
}
