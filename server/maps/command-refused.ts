/**
 * A well-formed command the map's current state does not allow, in plain words for the person
 * who sent it. The route turns it into an HTTP answer: 404 when what it names is not on the map,
 * 409 when the map is not ready for it, 400 when a value cannot be right, 403 when the sender may
 * run the command but not on these terms (a family member answering for someone else).
 */
export class CommandRefused extends Error {
  constructor(
    readonly reason: 'not-on-map' | 'not-ready' | 'bad-value' | 'not-yours',
    message: string,
  ) {
    super(message)
  }
}
