/**
 * Whether goal text says for how long (R-G-5: goals "with clear timescales"). A time period is a
 * duration ("for six months", "over the next 12 weeks", "for at least a year", "for the rest of the
 * school year") or an end point ("until March", "by the review", "until 30/04/2027", "until his
 * check in March"). "Until he calms down" is not one, and neither is a frequency ("twice a week").
 */

const AMOUNT = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four|a few|a couple of|several)`
const UNIT = String.raw`(?:days?|weeks?|fortnights?|months?|years?|school\s+years?|(?:school\s+)?terms?)`
const DURATION = String.raw`\b(?:for|over|within|during|throughout|in|after)\s+(?:at\s+least\s+|the\s+(?:next|coming|following)\s+|a\s+further\s+|another\s+|more\s+than\s+)?${AMOUNT}\s+${UNIT}\b`
const SEASON = String.raw`\b(?:for|over|during|throughout)\s+the\s+(?:whole\s+|rest\s+of\s+the\s+|next\s+|coming\s+)(?:school\s+)?(?:year|term|summer|holidays)\b`
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\p{L})`
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH})`
const EVENT = String.raw`(?:Christmas|Easter|half[-\s]term|the\s+summer|the\s+(?:next\s+)?(?:review|conference|core\s+group|court\s+hearing|hearing))`
// "until his third birthday check in March": a few words may come between "until" and the date.
const END_POINT = String.raw`\b(?:until|till|by|before)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:${DATE}|${EVENT})`

const TIME_PERIOD = new RegExp(`${DURATION}|${SEASON}|${END_POINT}`, 'iu')

export const hasTimePeriod = (text: string) => TIME_PERIOD.test(text)
