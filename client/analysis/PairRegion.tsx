import { goalSentence, setHowLong, pairText, statementSentence, type DangerStatement } from '../../shared/model'
import { useEffect, useRef, useState } from 'react'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { CommittedTextInput } from '../cards/CommittedTextInput'
import { useAnalysisView } from './analysisContext'
import { BottomLines } from './BottomLines'
import { DeleteStatement } from './DeleteStatement'
import { NetworkPart } from './NetworkPart'
import { PairDecisions } from './PairDecisions'
import { PairStatusLine } from './PairStatusLine'
import { PeopleRefsPart } from './PeopleRefsPart'
import { RestsOnPart } from './RestsOnPart'
import { RichPart } from './RichPart'
import { Suggestions, suggestionCount } from './Suggestions'
import { badgesFor } from './useAnalysis'
import { lower, PART_LABELS } from './wording'

/**
 * One statement and its goal, side by side: the statement's parts on the left, the goal's on the
 * right. Opened from the canvas or the three columns (`?pair=`), it scrolls into view and takes
 * the keyboard.
 */
export function PairRegion({ statement, position, opened }: { statement: DangerStatement; position: number; opened: boolean }) {
  const { docs, analysis, badges, wording, framework, memberNames, mayEdit } = useAnalysisView()
  const [error, setError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!opened) return
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
  }, [opened])
  const reading = { people: analysis.people, childIds: analysis.childIds, framework }
  const { id, goal } = statement
  const context = `${wording.statement} ${position}`
  const headingId = `pair-${id}-heading`
  const pairBadges = badgesFor(badges, ['statement', 'goal'], id)
  const forPart = (kind: 'statement' | 'goal', part: string) => badgesFor(badges, kind, id, part)
  // Badges about the pair as a whole ("no goal yet") have no part of their own to sit beside.
  const shownParts = new Set<string>(Object.keys(PART_LABELS))
  const wholePair = pairBadges.filter((badge) => !badge.subject.part || !shownParts.has(badge.subject.part))
  const text = (part: 'behaviour' | 'fear' | 'different' | 'evidence') => pairText(docs.shared, id, part)

  return (
    <section className="pair" aria-labelledby={headingId} data-statement-id={id}>
      <div className="pair__header">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {context} and its {lower(wording.goal)}
        </h3>
        <span className="pair__count">{suggestionCount(pairBadges.length)}</span>
      </div>
      <Suggestions badges={wholePair} about={`${context} as a whole`} />
      <div className="pair__sides">
        <div className="pair__side pair__side--statement" role="group" aria-label={context}>
          <h4 className="pair__side-heading">{wording.statement}</h4>
          <PeopleRefsPart
            id={`pair-${id}-worried`}
            statementId={id}
            list="worried"
            label={PART_LABELS.worried}
            addLabel="Add who is worried"
            context={context}
            refs={statement.worried}
            badges={forPart('statement', 'worried')}
          />
          <RichPart id={`pair-${id}-behaviour`} label={PART_LABELS.behaviour} context={context} fragment={text('behaviour')} badges={forPart('statement', 'behaviour')} />
          <RichPart id={`pair-${id}-fear`} label={PART_LABELS.fear} context={context} fragment={text('fear')} badges={forPart('statement', 'fear')} />
          <p className="pair__sentence">
            <span className="visually-hidden">As one sentence: </span>
            {statementSentence(statement, reading)}
          </p>
          <RestsOnPart id={`pair-${id}-rests-on`} statementId={id} context={context} cardIds={statement.linkedCardIds} />
        </div>
        <div className="pair__side pair__side--goal" role="group" aria-label={`${wording.goal} for ${lower(context)}`}>
          <h4 className="pair__side-heading">{wording.goal}</h4>
          <RichPart id={`pair-${id}-different`} label={PART_LABELS.different} context={context} fragment={text('different')} badges={forPart('goal', 'different')} />
          <PeopleRefsPart
            id={`pair-${id}-convinced`}
            statementId={id}
            list="convinced"
            label={PART_LABELS.convinced}
            addLabel="Add who needs to be convinced"
            context={context}
            refs={goal.convinced}
            badges={forPart('goal', 'convinced')}
          />
          <div className="analysis-part">
            <label htmlFor={`pair-${id}-how-long`} className="analysis-part__label">
              {PART_LABELS.howLong}
            </label>
            {mayEdit ? (
              <CommittedTextInput
                id={`pair-${id}-how-long`}
                maxLength={80}
                value={goal.howLong}
                onCommit={(value) => {
                  try {
                    setHowLong(docs.shared, id, value)
                    setError(null)
                  } catch (failure) {
                    setError(describeError(failure))
                  }
                }}
              />
            ) : (
              <p id={`pair-${id}-how-long`}>{goal.howLong || 'Not written yet.'}</p>
            )}
            <ErrorMessage message={error} />
            <Suggestions badges={forPart('goal', 'howLong')} about={PART_LABELS.howLong} />
          </div>
          <RichPart id={`pair-${id}-evidence`} label={PART_LABELS.evidence} context={context} fragment={text('evidence')} badges={forPart('goal', 'evidence')} />
          <NetworkPart id={`pair-${id}-network`} statementId={id} context={context} personIds={goal.networkPersonIds} badges={forPart('goal', 'networkPersonIds')} />
          <p className="pair__sentence">
            <span className="visually-hidden">As plain sentences: </span>
            {goalSentence(goal, reading)}
          </p>
        </div>
      </div>
      <PairStatusLine statement={statement} status={analysis.pairStatus[id]} memberNames={memberNames} people={analysis.people} />
      <PairDecisions statement={statement} context={context} status={analysis.pairStatus[id]} />
      <BottomLines statementId={id} context={context} lines={analysis.bottomLines.filter((line) => line.statementId === id)} />
      {mayEdit && (
        <div className="pair__delete">
          <DeleteStatement statementId={id} context={context} />
        </div>
      )}
    </section>
  )
}

