import { pairKind, type Framework } from '../../shared/framework'
import type { Audience } from '../../shared/audience'
import { goalSentence, statementSentence, type DangerStatement, type Person } from '../../shared/model'

interface PairsSaidProps {
  statements: readonly DangerStatement[]
  people: readonly Person[]
  childIds: readonly string[]
  framework: Framework
  audience: Audience
}

/** Each statement and its goal as the plain sentences every view says them in. */
export function PairsSaid({ statements, people, childIds, framework, audience }: PairsSaidProps) {
  if (statements.length === 0) return <p className="said-empty">Nothing has been written here yet.</p>
  const reading = { people, childIds, framework }
  return (
    <ol className="said-pairs">
      {statements.map((statement, index) => (
        <li key={statement.id} className="said-pair">
          <h3>
            {pairKind(framework, 'statement', audience)} {index + 1}
          </h3>
          <p>{statementSentence(statement, reading)}</p>
          <h3>{pairKind(framework, 'goal', audience)}</h3>
          <p>{goalSentence(statement.goal, reading)}</p>
        </li>
      ))}
    </ol>
  )
}
