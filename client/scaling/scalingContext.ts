import { createContext, useContext } from 'react'
import type { DangerStatement, Person, PersonRef, Scaling } from '../../shared/model'
import type { MapViewContext } from '../map/mapView'
import type { ScalingWords } from './wording'

export interface ScalingContextValue extends MapViewContext {
  scaling: Scaling
  people: Person[]
  statements: DangerStatement[]
  words: ScalingWords
  /** Plain words: the family audience, or a family member's own device. */
  plain: boolean
  /** Staff who run the meeting: questions, meetings, rounds, reveals, the judgement. */
  mayRun: boolean
  mayAnswer: boolean
  /** The person on the map this screen's user is, when there is one. */
  myPersonId: string | null
  nameOf(ref: PersonRef): string
}

export const ScalingContext = createContext<ScalingContextValue | null>(null)

export function useScalingView(): ScalingContextValue {
  const value = useContext(ScalingContext)
  if (!value) throw new Error('useScalingView is used outside the Scaling view.')
  return value
}
