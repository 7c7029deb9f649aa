import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { Audience } from '../../shared/audience'
import type { Meeting, MeetingFlow } from '../../shared/model'
import { stepPath } from './step-views'

const storageKey = (mapId: string) => `kinmap.follow-meeting.${mapId}`

/**
 * "Follow the meeting": whether this screen goes where the meeting goes. On unless someone turned
 * it off on this map in this tab (sessionStorage), so a family member's device and a colleague's
 * laptop follow the facilitator from the start, and staff can turn it off to look elsewhere.
 */
export function useFollowChoice(mapId: string): [boolean, (follow: boolean) => void] {
  const [follow, setFollow] = useState(() => sessionStorage.getItem(storageKey(mapId)) !== 'off')
  const choose = useCallback(
    (next: boolean) => {
      sessionStorage.setItem(storageKey(mapId), next ? 'on' : 'off')
      setFollow(next)
    },
    [mapId],
  )
  return [follow, choose]
}

/**
 * Takes this screen to the view of the meeting's step when the facilitator moves it, when the map
 * opens during a meeting (a device joining late, or reloading), and when following is turned on.
 * Starting a meeting is not a move: everyone stays where they are until the facilitator moves it
 * on. A device that lost its connection catches up with the record layer when it reconnects, and
 * a move it missed takes it to where the meeting is. Between moves a person may look elsewhere.
 */
export function useFollowMeeting(mapId: string, meeting: (Meeting & { flow: MeetingFlow }) | null, audience: Audience, follow: boolean): void {
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const seen = useRef<{ meetingId: string | null; moved: string | null; follow: boolean } | null>(null)
  const moved = meeting ? `${meeting.flow.step} ${meeting.flow.stepStartedAt}` : null

  useEffect(() => {
    const before = seen.current
    seen.current = { meetingId: meeting?.id ?? null, moved, follow }
    if (!meeting || !follow) return
    const opened = before === null
    const movedOn = before?.meetingId === meeting.id && before.moved !== moved
    const turnedOn = before !== null && !before.follow
    const target = stepPath(mapId, meeting.flow.step, audience)
    if ((opened || movedOn || turnedOn) && pathname !== target) navigate(target)
    // Not on `pathname`: visiting another view between moves is allowed.
  }, [meeting?.id, moved, follow, audience, mapId])
}
