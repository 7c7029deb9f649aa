import { hashToken, randomToken } from './tokens.js'

/** What a browser's council sign-in needs to be finished safely, kept on the server only. */
export interface PendingFlow {
  /** Sent to the provider and expected back: ties the answer to this request. */
  state: string
  /** Expected in the ID token: ties the token to this request. */
  nonce: string
  /** PKCE: only this server can redeem the code the provider hands back. */
  codeVerifier: string
  /** The Kinmap page to land on afterwards: a path on our own origin, checked before it is kept. */
  returnTo: string
  startedAt: number
}

/** How long a person has at their provider (signing in, a second factor) before starting again. */
export const FLOW_TTL_MS = 10 * 60_000
/** Enough for every sign-in a council could start in ten minutes; the oldest go first past it. */
const MAX_PENDING = 10_000

/**
 * Council sign-ins under way, in this process's memory: the browser holds only a random token in
 * a short-lived cookie, and each flow can be finished once. Nothing here outlives a restart, which
 * costs a person at most one "please start again".
 */
export class PendingFlows {
  private readonly flows = new Map<string, PendingFlow>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the flow; returns the token for the browser's cookie (only its hash is kept here). */
  add(flow: Omit<PendingFlow, 'startedAt'>): string {
    this.forgetExpired()
    while (this.flows.size >= MAX_PENDING) this.flows.delete(this.flows.keys().next().value!)
    const token = randomToken()
    this.flows.set(hashToken(token), { ...flow, startedAt: this.now() })
    return token
  }

  /** The flow for a cookie's token, removed as it is taken: an answer is never accepted twice. */
  take(token: string | undefined): PendingFlow | null {
    if (!token) return null
    const key = hashToken(token)
    const flow = this.flows.get(key)
    this.flows.delete(key)
    return flow && this.now() - flow.startedAt < FLOW_TTL_MS ? flow : null
  }

  get size(): number {
    return this.flows.size
  }

  private forgetExpired() {
    const now = this.now()
    // Insertion order is start order, so the expired ones are all at the front.
    for (const [key, flow] of this.flows) {
      if (now - flow.startedAt < FLOW_TTL_MS) break
      this.flows.delete(key)
    }
  }
}
