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
export const SCHEMA_VERSION = 3

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1-64 letters, digits, _ or -')
export const Timestamp = z.iso.datetime({ offset: true })
export const CalendarDate = z.iso.date()
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

// ---------------------------------------------------------------------------------------------
// The analysis: danger statements with their paired safety goals, bottom lines, next steps.
// These are the plain shapes readers get; `layers.ts` and the accessors say how Yjs carries them.

/** The longest one part of a statement, goal, bottom line or next step may be. A statement a
 * child could follow is a few sentences; this only stops a runaway paste. */
export const PART_TEXT_MAX = 5000
const PartText = z.string().max(PART_TEXT_MAX, `a part can be at most ${PART_TEXT_MAX} characters`)

/** Paired one-to-one with its danger statement, inside it (see `danger-statements.ts`). */
export const SafetyGoal = z
  .object({
    /** What will be happening differently in the care of the child. */
    different: PartText,
    /** Who needs to be convinced. */
    convinced: z.array(PersonRef).max(20),
    /** For how long: "six months". */
    howLong: ShortText(80),
    /** What we need to see. */
    evidence: PartText,
    /** The safety network: people on the map. */
    networkPersonIds: z.array(Id).max(40),
  })
  .strict()
export type SafetyGoal = z.infer<typeof SafetyGoal>

/** A danger statement ("worry statement" under Signs of Wellbeing and Signs of Success). */
export const DangerStatement = z
  .object({
    id: Id,
    /** Who is worried: people on the map, or unlisted names with their roles. */
    worried: z.array(PersonRef).max(20),
    /** What specific behaviour or circumstance we are worried about. */
    behaviour: PartText,
    /** What we fear will happen to the child if nothing changes. */
    fear: PartText,
    /** The harm and complicating-factor cards it rests on. */
    linkedCardIds: z.array(Id).max(50),
    createdBy: Id,
    createdAt: Timestamp,
    goal: SafetyGoal,
  })
  .strict()
export type DangerStatement = z.infer<typeof DangerStatement>

/**
 * An agency's bottom line for one statement and goal pair, and what happens if it is not met.
 * `statementId` is null only when its statement was deleted and the bottom line kept: it then
 * needs someone's attention (`itemsNeedingAttention`).
 */
export const BottomLine = z
  .object({ id: Id, statementId: Id.nullable(), condition: PartText, contingency: PartText })
  .strict()
export type BottomLine = z.infer<typeof BottomLine>

export const NEXT_STEP_STATUSES = ['open', 'done', 'dropped'] as const
export const NextStepStatus = z.enum(NEXT_STEP_STATUSES)
export type NextStepStatus = z.infer<typeof NextStepStatus>

/** Who owns a next step: a person (on the map or not), or an agency as a whole. */
export const NextStepOwner = z.union([
  PersonRef,
  z.object({ agency: ShortText(120).min(1, 'an agency that owns a step needs its name') }).strict(),
])
export type NextStepOwner = z.infer<typeof NextStepOwner>

export const NextStep = z
  .object({
    id: Id,
    action: PartText,
    owner: NextStepOwner.nullable(),
    due: CalendarDate.nullable(),
    /** The statement and goal pair it serves; null for a step that serves the whole plan. */
    statementId: Id.nullable(),
    status: NextStepStatus,
  })
  .strict()
export type NextStep = z.infer<typeof NextStep>

/** As stored, bottom lines and next steps also carry when they were made: it orders the list. */
export const StoredBottomLine = BottomLine.extend({ createdAt: Timestamp })
export const StoredNextStep = NextStep.extend({ createdAt: Timestamp })

/** A pair's words as they were agreed: what a later change is measured against. */
export const AgreedPair = z.object({ worried: DangerStatement.shape.worried, behaviour: PartText, fear: PartText, goal: SafetyGoal }).strict()
export type AgreedPair = z.infer<typeof AgreedPair>

/**
 * Agreement of a pair, written by the server (`agree-pair`). Meetings come in a later issue.
 * `pair` is optional only because agreements recorded before it was kept have none.
 */
export const PairAgreement = z.object({ byUserId: Id, at: Timestamp, meetingId: Id.nullable(), pair: AgreedPair.optional() }).strict()
export type PairAgreement = z.infer<typeof PairAgreement>

/**
 * Where a statement and goal pair stands, in the record layer, keyed by statement id. `earlier`
 * holds the agreements a later one replaced, oldest first (absent until a pair is agreed again).
 */
export const PairStatus = z
  .object({ sharedOn: CalendarDate.nullable(), agreed: PairAgreement.nullable(), earlier: z.array(PairAgreement).optional() })
  .strict()
export type PairStatus = z.infer<typeof PairStatus>

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
