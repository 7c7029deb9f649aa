/**
 * Text for XML, as the hand-written formats need it: escaped, and without the control characters
 * XML 1.0 cannot hold at all (one pasted into a card would make Word refuse the whole file).
 */
const NEEDS_WORK = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Escaped for element text and for double-quoted attribute values alike. */
export function xml(value: string): string {
  // Most text needs nothing done: testing first keeps the common case a single scan.
  if (!NEEDS_WORK.test(value)) return value
  return value.replace(/[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, (char) => ESCAPES[char] ?? '')
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
