/**
 * A random id of 22 URL-safe characters (128 bits). Not `crypto.randomUUID`: browsers offer that
 * only in secure contexts, and a map must still work on a council's plain-HTTP test server.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export const now = () => new Date().toISOString()
