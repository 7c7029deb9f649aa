import { z } from 'zod'
import { Domain, Framework } from '../framework.js'

/**
 * The zod schemas of everything a map document holds, as plain data (what `Y.Map#toJSON` gives,
 * minus rich-text fragments). The Yjs layout that carries them is in `layers.ts`.
 */

export const LAYERS = ['shared', 'professional', 'record'] as const
export const Layer = z.enum(LAYERS)
export type Layer = z.infer<typeof Layer>

/** The document schema version this code writes; the server migrates older documents on load. */
export const SCHEMA_VERSION = 1

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1-64 letters, digits, _ or -')
const Timestamp = z.iso.datetime({ offset: true })
const CalendarDate = z.iso.date()
const ShortText = (max: number) => z.string().trim().max(max)

export const PERSON_GROUPS = ['family', 'network', 'professional'] as const
export const PersonGroup = z.enum(PERSON_GROUPS)
export type PersonGroup = z.infer<typeof PersonGroup>

/** A person on the map: family, network or professional. One person, one record, many views. */
export const Person = z.object({
  id: Id,
  name: ShortText(120).min(1, 'a person needs a name'),
  /** Relationship to the child for family and network ("maternal grandmother"), or role. */
  relationship: ShortText(120),
  agency: ShortText(120),
  group: PersonGroup,
  /** The staff account this person is, when they are a member of staff. */
  userId: Id.nullable(),
})
export type Person = z.infer<typeof Person>

/** Who said something: a person on the map, or an unlisted name with a role or agency. */
export const PersonRef = z.union([
  z.object({ personId: Id }).strict(),
  z
    .object({
      name: ShortText(120).min(1, 'an unlisted person needs a name'),
      role: ShortText(120).min(1, 'an unlisted person needs a role, relationship or agency'),
    })
    .strict(),
])
export type PersonRef = z.infer<typeof PersonRef>

export const KNOWLEDGE_KINDS = ['fact', 'observation', 'opinion', 'childsWords', 'thirdParty'] as const
export const Knowledge = z.enum(KNOWLEDGE_KINDS)
export type Knowledge = z.infer<typeof Knowledge>

export const KNOWLEDGE_NAMES: Record<Knowledge, string> = {
  fact: 'Fact',
  observation: 'Observation',
  opinion: 'Opinion',
  childsWords: "The child's own words",
  thirdParty: 'Third-party information',
}

/** When a card holds the child's own words: who heard them, and when. */
export const ChildsWords = z.object({ heardBy: PersonRef, heardOn: CalendarDate }).strict()
export type ChildsWords = z.infer<typeof ChildsWords>

/** The fields of a card other than its rich-text body. */
export const CardFields = z
  .object({
    id: Id,
    domain: Domain,
    knowledge: Knowledge,
    source: PersonRef.nullable(),
    agency: ShortText(120),
    childIds: z.array(Id).max(20),
    childsWords: ChildsWords.nullable(),
    createdBy: Id,
    createdAt: Timestamp,
  })
  .strict()
export type CardFields = z.infer<typeof CardFields>

/** A card as views and exports read it: its fields plus its text as plain paragraphs. */
export type Card = CardFields & { layer: 'shared' | 'professional'; text: string }

export const NoneIdentified = z.object({ by: Id, at: Timestamp }).strict()
export type NoneIdentified = z.infer<typeof NoneIdentified>

export const MapSettings = z
  .object({
    title: ShortText(200).min(1, 'a map needs a title'),
    framework: Framework,
    /** People (in the shared layer) this map is about. */
    childIds: z.array(Id).max(20),
  })
  .strict()
export type MapSettings = z.infer<typeof MapSettings>

/**
 * A tldraw record kept in a layer's canvas. The server does not know tldraw; it checks only what it
 * relies on: the record's kind and id, and that a card shape names a card.
 */
export const CanvasRecord = z.looseObject({
  id: z.string().regex(/^(shape|binding):[A-Za-z0-9_:-]{1,100}$/),
  typeName: z.enum(['shape', 'binding']),
  type: z.string().min(1).max(64),
})
export type CanvasRecord = z.infer<typeof CanvasRecord>

export const CARD_SHAPE_TYPE = 'kinmap-card'
export const CardShapeProps = z.looseObject({ cardId: Id, w: z.number().positive(), h: z.number().positive() })

export const Meta = z.object({ schemaVersion: z.number().int().positive() }).strict()
