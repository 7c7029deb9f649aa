import type { Badge } from '../../shared/coach'

/**
 * The practice coach's badges beside what they are about: quiet, never in the way of typing, and
 * not announced (a live region would speak on every keystroke); they are read when reached.
 */
export function Suggestions({ badges, about }: { badges: readonly Badge[]; about: string }) {
  if (badges.length === 0) return null
  return (
    <ul role="list" aria-label={`Suggestions: ${about}`} className="suggestions">
      {badges.map((badge, index) => (
        <li key={`${badge.check}-${index}`} className={`suggestion suggestion--${badge.check}`} data-check={badge.check}>
          <span className="suggestion__mark" aria-hidden="true">
            ✎
          </span>
          {badge.message}
        </li>
      ))}
    </ul>
  )
}

/** "1 suggestion", "2 suggestions". */
export const suggestionCount = (count: number) => `${count} ${count === 1 ? 'suggestion' : 'suggestions'}`
