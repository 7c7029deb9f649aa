import { Link } from 'react-router'
import { pairKind, type PairSide } from '../../shared/framework'
import { pairInAnalysis, type PairInWords } from '../analysis/pairsInWords'
import { useColumns } from './columnsContext'

/**
 * The statements (in Danger) or their goals (in Safety goals), in plain sentences, each with where
 * its pair stands and (for professionals) a link to write it in the Analysis view: the pairs are
 * written there, so the three columns show them without a second way of editing them. Beside each
 * goal, under "What needs to happen?", how many safety plan rules answer the pair.
 */
export function PairsInDomain({ side, pairs }: { side: PairSide; pairs: PairInWords[] }) {
  const { framework, mapId, audience } = useColumns()
  if (pairs.length === 0) return null
  const kind = pairKind(framework, side, audience)
  return (
    <ol className="domain__pairs" aria-label={`${kind}s`}>
      {pairs.map((pair) => (
        <li key={pair.statementId} className={`column-pair column-pair--${pair.stageClass}`}>
          <p className="column-pair__heading">
            Pair {pair.number}: {kind}
          </p>
          <p className="column-pair__text">{pair[side]}</p>
          <p className="column-pair__stage">{pair.stage}</p>
          {side === 'goal' && <p className={pair.planCovered ? 'column-pair__plan' : 'column-pair__plan column-pair__plan--none'}>{pair.plan}</p>}
          {audience === 'professional' && (
            <Link to={pairInAnalysis(mapId, pair.statementId)}>
              Edit pair {pair.number} in the Analysis view<span className="visually-hidden"> ({kind.toLowerCase()})</span>
            </Link>
          )}
        </li>
      ))}
    </ol>
  )
}
