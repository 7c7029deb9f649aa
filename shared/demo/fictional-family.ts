import type * as Y from 'yjs'
import type { Domain } from '../framework.js'
import { addBottomLine } from '../model/bottom-lines.js'
import { addPerson, createCard, writeSettings, type MapDocuments } from '../model/case-map.js'
import { createDangerStatement } from '../model/danger-statements.js'
import { addNextStep } from '../model/next-steps.js'
import type { Knowledge, PersonRef } from '../model/schema.js'
import { seedFictionalGenogram } from './fictional-genogram.js'
import { seedFictionalSafetyPlan } from './fictional-safety-plan.js'

/**
 * The Hale family: the one fictional family that Kinmap's tests, benchmarks and demo map share.
 * Invented from start to finish; no real person or case is described.
 */
export const FICTIONAL_FAMILY_TITLE = 'Ellie and Jack Hale'

interface FictionalCard {
  domain: Domain
  knowledge: Knowledge
  said: PersonRef | string
  agency?: string
  text: string
  heardOn?: string
}

export function seedFictionalFamily(docs: Required<MapDocuments>, createdBy: string, startedAt = new Date('2026-11-02T09:30:00Z')): void {
  const person = (name: string, relationship: string, group: 'family' | 'network' | 'professional', agency = '') =>
    addPerson(docs.shared, { name, relationship, agency, group })
  const ellie = person('Ellie Hale', 'child, aged 7', 'family')
  const jack = person('Jack Hale', 'child, aged 3', 'family')
  const people: Record<string, string> = {
    ellie,
    jack,
    sophie: person('Sophie Hale', 'mother', 'family'),
    dean: person('Dean Marsh', "Ellie and Jack's father", 'family'),
    maureen: person('Maureen Hale', 'maternal grandmother', 'network'),
    tasha: person('Tasha Green', "Sophie's friend and neighbour", 'network'),
    priya: person('Priya Shah', 'social worker', 'professional', "Children's Services"),
    gareth: person('Gareth Owusu', 'class teacher', 'professional', 'Oakfield Primary School'),
    lin: person('Lin Roberts', 'health visitor', 'professional', 'Community Health'),
  }
  writeSettings(docs.record, { title: FICTIONAL_FAMILY_TITLE, framework: 'safety', childIds: [ellie, jack] })
  seedFictionalGenogram(docs.shared, docs.professional, people, '2026-10-20')

  const cards: FictionalCard[] = [
    { domain: 'harm', knowledge: 'fact', said: 'gareth', agency: 'Oakfield Primary School', text: 'On 14/10/2026 Ellie came to school with a bruise on her upper arm. She said Dean grabbed her when he was shouting at Sophie.' },
    { domain: 'harm', knowledge: 'childsWords', said: 'ellie', heardOn: '2026-10-21', text: 'I hide under my bed with Jack when Daddy shouts. Jack cries and I put my hands on his ears.' },
    { domain: 'harm', knowledge: 'observation', said: 'lin', agency: 'Community Health', text: 'Jack has missed two health checks since June and his speech is behind what we expect at three.' },
    { domain: 'danger', knowledge: 'opinion', said: 'priya', agency: "Children's Services", text: 'Priya and Gareth are worried that when Dean has been drinking he shouts at Sophie and grabs her, and that Ellie and Jack could be hurt if they are near, and will keep being frightened at home.' },
    { domain: 'complicatingFactors', knowledge: 'fact', said: 'sophie', text: 'Sophie works nights at the care home twice a week and the children stay with Dean then.' },
    { domain: 'complicatingFactors', knowledge: 'opinion', said: 'maureen', text: 'Dean drinks more since he lost his job in the summer.' },
    { domain: 'existingStrengths', knowledge: 'observation', said: 'gareth', agency: 'Oakfield Primary School', text: 'Ellie is always on time, clean and has a packed lunch. She reads every night with Sophie.' },
    { domain: 'existingStrengths', knowledge: 'opinion', said: 'tasha', text: 'Sophie is a loving mum; the children run to her at the school gate.' },
    { domain: 'existingSafety', knowledge: 'fact', said: 'maureen', text: 'Twice in October Sophie took the children to Maureen\'s flat when Dean came home drunk, and they stayed the night.' },
    { domain: 'safetyGoals', knowledge: 'opinion', said: 'priya', agency: "Children's Services", text: 'Ellie and Jack will be looked after by a sober adult every day and night, and will be away from any shouting, for the next six months, so that Priya, Gareth and Maureen are sure they are safe.' },
    { domain: 'nextSteps', knowledge: 'fact', said: 'priya', agency: "Children's Services", text: 'Priya to meet Sophie, Maureen and Tasha by 28/11/2026 to start a safety plan for the nights Sophie works.' },
  ]
  const cardIds = cards.map((card, index) => {
    const source: PersonRef = typeof card.said === 'string' ? { personId: people[card.said] } : card.said
    return createCard(docs.shared, 'shared', {
      domain: card.domain,
      knowledge: card.knowledge,
      source,
      agency: card.agency ?? '',
      childIds: card.domain === 'harm' && card.knowledge !== 'observation' ? [ellie] : [],
      childsWords: card.heardOn ? { heardBy: { personId: people.priya }, heardOn: card.heardOn } : null,
      createdBy,
      createdAt: new Date(startedAt.getTime() + index * 60_000).toISOString(),
      text: card.text,
    })
  })
  const rests = cards.flatMap((card, index) => (card.domain === 'harm' || card.domain === 'complicatingFactors' ? [cardIds[index]] : []))
  const drinking = createDangerStatement(docs.shared, {
    createdBy,
    createdAt: new Date(startedAt.getTime() + 30 * 60_000).toISOString(),
    worried: [{ personId: people.priya }, { personId: people.gareth }, { personId: people.maureen }],
    behaviour: 'When Dean has been drinking he shouts at Sophie and grabs her, sometimes with Ellie and Jack in the room.',
    fear: 'Ellie or Jack could be hurt if they are near, and they will keep being frightened at home.',
    linkedCardIds: rests.slice(0, 2),
    goal: {
      different: 'Ellie and Jack will always be cared for by a sober adult, and will be kept away from any shouting.',
      convinced: [{ personId: people.priya }, { personId: people.gareth }],
      howLong: 'six months',
      evidence: 'Maureen or Tasha is with the children on the nights Sophie works, and Ellie tells Gareth she feels safe at home.',
      networkPersonIds: [people.maureen, people.tasha],
    },
  })
  addBottomLine(docs.shared, {
    statementId: drinking,
    condition: 'Dean does not look after the children on his own until he has been sober for three months.',
    contingency: 'If he does, Priya will ask Maureen to have the children to stay and will call a family network meeting the same week.',
  })
  addNextStep(docs.shared, {
    action: 'Meet Sophie, Maureen and Tasha to start a safety plan for the nights Sophie works.',
    owner: { personId: people.priya },
    due: '2026-11-28',
    statementId: drinking,
  })
  seedFictionalSafetyPlan(docs.shared, { sophie: people.sophie, maureen: people.maureen, tasha: people.tasha }, drinking, startedAt)

  createCard(docs.professional as Y.Doc, 'professional', {
    domain: 'harm',
    knowledge: 'thirdParty',
    source: { name: 'PC Dana Whitfield', role: 'police officer' },
    agency: 'Police',
    childIds: [ellie, jack],
    childsWords: null,
    createdBy,
    createdAt: new Date(startedAt.getTime() + cards.length * 60_000).toISOString(),
    text: 'Police were called to the home on 02/09/2026 after a neighbour heard shouting. No arrest; Dean had been drinking.',
  })
}
