import type { Audience } from '../../shared/audience'
import { pairKind, type Framework } from '../../shared/framework'
import { listInWords, type DangerStatement, type Person } from '../../shared/model'
import { personName } from '../map/peopleToChoose'

interface NetworkSaidProps {
  people: readonly Person[]
  statements: readonly DangerStatement[]
  childIds: readonly string[]
  framework: Framework
  audience: Audience
}

/** Who in the family and network can help with what: what support each gives, and which worries they are in the safety network for. */
export function NetworkSaid({ people, statements, childIds, framework, audience }: NetworkSaidProps) {
  const network = people.filter((person) => (person.group === 'family' || person.group === 'network') && !childIds.includes(person.id))
  if (network.length === 0) return <p className="said-empty">Nobody from the family or network is on the map yet.</p>
  const statementName = pairKind(framework, 'statement', audience)
  return (
    <ul className="said-list said-network">
      {network.map((person) => {
        const helpsWith = statements.flatMap((statement, index) => (statement.goal.networkPersonIds.includes(person.id) ? [`${statementName.toLowerCase()} ${index + 1}`] : []))
        return (
          <li key={person.id}>
            <strong>{personName(person)}</strong>
            {person.relationship && ` (${person.relationship})`}
            {person.support ? `: ${person.support}` : ''}
            {helpsWith.length > 0 && <span className="said-network__pairs"> Helps with {listInWords(helpsWith)}.</span>}
          </li>
        )
      })}
    </ul>
  )
}
