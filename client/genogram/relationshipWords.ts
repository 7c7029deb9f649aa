import type { CoupleStatus, EmotionalKind, Gender, ParentKind, Person, Relationship } from '../../shared/model'
import { EMOTIONAL_NAMES } from '../../shared/genogram/notation'
import { personName } from '../map/peopleToChoose'

/** How the genogram's panel names relationships: in the practice's plain words, never the notation's. */
export const COUPLE_STATUS_NAMES: Record<CoupleStatus, string> = {
  married: 'Married',
  livingTogether: 'Living together',
  engaged: 'Engaged',
  separated: 'Separated',
  divorced: 'Divorced',
}

export const PARENT_KIND_NAMES: Record<ParentKind, string> = { birth: 'Birth', adopted: 'Adoptive', fostered: 'Foster', step: 'Step' }

/** The notation's names for emotional relationships, without the legend's note on the arrow. */
export const emotionalKindName = (kind: EmotionalKind): string => EMOTIONAL_NAMES[kind].replace(/ \(.*\)$/, '')

const COUPLE_WORDS: Record<CoupleStatus, string> = {
  married: 'Married to',
  livingTogether: 'Lives with',
  engaged: 'Engaged to',
  separated: 'Separated from',
  divorced: 'Divorced from',
}

/** Undirected kinds read the same from either side; directed ones say who does what to whom. */
const EMOTIONAL_WORDS: Record<EmotionalKind, { from: string; to: string }> = {
  close: { from: 'Close to', to: 'Close to' },
  fused: { from: 'Very close to', to: 'Very close to' },
  distant: { from: 'Distant from', to: 'Distant from' },
  conflict: { from: 'In conflict with', to: 'In conflict with' },
  hostile: { from: 'Hostile with', to: 'Hostile with' },
  closeHostile: { from: 'Close but hostile with', to: 'Close but hostile with' },
  cutOff: { from: 'Cut off from', to: 'Cut off from' },
  cutOffRepaired: { from: 'Was cut off from, now repaired with', to: 'Was cut off from, now repaired with' },
  physicalAbuse: { from: 'Physically abuses', to: 'Physically abused by' },
  emotionalAbuse: { from: 'Emotionally abuses', to: 'Emotionally abused by' },
  sexualAbuse: { from: 'Sexually abuses', to: 'Sexually abused by' },
  neglect: { from: 'Neglects', to: 'Neglected by' },
  focusedOn: { from: 'Focused on', to: 'The focus of' },
  caretaker: { from: 'Cares for', to: 'Cared for by' },
}

const PARENT_WORD: Record<Gender, string> = { female: 'mother', male: 'father', unknown: 'parent' }
const CHILD_WORD: Record<Gender, string> = { female: 'daughter', male: 'son', unknown: 'child' }
const KIND_PREFIX: Record<ParentKind, string> = { birth: '', adopted: 'adoptive ', fostered: 'foster ', step: 'step' }
const CHILD_PREFIX: Record<ParentKind, string> = { birth: '', adopted: 'adopted ', fostered: 'foster ', step: 'step' }

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function years(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return ` (${from} to ${to})`
  if (from !== null) return ` (since ${from})`
  return to !== null ? ` (until ${to})` : ''
}

/**
 * A relationship as seen from one of its people: "Married to Dean Hale (since 2015)", "Mother of
 * Ellie Hale", "Adopted son of Sophie Hale", "Neglected by Dean Hale".
 */
export function relationshipFrom(relationship: Relationship, personId: string, people: readonly Person[]): string {
  const person = (id: string) => people.find((candidate) => candidate.id === id)
  const nameOf = (id: string) => {
    const found = person(id)
    return found ? personName(found) : 'someone no longer on the map'
  }
  const gender = (id: string): Gender => person(id)?.gender ?? 'unknown'
  switch (relationship.kind) {
    case 'couple': {
      const other = relationship.partnerIds.find((id) => id !== personId) ?? relationship.partnerIds[1]
      return `${COUPLE_WORDS[relationship.status]} ${nameOf(other)}${years(relationship.from, relationship.to)}`
    }
    case 'parent':
      return relationship.parentId === personId
        ? capital(`${KIND_PREFIX[relationship.parentKind]}${PARENT_WORD[gender(personId)]} of ${nameOf(relationship.childId)}`)
        : capital(`${CHILD_PREFIX[relationship.parentKind]}${CHILD_WORD[gender(personId)]} of ${nameOf(relationship.parentId)}`)
    case 'twins': {
      const other = relationship.personIds.find((id) => id !== personId) ?? relationship.personIds[1]
      return `${relationship.identical ? 'Identical twin' : 'Twin'} of ${nameOf(other)}`
    }
    case 'emotional': {
      const words = EMOTIONAL_WORDS[relationship.emotionalKind]
      return relationship.fromId === personId ? `${words.from} ${nameOf(relationship.toId)}` : `${words.to} ${nameOf(relationship.fromId)}`
    }
  }
}

/** A relationship on its own, for a list of what needs attention: "Sophie Hale: mother of Ellie Hale". */
export function relationshipInWords(relationship: Relationship, people: readonly Person[]): string {
  const first =
    relationship.kind === 'couple' ? relationship.partnerIds[0]
    : relationship.kind === 'parent' ? relationship.parentId
    : relationship.kind === 'twins' ? relationship.personIds[0]
    : relationship.fromId
  const who = people.find((person) => person.id === first)
  const words = relationshipFrom(relationship, first, people)
  return `${who ? personName(who) : 'Someone no longer on the map'}: ${words.charAt(0).toLowerCase()}${words.slice(1)}`
}
