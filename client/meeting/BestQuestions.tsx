import { useState } from 'react'
import { BEST_QUESTION_MAX, type Meeting } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { BestQuestionsSaid } from './BestQuestionsSaid'
import { useMeetingCommand } from './useMeetingCommand'

/**
 * Group supervision's best questions: the questions the practitioner takes to the family next.
 * Everyone in the group adds them, observers too.
 */
export function BestQuestions({ mapId, meeting, mayAdd }: { mapId: string; meeting: Meeting; mayAdd: boolean }) {
  const [text, setText] = useState('')
  const { busy, error, run } = useMeetingCommand(mapId)

  async function add(event: React.FormEvent) {
    event.preventDefault()
    if (await run({ type: 'add-best-question', meetingId: meeting.id, text })) setText('')
  }

  return (
    <section className="meeting-section" aria-labelledby="best-questions-heading">
      <h3 id="best-questions-heading">Best questions</h3>
      <BestQuestionsSaid questions={meeting.bestQuestions ?? []} />
      {mayAdd && (
        <form className="meeting-form__inline" onSubmit={add}>
          <div className="field">
            <label htmlFor="best-question">A best question</label>
            <textarea id="best-question" rows={2} maxLength={BEST_QUESTION_MAX} value={text} onChange={(event) => setText(event.target.value)} />
          </div>
          <button type="submit" className="button" disabled={busy || text.trim() === ''}>
            Add the best question
          </button>
          <ErrorMessage message={error} />
        </form>
      )}
    </section>
  )
}
