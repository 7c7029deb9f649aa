import type * as Y from 'yjs'
import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import { MeetingBar } from './MeetingBar'
import { useFollowChoice, useFollowMeeting } from './useFollowMeeting'
import { useRunningMeeting } from './useMeetings'

interface MeetingFollowerProps {
  mapId: string
  record: Y.Doc
  framework: Framework
  audience: Audience
  mayRun: boolean
}

/** The map page's part in a running meeting: its bar, and taking this screen where the meeting goes. */
export function MeetingFollower({ mapId, record, framework, audience, mayRun }: MeetingFollowerProps) {
  const meeting = useRunningMeeting(record)
  const [follow, setFollow] = useFollowChoice(mapId)
  useFollowMeeting(mapId, meeting, audience, follow)
  if (!meeting) return null
  return <MeetingBar mapId={mapId} meeting={meeting} framework={framework} audience={audience} mayRun={mayRun} follow={follow} onFollow={setFollow} />
}
