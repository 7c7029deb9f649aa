import type * as Y from 'yjs'
import { updatePerson } from '../model/case-map.js'
import { addHousehold, addRelationship, addRelative, writePersonDetails } from '../model/genogram.js'
import type { PersonDetails } from '../model/schema.js'

/**
 * The Hale family's genogram: who is related to whom, who lives together, and (professional
 * layer) where people live, how to reach them and whether Sophie and Dean agree to them being
 * contacted. Invented, like the rest of the family. Phone numbers are from Ofcom's range for
 * drama (07700 900000 to 900999), so none can ring anyone.
 *
 * Sophie and Dean live together with Ellie and Jack (the children stay with Dean on the nights
 * Sophie works); Dean has an older son, Kai, from his earlier relationship with Chantelle.
 * Sophie's father Ron died in 2019; her mother Maureen is close to Ellie. Sophie lost a pregnancy
 * between Ellie and Jack.
 */
export function seedFictionalGenogram(shared: Y.Doc, professional: Y.Doc, people: Record<string, string>, givenOn: string): void {
  const { ellie, jack, sophie, dean, maureen, tasha } = people
  const household = addHousehold(shared, 'Hale household')
  const set = (id: string, fields: Parameters<typeof updatePerson>[2]) => updatePerson(shared, id, fields)
  set(ellie, { gender: 'female', birth: { date: '2019-05-14' }, householdId: household })
  set(jack, { gender: 'male', birth: { date: '2023-02-08' }, householdId: household })
  set(sophie, { gender: 'female', birth: { date: '1995-09-03' }, householdId: household, support: 'Cares for Ellie and Jack; works nights at a care home twice a week' })
  set(dean, { gender: 'male', birth: { date: '1990-01-22' }, householdId: household, support: 'Looks after the children on the nights Sophie works' })
  set(maureen, {
    gender: 'female',
    birth: { date: '1962-06-30' },
    seesChild: 'Most days after school',
    support: 'Has the children after school; they stay at her flat when things are bad at home',
    circle: 'inner',
  })
  set(tasha, { gender: 'female', birth: { approximateAge: 33, givenOn }, seesChild: 'A few times a week', support: 'Neighbour; can have the children at short notice', circle: 'inner' })

  addRelationship(shared, { kind: 'couple', partnerIds: [dean, sophie], status: 'livingTogether', from: 2017, to: null })
  addRelationship(shared, { kind: 'parent', parentId: sophie, childId: ellie, parentKind: 'birth' })
  addRelationship(shared, { kind: 'parent', parentId: dean, childId: ellie, parentKind: 'birth' })
  addRelationship(shared, { kind: 'parent', parentId: sophie, childId: jack, parentKind: 'birth' })
  addRelationship(shared, { kind: 'parent', parentId: dean, childId: jack, parentKind: 'birth' })
  addRelative(shared, sophie, 'child', { name: 'Miscarriage', relationship: 'Sophie and Dean, 2021', agency: '', group: 'family', kind: 'miscarriage', birth: { date: '2021-03-01' } })

  addRelationship(shared, { kind: 'parent', parentId: maureen, childId: sophie, parentKind: 'birth' })
  const ron = addRelative(
    shared,
    maureen,
    'partner',
    { name: 'Ron Hale', relationship: 'maternal grandfather', agency: '', group: 'family', gender: 'male', birth: { date: '1958-11-19' }, died: { date: '2019-03-11' } },
    { coupleStatus: 'married' },
  )
  addRelationship(shared, { kind: 'parent', parentId: ron, childId: sophie, parentKind: 'birth' })
  const kelly = addRelative(shared, sophie, 'sibling', {
    name: 'Kelly Hale',
    relationship: 'maternal aunt',
    agency: '',
    group: 'family',
    gender: 'female',
    birth: { date: '1988-04-12' },
    seesChild: 'At birthdays and Christmas',
    support: 'Phones Sophie every week',
    circle: 'middle',
  })

  const chantelle = addRelative(
    shared,
    dean,
    'partner',
    { name: 'Chantelle Price', relationship: "Dean's former partner", agency: '', group: 'family', gender: 'female', birth: { approximateAge: 35, givenOn } },
    { coupleStatus: 'separated' },
  )
  const kai = addRelative(
    shared,
    dean,
    'child',
    { name: 'Kai Marsh', relationship: 'half-brother', agency: '', group: 'family', gender: 'male', birth: { date: '2010-07-25' }, seesChild: 'Every other Sunday' },
    { otherParentId: chantelle },
  )

  addRelationship(shared, { kind: 'emotional', fromId: dean, toId: sophie, emotionalKind: 'physicalAbuse' })
  addRelationship(shared, { kind: 'emotional', fromId: maureen, toId: ellie, emotionalKind: 'close' })

  const details: Record<string, Partial<Omit<PersonDetails, 'personId'>>> = {
    [sophie]: { area: 'Oakfield estate, Northgate', phone: '07700 900142', consent: 'yes', consentOn: '2026-10-20' },
    [dean]: { area: 'Oakfield estate, Northgate', phone: '07700 900517', consent: 'yes', consentOn: '2026-10-20' },
    [maureen]: { area: 'Eastfield, Northgate', phone: '07700 900863', consent: 'yes', consentOn: '2026-10-20', possibleKinshipCarer: true },
    [tasha]: { area: 'Oakfield estate, Northgate', phone: '07700 900371', consent: 'yes', consentOn: '2026-10-20' },
    [kelly]: { area: 'Leeds', phone: '07700 900658', consent: 'notAsked' },
    [chantelle]: { area: 'Southbrook', consent: 'no', consentOn: '2026-10-27' },
    [kai]: { area: 'Southbrook', consent: 'no', consentOn: '2026-10-27' },
  }
  for (const [personId, change] of Object.entries(details)) writePersonDetails(professional, personId, change)
}
