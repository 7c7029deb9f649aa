import type { Badge } from './badge.js'
import { isBlank } from './parts.js'
import type { BottomLine } from './types.js'

/** A bottom line is the agency's condition and what happens if it is not met (R-BL-4). */
export function bottomLineMissingParts(bottomLine: BottomLine): Badge[] {
  const missing = (part: string, message: string): Badge => ({ subject: { kind: 'bottomLine', id: bottomLine.id, part }, check: 'missing-part', message })
  const badges: Badge[] = []
  if (isBlank(bottomLine.condition)) badges.push(missing('condition', "Say what must happen, as the agency's condition for how the goal is reached."))
  if (isBlank(bottomLine.contingency)) badges.push(missing('contingency', 'Say what will happen if this bottom line is not met.'))
  return badges
}
