import { z } from 'zod'
import type { AccountAction, MapAction } from '../policy.js'

/** An answer to a bad request, in plain words for the person using Kinmap. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * A request the policy said no to. Thrown like any HttpError; the audit trail records it as
 * access-refused (see audit/http-refusals.ts), with the action and the map asked for.
 */
export class RefusedByPolicy extends HttpError {
  constructor(
    statusCode: 403 | 404,
    message: string,
    readonly refused: { action: MapAction | AccountAction; mapId: string | null },
  ) {
    super(statusCode, message)
  }
}

const plural = (count: number | bigint, one: string, many: string) => (Number(count) === 1 ? one : many)

/** Marks wording of ours that reads after the field's name ("email is missing"). */
const PREDICATE = '\u0000'

/** zod's default wording, replaced where a schema gives none of its own: short and British. */
const wording: z.core.$ZodErrorMap = (issue) => {
  const predicate = predicateFor(issue)
  return predicate === undefined ? undefined : PREDICATE + predicate
}

function predicateFor(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`
    case 'too_small':
      if (issue.origin === 'string') return `must be at least ${issue.minimum} ${plural(issue.minimum, 'character', 'characters')}`
      if (issue.origin === 'array') return `needs at least ${issue.minimum} ${plural(issue.minimum, 'entry', 'entries')}`
      return `must be at least ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `can be at most ${issue.maximum} ${plural(issue.maximum, 'character', 'characters')}`
      if (issue.origin === 'array') return `can have at most ${issue.maximum} ${plural(issue.maximum, 'entry', 'entries')}`
      return `can be at most ${issue.maximum}`
    case 'invalid_value':
      return issue.input === undefined ? 'is missing' : `must be one of: ${issue.values.map(String).join(', ')}`
    case 'unrecognized_keys':
      return `has ${plural(issue.keys.length, 'a field', 'fields')} Kinmap does not expect: ${issue.keys.join(', ')}`
    case 'invalid_union': {
      // A discriminated union names its choices; a plain union can only say it did not fit.
      const options = (issue as { options?: unknown[] }).options
      if (issue.input === undefined) return 'is missing'
      return options ? `must be one of: ${options.map(String).join(', ')}` : 'is not in a form Kinmap accepts'
    }
    case 'invalid_format':
      return `is not a valid ${issue.format}`
    default:
      return undefined
  }
}

/** Parses request input or throws a 400 naming each field that is wrong and why. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what = 'request'): z.infer<T> {
  if (value === undefined || value === null) throw new HttpError(400, `The ${what} arrived empty; Kinmap expects it as JSON.`)
  const parsed = schema.safeParse(value, { error: wording })
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.')
    if (issue.message.startsWith(PREDICATE)) return `${field || `the ${what}`} ${issue.message.slice(1)}`
    return field ? `${field}: ${issue.message}` : issue.message
  })
  throw new HttpError(400, `Please check the ${what}: ${problems.join('; ')}.`)
}
