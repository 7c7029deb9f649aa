import argon2 from 'argon2'

export const MIN_PASSWORD_LENGTH = 12
/** Long enough for any passphrase, short enough that hashing cannot be used to tie up the CPU. */
export const MAX_PASSWORD_LENGTH = 256

/** OWASP's argon2id baseline (19 MiB, 2 passes): about 30 ms here, cheap for people, dear for guessing. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS)

/** Spent on unknown emails too, so the answer's timing does not say whether an account exists. */
let decoyHash: Promise<string> | null = null

/**
 * False for an unknown account (null) and for an account with no password of its own ('': it
 * signs in only through the council's identity provider), after the same work as a real check.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null || hash === '') {
    decoyHash ??= hashPassword('kinmap decoy password')
    await argon2.verify(await decoyHash, password).catch(() => false)
    return false
  }
  return argon2.verify(hash, password).catch(() => false)
}
