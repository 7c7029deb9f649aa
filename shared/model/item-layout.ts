import * as Y from 'yjs'
import type { z } from 'zod'
import { fragmentText, richTextProblems } from './rich-text.js'

/**
 * How an item kept as a `Y.Map` nests Yjs types, for the analysis items (statements and their
 * goals, bottom lines, next steps). Text parts are `Y.XmlFragment`s, so two people typing in one
 * part merge character by character; lists are `Y.Array`s, so two people adding a person at once
 * both land; nested items are `Y.Map`s. Every other key holds a plain value.
 *
 * An item is checked and read by turning it into plain data (text parts as plain text) and parsing
 * that with the item's zod schema in `schema.ts`: one schema for readers and for the validator.
 */
export interface ItemLayout {
  texts?: readonly string[]
  lists?: readonly string[]
  items?: Readonly<Record<string, ItemLayout>>
}

/** An item as plain, validated data, or what stops it being read. */
export function checkItem<T extends { id: string }>(
  entry: unknown,
  key: string,
  layout: ItemLayout,
  schema: z.ZodType<T>,
): { item: T; problems: [] } | { item: null; problems: string[] } {
  const problems: string[] = []
  const plain = toPlain(entry, layout, '', problems)
  if (plain === null || problems.length > 0) return { item: null, problems }
  const parsed = schema.safeParse(plain)
  if (!parsed.success) {
    return { item: null, problems: parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'item'}: ${issue.message}`) }
  }
  if (parsed.data.id !== key) return { item: null, problems: ['it is filed under another id'] }
  return { item: parsed.data, problems: [] }
}

function toPlain(entry: unknown, layout: ItemLayout, path: string, problems: string[]): Record<string, unknown> | null {
  if (!(entry instanceof Y.Map)) {
    problems.push(`${path || 'it'} must be a map of fields`)
    return null
  }
  const plain: Record<string, unknown> = {}
  for (const [key, value] of entry.entries()) {
    const where = path ? `${path}.${key}` : key
    const nested = layout.items?.[key]
    if (layout.texts?.includes(key)) {
      if (value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement)) {
        problems.push(...richTextProblems(value).map((problem) => `${where}: ${problem}`))
        plain[key] = fragmentText(value)
      } else problems.push(`${where} must be rich text`)
    } else if (layout.lists?.includes(key)) {
      if (value instanceof Y.Array) plain[key] = value.toArray()
      else problems.push(`${where} must be a list`)
    } else if (nested) {
      plain[key] = toPlain(value, nested, where, problems)
    } else if (value instanceof Y.AbstractType) {
      problems.push(`${where} must be a plain value`)
    } else plain[key] = value
  }
  return plain
}

/**
 * Problems when a change set or deleted a key holding a nested type of an item that already
 * existed. No accessor does that: it would throw away what others are typing into the part, or,
 * for a statement's goal, part the goal from its statement. `path` leads from the item down to the
 * changed map (empty for the item itself).
 */
export function replacedParts(layout: ItemLayout, path: readonly (string | null)[], changedKeys: Iterable<string | null>): string[] {
  let at: ItemLayout | undefined = layout
  for (const key of path) at = key === null ? undefined : at?.items?.[key]
  if (!at) return []
  const nested = new Set([...(at.texts ?? []), ...(at.lists ?? []), ...Object.keys(at.items ?? {})])
  return [...changedKeys]
    .filter((key): key is string => key !== null && nested.has(key))
    .map((key) => `"${[...path, key].join('.')}" was made with it and cannot be replaced or removed, only edited`)
}

/** Whether a list already holds the value, compared by `key`. */
export function presentInList<T>(list: Y.Array<T>, key: (value: T) => string, value: T): boolean {
  const wanted = key(value)
  return list.toArray().some((candidate) => key(candidate) === wanted)
}

/** Removes every copy of a value from a list (two people may have added it at once). */
export function removeFromList<T>(list: Y.Array<T>, key: (value: T) => string, value: T): void {
  const unwanted = key(value)
  const values = list.toArray()
  for (let index = values.length - 1; index >= 0; index--) if (key(values[index]) === unwanted) list.delete(index, 1)
}

/** A list without the repeats that two people adding the same value at the same moment leave. */
export function withoutRepeats<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const id = key(value)
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/** Every readable item of a root, oldest first; the keys of the rest go to `unreadable`. */
export function readItems<T extends { id: string; createdAt: string }>(
  items: Y.Map<Y.Map<unknown>>,
  layout: ItemLayout,
  schema: z.ZodType<T>,
  unreadable: string[],
): T[] {
  const read: T[] = []
  items.forEach((entry, key) => {
    const { item } = checkItem(entry, key, layout, schema)
    if (item) read.push(item)
    else unreadable.push(key)
  })
  return read.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}
