import { CLOSE_CODES } from '../../shared/sync-protocol'

/** What to tell the person when the server closes the map's connection for good. */
export function closedMessage(code: number, reason: string): string {
  switch (code) {
    case CLOSE_CODES.accessRemoved:
      // The server says which: a member removed, or a family member's invitation withdrawn.
      return `${reason || 'Your access to this map has been removed.'} It has been closed on this device.`
    case CLOSE_CODES.sessionEnded:
      return 'Your session has ended, so the map has been closed. Sign in again to carry on; changes made after it ended were not saved.'
    case CLOSE_CODES.tooLarge:
      return 'A change made on this device was too large to save in one go (such as a very long paste), so the map has been closed here. Reload the page to carry on from what was saved.'
    case CLOSE_CODES.refused:
      return 'A change made on this device broke one of the map\'s rules, so the server did not keep it and the map has been closed here. Reload the page to carry on from what was saved; if it happens again, tell your administrator.'
    case CLOSE_CODES.unreadable:
      return 'Part of this map could not be read, so it has been closed. Please tell your administrator.'
    default:
      return reason || 'The server closed this map. Reload the page to try again.'
  }
}
