import { pino, type Logger } from 'pino'
import type { LogLevel } from './config.js'

export type { Logger }

/**
 * Structured logs that carry ids only. Case data (names, emails, titles, card text) never goes in
 * a log line: log the user id, map id and layer, and let people look the rest up with access
 * control. The redaction list is a safety net for mistakes, not a licence to log objects.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kinmap' },
      redact: {
        paths: ['email', 'name', 'title', 'password', 'text', '*.email', '*.name', '*.title', '*.password', '*.text', 'req.headers', 'headers'],
        censor: '[redacted]',
      },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  )
}
