import { JUDGEMENT_LABEL, type Framework } from '../../shared/framework'

const SCALE = Array.from({ length: 11 }, (_, value) => value)

/** Where the 0-10 judgement will sit under the columns. Scaling itself comes in a later issue. */
export function JudgementStrip({ framework }: { framework: Framework }) {
  return (
    <section className="judgement" aria-labelledby="judgement-heading">
      <h2 id="judgement-heading">Judgement</h2>
      <p className="judgement__question">{JUDGEMENT_LABEL[framework]}</p>
      <ol className="judgement__scale" aria-hidden="true">
        {SCALE.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ol>
      <p className="judgement__note">Scaling is not available yet: each person’s number and reason will be recorded here.</p>
    </section>
  )
}
