import { useEffect, useState } from 'react'
import type { ScalingAnswer, ScalingRound } from '../../shared/model'
import { fetchMyAnswers } from '../http/scaling'

/**
 * This person's own answers in a sealed round before its reveal: they are in no document on this
 * device, so they are asked of the server, again whenever someone answers (the round's marks change).
 */
export function useMyAnswers(mapId: string, round: ScalingRound, mayAnswer: boolean): ScalingAnswer[] {
  const [answers, setAnswers] = useState<ScalingAnswer[]>([])
  const sealed = round.mode === 'sealed' && round.state === 'open'
  const marks = round.answered.length + (round.answered.at(-1)?.at ?? '')
  useEffect(() => {
    if (!sealed || !mayAnswer) return setAnswers([])
    let current = true
    fetchMyAnswers(mapId, round.id)
      .then((mine) => current && setAnswers(mine))
      .catch(() => current && setAnswers([]))
    return () => {
      current = false
    }
  }, [mapId, round.id, sealed, mayAnswer, marks])
  return answers
}
