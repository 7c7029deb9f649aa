import type { Badge, BadgeSubject } from './badge.js'

/**
 * A goal says what the family and network "will be doing that will tell us that the child is safe",
 * "not ... a description of service provision" (R-G-2, R-P-9). These phrases describe going to,
 * finishing or going along with a service. "Attend school" and "attend to the baby" are not
 * services and are left alone; a named person's help ("accept help from Gran") is the network.
 */

const SERVICE = String.raw`(?:course|courses|programme|program|sessions?|classes|counselling|therapy|treatment|groups?|services?|support|meetings?)`
// Up to four words between the verb and the service, but not across "and", "or" or "but".
const GAP = String.raw`(?:(?!(?:and|or|but)\s)[\p{L}'’-]+\s+){0,4}?`

const SERVICE_PHRASES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:attend|attends|attended|attending|attendance at)(?!\s+to\b)\s+${GAP}${SERVICE}\b`, 'iu'),
  /\b(?:engage|engages|engaged|engaging|engagement)\s+(?:\w+\s+)?with\b/iu,
  new RegExp(String.raw`\b(?:complete|completes|completed|completing|completion of)\s+${GAP}(?:courses?|programmes?|sessions|direct\s+work|assessments?|training)\b`, 'iu'),
  /\b(?:Freedom Programme|Caring Dads|Triple P|Incredible Years|Strengthening Families|Mellow Parenting)\b/iu,
  /\b(?:comply|complies|complied|complying|compliance|compliant)\s+with\b/iu,
  /\b(?:work|works|working|co-?operate|co-?operates|co-?operating)\s+(?:\w+\s+)?with\s+(?:all\s+|the\s+)?(?:services|professionals|agencies|social workers?|children'?s services|social care|the local authority|the council|the plan)\b/iu,
  /\b(?:accept|accepts|accepting)\s+(?:the\s+|all\s+|any\s+)?(?:services|referrals?|support\s+(?:offered|from\s+(?:services|professionals|agencies)))\b/iu,
  /\b(?:open to|access|accesses|accessing|take up|takes up)\s+(?:the\s+|all\s+|any\s+)?(?:support|services)\b/iu,
  /\bbe\s+(?:supported|helped)\s+(?:through|by)\s+(?:a\s+|the\s+)?(?:CIN|CP|child in need|child protection)\s+plan\b/iu,
  /\bbe\s+referred\s+to\b/iu,
]

/** The service phrases in the text, as written, in the order of the list above. */
export function findServiceLanguage(text: string): string[] {
  const found: string[] = []
  for (const phrase of SERVICE_PHRASES) {
    const match = phrase.exec(text)
    if (match) found.push(match[0])
  }
  return found
}

export function serviceLanguageBadges(text: string, subject: BadgeSubject): Badge[] {
  const [first] = findServiceLanguage(text)
  if (!first) return []
  return [
    {
      subject,
      check: 'service-language',
      message: `"${first}" names a service. Say what you need to see: describe what the family will be doing, not the service they will attend.`,
    },
  ]
}
