import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 256 random bits, URL-safe: session tokens, CSRF tokens and setup links. */
export const randomToken = (): string => randomBytes(32).toString('base64url')

/** What the database keeps instead of a token, so a copy of it opens no session. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
