import { useEffect, useRef } from 'react'
import { Link, useParams } from 'react-router'
import type * as Y from 'yjs'
import { runsCommands } from '../../shared/map-roles'
import { contingencyText, latestAgreement, listInWords, NETWORK_ROLE_NAMES, planChangedSinceAgreed, planRuleText, type Person, type PlanRule } from '../../shared/model'
import { useAnalysisData } from '../analysis/useAnalysis'
import { CardTextPreview } from '../cards/CardTextPreview'
import { useMapView } from '../map/mapView'
import { personChoiceLabel } from '../map/peopleToChoose'
import { formatCalendarDate, londonToday } from '../../shared/london-time'
import { planPath, dayOf } from './planWords'
import { RecordCopy } from './RecordCopy'
import { usePlanData } from './usePlanData'
import './safety-plan.css'

/**
 * `/maps/:mapId/plan/copy/:personId`: one network member's own copy of the plan, to print or read
 * on their device (R-SP-4, R-SP-5): in plain words, their part first, what they may be told, the
 * rules everyone keeps, the safety object, the contingency and who to call. It names no worry
 * beyond what they may be told. Staff record here that the person has been given it.
 */
export function PlanCopyPage() {
  const { personId = '' } = useParams()
  const { docs, mapId, role, access, audience } = useMapView()
  const analysis = useAnalysisData(docs.shared, docs.record)
  const { plan, planRecord } = usePlanData(docs.shared, docs.record)
  const person = analysis.people.find((candidate) => candidate.id === personId)
  // The map page scrolls inside itself: a copy opened from far down the plan starts at its top.
  const top = useRef<HTMLDivElement>(null)
  useEffect(() => top.current?.scrollIntoView({ block: 'start' }), [personId])
  const back = (
    <Link to={planPath(mapId)} className="plan-copy__back">
      Back to the safety plan
    </Link>
  )
  if (!person) {
    return (
      <div className="plan-copy-page" ref={top}>
        <p role="status">That person is not on this map.</p>
        {back}
      </div>
    )
  }

  const byId = new Map(analysis.people.map((each) => [each.id, each]))
  const names = (ids: readonly string[]) => listInWords(ids.map((id) => byId.get(id)?.name ?? 'someone no longer on the map'))
  const children = names(analysis.childIds)
  const part = plan.network.find((member) => member.personId === person.id)
  const yourRules = plan.rules.filter((rule) => rule.personIds.includes(person.id))
  const checksObject = plan.safetyObject.checkerIds.includes(person.id)
  const agreement = latestAgreement(planRecord)
  const changed = planChangedSinceAgreed(plan, agreement)
  const inPlan = new Set([...plan.network.filter((member) => member.roles.length > 0).map((member) => member.personId), ...plan.rules.flatMap((rule) => rule.personIds)])
  const toCall = analysis.people.filter((each) => each.id !== person.id && !analysis.childIds.includes(each.id) && (inPlan.has(each.id) || each.group === 'professional'))
  const ruleNumber = (rule: PlanRule) => plan.rules.indexOf(rule) + 1
  const mayRecord = access.shared === 'edit' && runsCommands(role) && audience === 'professional'

  return (
    <div className="plan-copy-page" ref={top}>
      <div className="plan-copy__actions">
        {back}
        <button type="button" className="button" onClick={() => window.print()}>
          Print this copy
        </button>
      </div>
      {mayRecord && <RecordCopy person={person} agreement={agreement} changed={changed} copies={planRecord.copies.filter((copy) => copy.personId === person.id)} />}

      <article className="plan-copy" aria-labelledby="plan-copy-heading">
        <header className="plan-copy__header">
          <p className="plan-copy__kicker">The safety plan for {children || 'the children'}</p>
          <h2 id="plan-copy-heading">{person.name}’s copy</h2>
          <p>
            {agreement === null
              ? 'This plan is a draft: it has not been agreed yet.'
              : changed
                ? `This plan has changed since it was agreed on ${dayOf(agreement.at)}: it will be agreed again.`
                : `This plan was agreed on ${dayOf(agreement.at)}.`}
          </p>
        </header>

        <section aria-labelledby="copy-part">
          <h3 id="copy-part">Your part</h3>
          {part && part.roles.length > 0 && (
            <ul>
              {part.roles.map((each) => (
                <li key={each}>{NETWORK_ROLE_NAMES[each]}</li>
              ))}
            </ul>
          )}
          {part?.part && <p>{part.part}</p>}
          {yourRules.length > 0 && <p>You do {listInWords(yourRules.map((rule) => `rule ${ruleNumber(rule)}`))} below.</p>}
          {checksObject && <p>You check that {plan.safetyObject.description || 'the safety object'} is in its place.</p>}
          {!part?.roles.length && !part?.part && yourRules.length === 0 && !checksObject && <p>You do not have a part of your own in the plan yet.</p>}
        </section>

        <section aria-labelledby="copy-told">
          <h3 id="copy-told">What you can be told</h3>
          <p>{part?.mayBeTold || 'Nothing has been agreed yet about what you can be told of the worries. Please ask before talking about them.'}</p>
        </section>

        <section aria-labelledby="copy-rules">
          <h3 id="copy-rules">The rules</h3>
          {plan.rules.length === 0 ? (
            <p>There are no rules yet.</p>
          ) : (
            <ol className="plan-copy__rules">
              {plan.rules.map((rule) => (
                <li key={rule.id} className={rule.personIds.includes(person.id) ? 'plan-copy__rule plan-copy__rule--yours' : 'plan-copy__rule'}>
                  <h4>
                    Rule {ruleNumber(rule)}
                    {rule.personIds.includes(person.id) && <span className="tag plan-copy__yours">Your rule</span>}
                  </h4>
                  <CopyText fragment={planRuleText(docs.shared, rule.id, 'what')} />
                  {rule.triggers && <CopyPart label="When it matters most" fragment={planRuleText(docs.shared, rule.id, 'triggers')} />}
                  {rule.ifBroken && <CopyPart label="If it is broken" fragment={planRuleText(docs.shared, rule.id, 'ifBroken')} />}
                  {rule.personIds.length > 0 && <p className="plan-copy__who">Who: {names(rule.personIds)}.</p>}
                </li>
              ))}
            </ol>
          )}
        </section>

        {plan.safetyObject.description && (
          <section aria-labelledby="copy-object">
            <h3 id="copy-object">The safety object: {plan.safetyObject.description}</h3>
            {plan.safetyObject.keptWhere && <p>Where it is kept: {plan.safetyObject.keptWhere}.</p>}
            {plan.safetyObject.movedMeans && <p>If it has been moved: {plan.safetyObject.movedMeans}</p>}
            {plan.safetyObject.checkerIds.length > 0 && <p>{names(plan.safetyObject.checkerIds)} check it is in its place.</p>}
          </section>
        )}

        <section aria-labelledby="copy-contingency">
          <h3 id="copy-contingency">If the plan cannot be kept</h3>
          {plan.contingency ? <CopyText fragment={contingencyText(docs.shared)} /> : <p>Not written yet.</p>}
        </section>

        <section aria-labelledby="copy-call">
          <h3 id="copy-call">Who to call</h3>
          <p className="plan-copy__emergency">If anyone is in danger right now, call 999.</p>
          {toCall.length > 0 && (
            <ul>
              {toCall.map((each) => (
                <li key={each.id}>{callLine(each)}</li>
              ))}
            </ul>
          )}
        </section>
        <footer className="plan-copy__footer">Made on {formatCalendarDate(londonToday())} from the family’s map in Kinmap.</footer>
      </article>
    </div>
  )
}

const callLine = (person: Person) => (person.group === 'professional' && person.agency ? `${personChoiceLabel(person)}, ${person.agency}` : personChoiceLabel(person))

function CopyText({ fragment }: { fragment: Y.XmlFragment | undefined }) {
  return fragment ? <CardTextPreview fragment={fragment} emptyText="Not written yet." /> : null
}

function CopyPart({ label, fragment }: { label: string; fragment: Y.XmlFragment | undefined }) {
  return (
    <div className="plan-copy__part">
      <p className="plan-copy__label">{label}:</p>
      <CopyText fragment={fragment} />
    </div>
  )
}
