/**
 * Locks an email address out of signing in for 15 minutes after 5 failures in a row. Kept in
 * memory: a restart forgets it, which is acceptable beside the per-address rate limit and
 * argon2's cost, and it works the same for addresses with no account, so it says nothing about
 * who has one.
 */
export const MAX_FAILURES = 5
export const LOCK_MS = 15 * 60_000

interface Attempts {
  failures: number
  lockedUntil: number
}

export class SignInLockout {
  private readonly attempts = new Map<string, Attempts>()

  constructor(private readonly now: () => number = Date.now) {}

  isLocked(email: string): boolean {
    const entry = this.attempts.get(email)
    if (!entry) return false
    if (entry.lockedUntil > this.now()) return true
    if (entry.lockedUntil !== 0) this.attempts.delete(email)
    return false
  }

  recordFailure(email: string): void {
    const entry = this.attempts.get(email) ?? { failures: 0, lockedUntil: 0 }
    entry.failures += 1
    if (entry.failures >= MAX_FAILURES) entry.lockedUntil = this.now() + LOCK_MS
    this.attempts.set(email, entry)
    this.forgetStale()
  }

  recordSuccess(email: string): void {
    this.attempts.delete(email)
  }

  /** Bounds memory against someone trying many addresses. */
  private forgetStale() {
    if (this.attempts.size < 10_000) return
    const now = this.now()
    for (const [email, entry] of this.attempts) if (entry.lockedUntil < now) this.attempts.delete(email)
  }
}
