import { z } from 'zod'
import { Id, Timestamp } from './schema.js'
import type { Meeting } from './meetings.js'

/**
 * A checkpoint: a named, read-only copy of a map, saved by the server (SQLite, not a map document)
 * when a meeting closes. This is what anyone who may open the map learns about one; its content
 * is read through the server, for what the reader may see.
 */
export const Checkpoint = z
  .object({
    id: Id,
    /** "Core group 17/11/2026". */
    name: z.string().min(1).max(200),
    meetingId: Id.nullable(),
    createdAt: Timestamp,
    createdBy: Id,
  })
  .strict()
export type Checkpoint = z.infer<typeof Checkpoint>

/**
 * What "what changed since the last meeting" compares for a meeting: the copy saved by the
 * meeting before (the latest saved before this one's), against this meeting's own copy once it has
 * closed, or the map as it is now (`after` null) while it runs. `before` is null for a first meeting.
 */
export function comparedCheckpoints(checkpoints: readonly Checkpoint[], meeting: Pick<Meeting, 'closed'>): { before: Checkpoint | null; after: Checkpoint | null } {
  const byTime = [...checkpoints].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const own = byTime.find((checkpoint) => checkpoint.id === meeting.closed?.checkpointId) ?? null
  const earlier = own ? byTime.filter((checkpoint) => checkpoint.createdAt < own.createdAt) : byTime
  return { before: earlier.at(-1) ?? null, after: own }
}
