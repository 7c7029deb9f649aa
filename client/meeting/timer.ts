import { useEffect, useState } from 'react'

/**
 * A step's timer in words: "4 minutes left", "less than a minute left", "2 minutes over". Whole
 * minutes only, so a screen reader or the back of a room is never told about seconds.
 */
export function timeLeftInWords(stepStartedAt: string, minutes: number, now: number): string {
  const leftMs = new Date(stepStartedAt).getTime() + minutes * 60_000 - now
  const whole = Math.floor(Math.abs(leftMs) / 60_000)
  const plural = (count: number) => `${count} minute${count === 1 ? '' : 's'}`
  if (leftMs >= 0) return whole === 0 ? 'Less than a minute left' : `${plural(whole)} left`
  return whole === 0 ? 'Time is up' : `${plural(whole)} over`
}

/** The time now, moved on every `everyMs`: enough for a timer in whole minutes. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
