/** The numbers of a scale. */
const NUMBERS = Array.from({ length: 11 }, (_, number) => number)

interface ScoreChoiceProps {
  name: string
  legend: string
  zero: string
  ten: string
  value: number | null
  onValue(value: number): void
}

/**
 * A 0 to 10 choice as eleven radio buttons: arrow keys move along it, and each end's meaning is
 * printed beside it and read out with the group.
 */
export function ScoreChoice({ name, legend, zero, ten, value, onValue }: ScoreChoiceProps) {
  return (
    <fieldset className="score-choice" aria-describedby={`${name}-zero ${name}-ten`}>
      <legend>{legend}</legend>
      <div className="score-choice__scale">
        <p className="score-choice__end" id={`${name}-zero`}>
          <strong>0</strong> {zero}
        </p>
        <div className="score-choice__numbers">
          {NUMBERS.map((number) => (
            <label key={number} className="score-choice__number">
              <input type="radio" name={name} value={number} checked={value === number} onChange={() => onValue(number)} />
              <span>{number}</span>
            </label>
          ))}
        </div>
        <p className="score-choice__end score-choice__end--ten" id={`${name}-ten`}>
          <strong>10</strong> {ten}
        </p>
      </div>
    </fieldset>
  )
}
