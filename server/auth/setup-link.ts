import type { Store } from '../store/store.js'
import { hashToken, randomToken } from './tokens.js'

/**
 * On a first start (no accounts yet), makes a one-time link that creates the first
 * administrator. Only its hash is stored; a new start replaces it, so only the link printed last
 * works, and it stops working once used.
 */
export async function prepareSetupLink(store: Store, origin: string): Promise<string | null> {
  if ((await store.accounts.count()) > 0) return null
  const token = randomToken()
  await store.accounts.replaceSetupToken(hashToken(token), Date.now())
  return `${origin}/setup/${token}`
}
