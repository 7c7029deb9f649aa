import { useCallback } from 'react'
import type * as Y from 'yjs'
import { readMeetings, runningMeeting, type Meeting } from '../../shared/model'
import { useDocumentsReading } from '../yjs/useDocumentsReading'

/** The map's meetings from the record layer, live as the server writes them. */
export function useMeetings(record: Y.Doc): Meeting[] {
  return useDocumentsReading([record], useCallback(() => readMeetings(record), [record]))
}

/** The meeting every screen follows now, if one is running. */
export function useRunningMeeting(record: Y.Doc) {
  return runningMeeting(useMeetings(record))
}
