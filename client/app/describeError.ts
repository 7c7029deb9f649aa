import { ZodError } from 'zod'

/** A thrown error as a sentence for the person: the model's checks speak through zod. */
export function describeError(error: unknown): string {
  if (error instanceof ZodError) {
    const first = error.issues[0]
    return first ? `That was not saved: ${first.message}.` : 'That was not saved.'
  }
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.'
}
