import { DOMAINS, domainLabel, pairKind, PAIR_DOMAIN, type Domain } from '../../../shared/framework.js'
import { goalSentence, statementSentence, type PairReading } from '../../../shared/model/pair-sentences.js'
import { KNOWLEDGE_NAMES, type Card } from '../../../shared/model/schema.js'
import type { ExportSource } from '../read-map.js'
import { cell, heading, list, note, paragraph, quote, table, text, type ReportBlock } from '../report.js'
import { dayOf, calendarDay, personIn } from './words.js'
import { nextStepsTable } from './analysis.js'

/** The cards of a domain, oldest first, each with who said it and what kind of knowledge it is. */
export function domainBlocks(source: ExportSource, domain: Domain): ReportBlock[] {
  const cards = source.map.cards.filter((card) => card.domain === domain)
  const blocks: ReportBlock[] = []
  // A statement is the Danger domain's analysis and its goal the Safety goals domain's, so the
  // seven domains carry the pairs (as the conference decides them) besides the cards.
  const reading = pairReading(source)
  const { statements } = source.map
  const lead = (words: string) => paragraph(text(words, 'bold'))
  if (domain === PAIR_DOMAIN.statement && statements.length > 0) {
    blocks.push(lead(`${pairKind(source.framework, 'statement', source.audience)}${plural(source, statements.length)}:`))
    blocks.push(list(statements.map((statement) => [paragraph(statementSentence(statement, reading))])))
  }
  if (domain === PAIR_DOMAIN.goal && statements.length > 0) {
    blocks.push(lead(`${pairKind(source.framework, 'goal', source.audience)}${plural(source, statements.length)}:`))
    blocks.push(list(statements.map((statement) => [paragraph(goalSentence(statement.goal, reading))])))
  }
  if (domain === 'nextSteps' && source.map.nextSteps.length > 0) blocks.push(lead('The plan’s next steps:'), nextStepsTable(source))
  if (cards.length > 0) {
    if (blocks.length > 0) blocks.push(lead('On the map:'))
    blocks.push(list(cards.map((card) => cardItem(source, card))))
  }
  if (blocks.length === 0) {
    const marked = source.map.noneIdentified[domain]
    blocks.push(note(marked ? `None identified (marked on ${dayOf(marked.at)}).` : 'Nothing recorded here yet.'))
  }
  return blocks
}

/** Professionals' words take a plural s; the family's ("What we are worried about") do not. */
const plural = (source: ExportSource, count: number) => (source.audience === 'professional' && count > 1 ? 's' : '')

export const domainTitle = (source: ExportSource, domain: Domain) => domainLabel(source.framework, domain, source.audience)
export const DOMAIN_BLOCK_IDS = DOMAINS.map((domain) => `domains.${domain}` as const)

export const pairReading = (source: ExportSource): PairReading => ({
  people: source.map.people,
  childIds: source.map.settings?.childIds ?? [],
  framework: source.framework,
})

/** A card: its text (the child's own words in quotation marks), then who said it, as one item. */
export function cardItem(source: ExportSource, card: Card, { withDomain = false } = {}): ReportBlock[] {
  const body = source.cardText.get(card.id) ?? []
  const words = card.knowledge === 'childsWords' ? [inQuotationMarks(body)] : body
  return [...(words.length > 0 ? words : [note('This card has no text yet.')]), byline(source, card, withDomain)]
}

/** "Gareth Owusu (class teacher), Oakfield Primary School. Fact, 02/11/2026. Professionals only." */
export function byline(source: ExportSource, card: Card, withDomain = false): ReportBlock {
  const family = source.audience === 'family'
  const parts: string[] = []
  const who = card.source === null ? (family ? '' : 'Who said it is not recorded') : personIn(source.audience, card.source, source.map.people)
  if (who) parts.push(family ? `Said by ${who}` : who + (card.agency ? `, ${card.agency}` : ''))
  if (!family) parts.push(`${KNOWLEDGE_NAMES[card.knowledge]}, ${dayOf(card.createdAt)}`)
  if (card.childsWords) parts.push(`Heard by ${personIn(source.audience, card.childsWords.heardBy, source.map.people)} on ${calendarDay(card.childsWords.heardOn)}`)
  if (withDomain) parts.push(domainTitle(source, card.domain))
  if (card.layer === 'professional') parts.push('Professionals only')
  return paragraph(text(`${parts.join('. ')}.`, 'italic'))
}

/** The child's own words, exactly as written, inside quotation marks. */
function inQuotationMarks(blocks: ReportBlock[]): ReportBlock {
  const marked = blocks.map((block) => ({ ...block }))
  const first = marked[0]
  const last = marked.at(-1)
  if (first?.type === 'paragraph') first.content = [text('“'), ...first.content]
  if (last?.type === 'paragraph') last.content = [...last.content, text('”')]
  return quote(...marked)
}

/** The child's voice: every card holding the child's own words, quoted exactly, with who heard them and when. */
export function childsVoiceBlocks(source: ExportSource): ReportBlock[] {
  const cards = source.map.cards.filter((card) => card.knowledge === 'childsWords')
  if (cards.length === 0) return [note("No child's own words are recorded on the map yet.")]
  return cards.flatMap((card) => cardItem(source, card, { withDomain: true }))
}

/**
 * The views of the network: what the family's network and partner agencies said (third-party
 * information included, for professionals), grouped by who said it. The child's own words have
 * their own section; the parents' words are theirs, and the map's own staff write the assessment.
 */
export function networkViewsBlocks(source: ExportSource): ReportBlock[] {
  const { people } = source.map
  const groupOf = (card: Card) => {
    if (card.knowledge === 'thirdParty') return 'agency'
    if (card.source === null) return null
    if (!('personId' in card.source)) return 'agency'
    const person = people.find((candidate) => candidate.id === (card.source as { personId: string }).personId)
    // Staff with a Kinmap account on the map are the assessment's authors, not its network.
    if (!person || person.userId !== null) return null
    return person.group === 'network' || person.group === 'professional' ? person.group : null
  }
  const cards = source.map.cards.filter((card) => card.knowledge !== 'childsWords' && groupOf(card) !== null)
  if (cards.length === 0) return [note('Nobody from the network or a partner agency has said anything on the map yet.')]
  const bySource = new Map<string, Card[]>()
  for (const card of cards) {
    const who = card.source ? personIn(source.audience, card.source, people) : 'Third-party information'
    const key = source.audience === 'professional' && card.agency ? `${who}, ${card.agency}` : who
    bySource.set(key, [...(bySource.get(key) ?? []), card])
  }
  return [...bySource].flatMap(([who, said]) => [
    heading(who),
    list(said.map((card) => [...(source.cardText.get(card.id) ?? []), meta(source, card)])),
  ])
}

/** What kind of thing it is and where it sits, without repeating who said it. */
const meta = (source: ExportSource, card: Card) =>
  paragraph(
    text(
      [domainTitle(source, card.domain), source.audience === 'professional' ? KNOWLEDGE_NAMES[card.knowledge] : null, dayOf(card.createdAt), card.layer === 'professional' ? 'Professionals only' : null]
        .filter(Boolean)
        .join('. ') + '.',
      'italic',
    ),
  )

/** Sources of information: who said what, and whether it is fact, observation or opinion. */
export function sourcesBlocks(source: ExportSource): ReportBlock[] {
  const { cards, people } = source.map
  if (cards.length === 0) return [note('There are no cards on the map yet.')]
  const family = source.audience === 'family'
  const columns = family ? ['What was said', 'Who said it', 'Where it is on the map'] : ['What was said', 'Who said it', 'Agency', 'Kind of knowledge', 'Domain']
  return [
    table(
      columns,
      cards.map((card) => {
        const said = source.cardText.get(card.id) ?? []
        const who = card.source === null ? 'Not recorded' : personIn(source.audience, card.source, people)
        if (family) return [said, cell(who), cell(domainTitle(source, card.domain))]
        const kind = KNOWLEDGE_NAMES[card.knowledge] + (card.layer === 'professional' ? ' (professionals only)' : '')
        return [said, cell(who), cell(card.agency || '—'), cell(kind), cell(domainTitle(source, card.domain))]
      }),
    ),
  ]
}
