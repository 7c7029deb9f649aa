import { useEditor, useValue } from 'tldraw'
import { zones } from '../../shared/canvas-layout'
import { isPairShape, pairColour, type PairShape } from './pair-shape-type'

/**
 * A line from each statement to its goal, across the map, in the pair's colour. Drawn behind the
 * shapes, in page space, like the zones: it is part of how the map looks, not something to move.
 */
export function PairConnectors() {
  const editor = useEditor()
  const lines = useValue(
    'lines between pairs',
    () => {
      const sides = new Map<string, { statement?: PairShape; goal?: PairShape }>()
      for (const shape of editor.getCurrentPageShapes()) {
        if (!isPairShape(shape)) continue
        sides.set(shape.props.statementId, { ...sides.get(shape.props.statementId), [shape.props.side]: shape })
      }
      return [...sides].flatMap(([statementId, { statement, goal }]) =>
        statement && goal
          ? [
              {
                statementId,
                colour: pairColour(statement.props.pair),
                x1: statement.x + statement.props.w,
                y1: statement.y + statement.props.h / 2,
                x2: goal.x,
                y2: goal.y + goal.props.h / 2,
              },
            ]
          : [],
      )
    },
    [editor],
  )
  const { bounds } = zones()
  return (
    <svg className="kinmap-pair-lines" width={bounds.w} height={bounds.h} aria-hidden="true">
      {lines.map(({ statementId, colour, x1, y1, x2, y2 }) => (
        <g key={statementId} stroke={colour} fill={colour}>
          <line x1={x1} y1={y1} x2={x2} y2={y2} />
          <circle cx={x1} cy={y1} r={8} />
          <circle cx={x2} cy={y2} r={8} />
        </g>
      ))}
    </svg>
  )
}
