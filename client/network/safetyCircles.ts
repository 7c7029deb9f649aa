import { SAFETY_CIRCLES, type Person, type SafetyCircle } from '../../shared/model'
import { peopleToChoose } from '../map/peopleToChoose'

export interface SafetyCirclesOfPeople {
  /** The children the map is about, at the centre. */
  children: Person[]
  circles: Record<SafetyCircle, Person[]>
  notPlaced: Person[]
}

/**
 * The network as safety circles: the children at the centre, and around them the family and
 * network people who can take part, by how much they know and can help. Professionals support a
 * network but are not in it, as in a goal's safety network.
 */
export function safetyCircles(people: readonly Person[], childIds: readonly string[]): SafetyCirclesOfPeople {
  const children = childIds.flatMap((id) => people.find((person) => person.id === id) ?? [])
  const network = peopleToChoose(people).filter((person) => person.group !== 'professional' && !childIds.includes(person.id))
  const circles = Object.fromEntries(SAFETY_CIRCLES.map((circle) => [circle, network.filter((person) => person.circle === circle)])) as Record<SafetyCircle, Person[]>
  return { children, circles, notPlaced: network.filter((person) => !person.circle) }
}
