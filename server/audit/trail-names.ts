import type { AuditRecord, Store } from '../store/store.js'

/**
 * The names of the staff and teams a page of the trail mentions, looked up when it is read. The
 * trail itself holds ids only; a name is for the person reading it and is never written back.
 * Kept across the pages of one download, so each account is looked up once.
 */
export class TrailNames {
  private readonly people = new Map<string, string | null>()
  private teams: Map<string, string> | null = null

  constructor(private readonly store: Store) {}

  /** Looks up every account and team these records mention that is not known yet. */
  async learn(records: readonly AuditRecord[]): Promise<void> {
    const unknown = new Set<string>()
    let mentionsTeam = false
    for (const record of records) {
      for (const id of peopleIn(record)) if (!this.people.has(id)) unknown.add(id)
      mentionsTeam ||= 'teamId' in record.detail && record.detail.teamId !== null
    }
    for (const id of unknown) this.people.set(id, (await this.store.accounts.findById(id))?.name ?? null)
    if (mentionsTeam && this.teams === null) this.teams = new Map((await this.store.teams.list()).map((team) => [team.id, team.name]))
  }

  /** A staff account's name, or null for an id with no account behind it. */
  person(id: string): string | null {
    return this.people.get(id) ?? null
  }

  team(id: string): string | null {
    return this.teams?.get(id) ?? null
  }
}

/** The staff accounts an event names: who acted, and whom it was about. */
function peopleIn(record: AuditRecord): string[] {
  const ids = record.actorUserId === null ? [] : [record.actorUserId]
  if ('userId' in record.detail) ids.push(record.detail.userId)
  if ('ownerUserId' in record.detail) ids.push(record.detail.ownerUserId)
  return ids
}
