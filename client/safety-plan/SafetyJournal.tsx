import { useState, type FormEvent } from 'react'
import { formatCalendarDate, londonToday } from '../../shared/london-time'
import { addJournalEntry, describePersonRef, RULE_KEPT, type RuleKept } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { CalendarDateInput } from '../app/CalendarDateInput'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { peopleToChoose, personChoiceLabel } from '../map/peopleToChoose'
import { usePlanView } from './planContext'
import { KEPT_WORDS } from './planWords'

/**
 * The safety journal (R-SP-7): network members' dated notes that the rules were kept, or not,
 * reviewed at the next meeting. Entries are added, never changed: a correction is a new entry.
 */
export function SafetyJournal() {
  const { analysis } = useAnalysisView()
  const { plan, ruleName } = usePlanView()
  return (
    <section className="plan-section" aria-labelledby="journal-heading">
      <h3 id="journal-heading">Safety journal</h3>
      <p className="plan-section__hint">Notes that the rules were kept, or not. Everyone in the network can write one; they are looked at together at the next meeting.</p>
      <JournalForm />
      {plan.journal.length === 0 ? (
        <p>Nothing in the journal yet.</p>
      ) : (
        <ol className="plan-journal" role="list" aria-label="Journal entries, newest first">
          {plan.journal.map((entry) => (
            <li key={entry.id} className={`plan-journal__entry plan-journal__entry--${entry.kept}`}>
              <p className="plan-journal__line">
                <strong>{formatCalendarDate(entry.on)}</strong>, {describePersonRef(entry.author, analysis.people)}, about{' '}
                {entry.ruleId === null ? 'the whole plan' : ruleName(entry.ruleId).toLowerCase()}: <strong>{KEPT_WORDS[entry.kept]}.</strong>
              </p>
              {entry.note && <p className="plan-journal__note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function JournalForm() {
  const { docs, analysis, role, mayEdit } = useAnalysisView()
  const { plan, myPersonId, ruleName } = usePlanView()
  const ownWords = role === 'participant'
  const [author, setAuthor] = useState(myPersonId ?? '')
  const [on, setOn] = useState(londonToday)
  const [ruleId, setRuleId] = useState('')
  const [kept, setKept] = useState<RuleKept | null>(null)
  const [note, setNote] = useState('')
  const [added, setAdded] = useState<string | null>(null)
  const { error, setError, change } = useChange()
  if (!mayEdit) return null

  function add(event: FormEvent) {
    event.preventDefault()
    const personId = ownWords ? myPersonId : author
    if (!personId) return setError('Choose who is writing.')
    if (!kept) return setError('Say whether the rule was kept.')
    change(() => {
      addJournalEntry(docs.shared, { author: { personId }, on, ruleId: ruleId || null, kept, note: note.trim() }, londonToday())
      setKept(null)
      setNote('')
      setAdded(`Added to the journal for ${formatCalendarDate(on)}.`)
    })
  }

  return (
    <form className="plan-journal-form" onSubmit={add} aria-labelledby="journal-form-heading">
      <h4 id="journal-form-heading">Write in the journal</h4>
      {ownWords ? null : (
        <div className="field">
          <label htmlFor="journal-author">Who is writing</label>
          <select id="journal-author" value={author} onChange={(event) => setAuthor(event.target.value)}>
            <option value="" disabled>
              Choose a person
            </option>
            {peopleToChoose(analysis.people).map((person) => (
              <option key={person.id} value={person.id}>
                {personChoiceLabel(person)}
              </option>
            ))}
          </select>
        </div>
      )}
      <CalendarDateInput id="journal-day" label="Which day" kind="happened" value={on} onCommit={setOn} />
      <div className="field">
        <label htmlFor="journal-rule">About</label>
        <select id="journal-rule" value={ruleId} onChange={(event) => setRuleId(event.target.value)}>
          <option value="">The whole plan</option>
          {plan.rules.map((rule) => (
            <option key={rule.id} value={rule.id}>
              {ruleName(rule.id)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset fieldset--compact">
        <legend>Was it kept?</legend>
        {RULE_KEPT.map((value) => (
          <label key={value} className="choice choice--inline">
            <input type="radio" name="journal-kept" value={value} checked={kept === value} onChange={() => setKept(value)} />
            {KEPT_WORDS[value]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="journal-note">What happened</label>
        <input id="journal-note" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit" className="button button--primary">
        Add to the journal
      </button>
      <ErrorMessage message={error} />
      <p role="status" className="plan-journal-form__done">
        {added}
      </p>
    </form>
  )
}
