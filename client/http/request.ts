import type { z } from 'zod'

/** A request the server refused or that never reached it, with a message fit to show a person. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

// The session cookie is HttpOnly, so the CSRF token from the session JSON is the one secret the
// page holds; every state-changing request must echo it in this header.
const CSRF_HEADER = 'x-kinmap-csrf'
let csrfToken: string | null = null
let onSignedOut: (() => void) | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** Called when the server says the session is gone, so the app can return to the sign-in page. */
export function onSessionLost(handler: (() => void) | null): void {
  onSignedOut = handler
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'Kinmap could not reach the server. Check your connection and try again.',
  401: 'Your session has ended. Please sign in again.',
  403: 'You do not have permission to do that.',
  404: 'That could not be found. It may have been removed, or you may no longer have access.',
  409: 'Someone else changed this at the same time. Please try again.',
  429: 'Too many attempts. Please wait a minute and try again.',
}

function messageFor(status: number, body: unknown): string {
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' && body.error.trim()) {
    return body.error
  }
  return FALLBACK_MESSAGES[status] ?? 'Something went wrong on the server. Please try again.'
}

interface RequestOptions<T> {
  body?: unknown
  /** Checks the reply, so a change in the server's answer shows as a readable error, not a crash. */
  schema?: z.ZodType<T>
  /** Sign-in answers 401 for a wrong password: that is not a lost session. */
  expectUnauthorised?: boolean
}

export async function request<T = void>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: RequestOptions<T> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken

  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch {
    throw new ApiError(FALLBACK_MESSAGES[0], 0)
  }

  const text = await response.text()
  let body: unknown = undefined
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
  }

  if (!response.ok) {
    if (response.status === 401 && !options.expectUnauthorised) onSignedOut?.()
    throw new ApiError(messageFor(response.status, body), response.status)
  }
  if (!options.schema) return undefined as T
  const parsed = options.schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiError('The server sent an answer Kinmap did not understand. Please reload the page.', response.status)
  }
  return parsed.data
}
