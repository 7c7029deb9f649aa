import { checkpointName, type Meeting } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useConfirmation } from '../app/useConfirmation'
import { useMeetingCommand } from './useMeetingCommand'

/** Closing a meeting saves a read-only copy of the map, named after it: asked first, since a meeting closes once. */
export function CloseMeeting({ mapId, meeting, onClosed }: { mapId: string; meeting: Meeting; onClosed(message: string): void }) {
  const { confirming, ask, cancel, askButton, safeAnswer } = useConfirmation()
  const { busy, error, run } = useMeetingCommand(mapId)
  const name = checkpointName(meeting)
  const close = async () => {
    if (await run({ type: 'close-meeting', meetingId: meeting.id })) onClosed(`Meeting closed. A read-only copy of the map was saved as “${name}”.`)
    else cancel()
  }
  return (
    <div className="meeting-close">
      {confirming ? (
        <div role="group" aria-labelledby="close-meeting-question" className="notice notice--warning">
          <p id="close-meeting-question">Close the meeting? A read-only copy of the map is saved as “{name}”, and everyone’s screen stops following it.</p>
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={close}>
              Yes, close the meeting
            </button>
            <button type="button" className="button" ref={safeAnswer} onClick={cancel}>
              Not yet
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" ref={askButton} onClick={ask}>
          Close the meeting
        </button>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}
