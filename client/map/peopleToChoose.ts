import { displayName } from '../../shared/genogram/person-words'
import { canTakePart } from '../../shared/model/genogram'
import type { Person } from '../../shared/model'

/**
 * The people offered wherever someone is picked (who is worried, a goal's network, a next step's
 * owner, scaling, who said or heard something): those who can take part, so no pregnancy, no one
 * who has died, no one kept unnamed. Whoever is already chosen (`keep`) stays offered, so a
 * choice is never lost.
 */
export function peopleToChoose(people: readonly Person[], keep: readonly string[] = []): Person[] {
  return people.filter((person) => canTakePart(person) || keep.includes(person.id))
}

/** The name as the family uses it, as the genogram writes it: "Sophie Hale (Soph)". */
export const personName = (person: Person): string => displayName(person)

/** How a person reads in a list to choose from: "Sophie Hale (known as Soph, mother)". */
export function personChoiceLabel(person: Person): string {
  const about = [person.knownAs && `known as ${person.knownAs}`, person.relationship].filter(Boolean).join(', ')
  return about ? `${person.name} (${about})` : person.name
}
