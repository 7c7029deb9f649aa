import type { ScalingAnswer } from '../../shared/model'
import { useScalingView } from './scalingContext'

const NUMBERS = Array.from({ length: 11 }, (_, number) => number)

/** A 0-10 line with each person's name at their number: a list, so it reads in order aloud too. */
export function ScaleLine({ answers, label }: { answers: ScalingAnswer[]; label: string }) {
  const { nameOf } = useScalingView()
  return (
    <ol className="scale-line" aria-label={label}>
      {NUMBERS.map((number) => {
        const here = answers.filter((answer) => answer.score === number)
        return (
          <li key={number} className="scale-line__point">
            <span className="scale-line__names">
              {here.map((answer) => (
                <span key={nameOf(answer.person)} className="scale-line__marker">
                  {nameOf(answer.person)}
                </span>
              ))}
            </span>
            <span className="scale-line__number">
              {number}
              {here.length > 0 && <span className="visually-hidden">: {here.map((answer) => nameOf(answer.person)).join(', ')}</span>}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
