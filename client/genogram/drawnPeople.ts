import type { Person } from '../../shared/model'
import { isDrawn } from '../../shared/genogram/family-structure'

/** The people the genogram draws (the family and their network), as the layout decides. */
export const drawnPeople = (people: readonly Person[]): Person[] => people.filter(isDrawn)
