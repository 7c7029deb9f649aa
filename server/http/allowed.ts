import type { Layer } from '../../shared/model/schema.js'
import type { AccountAction, Actor, MapAction } from '../policy.js'
import type { AppContext } from './context.js'
import { RefusedByPolicy } from './errors.js'
import { openableMap } from './routes/maps.js'

/**
 * What a route asks before it acts: the policy's answer, or a refusal in plain words that the
 * audit trail records (as every `RefusedByPolicy` is). One way for every route to ask.
 */

/**
 * A map the actor may open and do `action` on (on `layer`, for an action that asks about one): a
 * 404 as for any map they may not open, else a 403 saying why.
 */
export async function mapAllowing(context: AppContext, actor: Actor, params: unknown, action: MapAction, refusal: string, layer?: Layer) {
  const map = await openableMap(context, actor, params)
  if (!(await context.policy.can(actor, action, map.id, layer))) throw new RefusedByPolicy(403, refusal, { action, mapId: map.id })
  return map
}

/** Refuses, with a reason, an account-level action (accounts, teams, the audit trail) the policy does not allow. */
export async function requireAllowed(context: Pick<AppContext, 'policy'>, actor: Actor, action: AccountAction, refusal: string): Promise<void> {
  if (!(await context.policy.can(actor, action))) throw new RefusedByPolicy(403, refusal, { action, mapId: null })
}
