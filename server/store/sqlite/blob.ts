/** better-sqlite3 binds Buffers as BLOBs; Yjs hands out plain Uint8Arrays. A view, not a copy. */
export const blob = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
