import type { CSSProperties } from 'react'
import { pairKind } from '../../shared/framework'
import { useMapOnCanvas } from './map-context'
import { pairColour, type PairShape } from './pair-shape-type'
import { usePairOnCanvas } from './pairs-context'

/**
 * What a pair shape shows: its number and kind on the pair's colour band, the statement or goal as
 * plain sentences, and where the pair stands; the goal also says how many safety plan rules answer
 * the pair. Both sides carry the same number and colour, so the
 * two read as one pair across the map even where the line between them is covered.
 */
export function PairOnCanvas({ shape }: { shape: PairShape }) {
  const { framework, audience } = useMapOnCanvas()
  const { statementId, side, pair: number } = shape.props
  const pair = usePairOnCanvas(statementId)
  const kind = pairKind(framework, side, audience)
  const style = { '--pair-colour': pairColour(number) } as CSSProperties
  return (
    <article className={`kinmap-pair kinmap-pair--${pair?.stageClass ?? 'draft'}`} style={style} aria-label={`Pair ${number}: ${kind}`}>
      <header className="kinmap-pair__band">
        <span className="kinmap-pair__number">Pair {number}</span>
        <span>{kind}</span>
      </header>
      <p className="kinmap-pair__text">{pair ? pair[side] : ''}</p>
      <p className="kinmap-pair__stage">{pair?.stage}</p>
      {side === 'goal' && pair && <p className={pair.planCovered ? 'kinmap-pair__plan' : 'kinmap-pair__plan kinmap-pair__plan--none'}>{pair.plan}</p>}
    </article>
  )
}
