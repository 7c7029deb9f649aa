import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ScalingQuestion } from '../../shared/model'
import { questionHistory } from './history'
import { useScalingView } from './scalingContext'

// Dark enough to stand out on white at 3:1 or more, and far enough apart to tell lines apart on a projector.
const LINE_COLOURS = ['#0f5f5c', '#b45309', '#1d4ed8', '#9d174d', '#4d7c0f', '#6b21a8', '#b91c1c', '#0e7490']

/** Per question, every person's numbers across the rounds as a chart, and each one's movement in words. */
export function History() {
  const { scaling, words } = useScalingView()
  return (
    <section className="scaling-section" aria-labelledby="scaling-history-heading">
      <h2 id="scaling-history-heading">{words.history}</h2>
      {scaling.questions.length === 0 && <p>No numbers yet.</p>}
      {scaling.questions.map((question) => (
        <QuestionChart key={question.id} question={question} />
      ))}
    </section>
  )
}

function QuestionChart({ question }: { question: ScalingQuestion }) {
  const { scaling, nameOf } = useScalingView()
  const history = questionHistory(scaling, question.id, nameOf)
  return (
    <figure className="history" aria-labelledby={`history-${question.id}-caption`}>
      <figcaption id={`history-${question.id}-caption`} className="history__caption">
        {question.question}
      </figcaption>
      {history.points.length === 0 ? (
        <p>No numbers have been shown for this question yet.</p>
      ) : (
        <>
          <div className="history__chart" data-rounds={history.points.length}>
            <ResponsiveContainer width="100%" height={340}>
              <LineChart data={history.points} margin={{ top: 16, right: 32, bottom: 8, left: 0 }}>
                <CartesianGrid stroke="#d0d5dd" strokeDasharray="4 4" />
                <XAxis dataKey="date" tick={{ fontSize: 18, fill: '#1f2933' }} padding={{ left: 24, right: 24 }} />
                <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} tick={{ fontSize: 18, fill: '#1f2933' }} width={44} />
                <Tooltip labelFormatter={(label, payload) => `${label}, ${payload?.[0]?.payload?.meeting ?? ''}`} />
                <Legend wrapperStyle={{ fontSize: 18 }} />
                {history.people.map((person, index) => (
                  <Line
                    key={person.key}
                    type="linear"
                    dataKey={person.key}
                    name={person.name}
                    stroke={LINE_COLOURS[index % LINE_COLOURS.length]}
                    strokeWidth={3}
                    dot={{ r: 6 }}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <p className="history__rounds">
            Rounds: {history.points.map((point) => point.meeting).join('; ')}
          </p>
          <ul className="history__movements" aria-label="Movement since the last round">
            {history.movements.map((movement) => (
              <li key={movement}>{movement}</li>
            ))}
          </ul>
        </>
      )}
    </figure>
  )
}
