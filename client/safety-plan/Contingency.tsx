import { contingencyText } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { RichPart } from '../analysis/RichPart'

/** Plan B (R-BL-4): what professionals and the network will do if the plan cannot be kept, or a bottom line is not met. */
export function Contingency() {
  const { docs } = useAnalysisView()
  return (
    <section className="plan-section" aria-labelledby="contingency-heading">
      <h3 id="contingency-heading">If the plan cannot be kept</h3>
      <p className="plan-section__hint">The contingency: what professionals and the network will do if the plan cannot be kept, or a bottom line is not met.</p>
      <RichPart id="plan-contingency" label="The contingency" context="the safety plan" fragment={contingencyText(docs.shared)} badges={[]} />
    </section>
  )
}
