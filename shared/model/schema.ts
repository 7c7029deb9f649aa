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
export const SCHEMA_VERSION = 4

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1-64 letters, digits, _ or -')
export const Timestamp = z.iso.datetime({ offset: true })
export const CalendarDate = z.iso.date()
const ShortText = (max: number) => z.string().trim().max(max)

export const PERSON_GROUPS = ['family', 'network', 'professional'] as const
export const PersonGroup = z.enum(PERSON_GROUPS)
export type PersonGroup = z.infer<typeof PersonGroup>

// ---------------------------------------------------------------------------------------------
// The genogram.

/**
 * The genogram's data: what a person is beyond their name and relationship, how people are
 * related, the households they live in, and the positions someone pinned by hand. Names and
 * relationships are family-facing (shared layer); contact details and consent are professional
 * (`PersonDetails`, professional layer). The drawing itself is derived (`shared/genogram/`) and
 * never stored. Every field added to a person here is optional, so people from before the
 * genogram still read.
 */

const Year = z.number().int().min(1850, 'a year must be 1850 or later').max(2200)

export const GENDERS = ['female', 'male', 'unknown'] as const
export const Gender = z.enum(GENDERS)
export type Gender = z.infer<typeof Gender>

/** A person, or a pregnancy and how it ended: drawn with their own McGoldrick symbols. */
export const PERSON_KINDS = ['person', 'pregnancy', 'miscarriage', 'stillbirth'] as const
export const PersonKind = z.enum(PERSON_KINDS)
export type PersonKind = z.infer<typeof PersonKind>

/** When someone was born: a date, or an age someone gave on a day (so it can grow older). */
export const Birth = z.union([
  z.object({ date: CalendarDate }).strict(),
  z.object({ approximateAge: z.number().int().min(0).max(120), givenOn: CalendarDate }).strict(),
])
export type Birth = z.infer<typeof Birth>

/** Someone who has died; the date may not be known. */
export const Death = z.object({ date: CalendarDate.nullable() }).strict()
export type Death = z.infer<typeof Death>

/** Safety circles: how close to the child a person is, by how much they know and can help. */
export const SAFETY_CIRCLES = ['inner', 'middle', 'outer'] as const
export const SafetyCircle = z.enum(SAFETY_CIRCLES)
export type SafetyCircle = z.infer<typeof SafetyCircle>

/** The genogram's fields of a person (shared layer), all optional. Merged into `Person`. */
export const PersonGenogramFields = {
  knownAs: ShortText(80).optional(),
  gender: Gender.optional(),
  kind: PersonKind.optional(),
  birth: Birth.nullable().optional(),
  died: Death.nullable().optional(),
  /** The household they live in (`households`), if any. */
  householdId: Id.nullable().optional(),
  /** How often they see the child: "every Saturday". */
  seesChild: ShortText(200).optional(),
  /** What support they give the family: "has the children after school". */
  support: ShortText(500).optional(),
  circle: SafetyCircle.nullable().optional(),
  /**
   * Someone taken off the map whose place in the family tree was kept: drawn with their gender's
   * symbol as "Not named", never offered as someone who can take part (`canTakePart`).
   */
  unnamed: z.literal(true).optional(),
}

export const CONSENT_TO_CONTACT = ['yes', 'no', 'notAsked'] as const
export const ConsentToContact = z.enum(CONSENT_TO_CONTACT)
export type ConsentToContact = z.infer<typeof ConsentToContact>

/**
 * What professionals alone hold about a person (professional layer, keyed by the person's id):
 * where they live, how to reach them, whether the family consents to them being contacted.
 */
export const PersonDetails = z
  .object({
    personId: Id,
    area: ShortText(200),
    phone: ShortText(40),
    consent: ConsentToContact,
    /** When the family said yes or no; null while not asked. */
    consentOn: CalendarDate.nullable(),
    /** A possible kinship carer, for contingency planning. */
    possibleKinshipCarer: z.boolean(),
  })
  .strict()
export type PersonDetails = z.infer<typeof PersonDetails>

export const COUPLE_STATUSES = ['married', 'livingTogether', 'engaged', 'separated', 'divorced'] as const
export const CoupleStatus = z.enum(COUPLE_STATUSES)
export type CoupleStatus = z.infer<typeof CoupleStatus>

export const PARENT_KINDS = ['birth', 'adopted', 'fostered', 'step'] as const
export const ParentKind = z.enum(PARENT_KINDS)
export type ParentKind = z.infer<typeof ParentKind>

/**
 * The McGoldrick set of emotional relationships. The directed ones (abuse, neglect, focused on,
 * caretaker) are drawn from `fromId` towards `toId`; the others have no direction.
 */
export const EMOTIONAL_KINDS = [
  'close',
  'fused',
  'distant',
  'conflict',
  'hostile',
  'closeHostile',
  'cutOff',
  'cutOffRepaired',
  'physicalAbuse',
  'emotionalAbuse',
  'sexualAbuse',
  'neglect',
  'focusedOn',
  'caretaker',
] as const
export const EmotionalKind = z.enum(EMOTIONAL_KINDS)
export type EmotionalKind = z.infer<typeof EmotionalKind>
export const DIRECTED_EMOTIONAL_KINDS: ReadonlySet<EmotionalKind> = new Set(['physicalAbuse', 'emotionalAbuse', 'sexualAbuse', 'neglect', 'focusedOn', 'caretaker'])

/** How two people are related (shared layer `relationships`, one plain value per relationship). */
export const Relationship = z.discriminatedUnion('kind', [
  z
    .object({
      id: Id,
      kind: z.literal('couple'),
      partnerIds: z.tuple([Id, Id]),
      status: CoupleStatus,
      /** The year they married or got together. */
      from: Year.nullable(),
      /** The year they separated or divorced. */
      to: Year.nullable(),
    })
    .strict(),
  z.object({ id: Id, kind: z.literal('parent'), parentId: Id, childId: Id, parentKind: ParentKind }).strict(),
  z.object({ id: Id, kind: z.literal('twins'), personIds: z.tuple([Id, Id]), identical: z.boolean() }).strict(),
  z.object({ id: Id, kind: z.literal('emotional'), fromId: Id, toId: Id, emotionalKind: EmotionalKind }).strict(),
])
export type Relationship = z.infer<typeof Relationship>

/** People who live together, drawn as a boundary around them. Who lives there is each person's `householdId`. */
export const Household = z.object({ id: Id, name: ShortText(120) }).strict()
export type Household = z.infer<typeof Household>

/** A position someone fixed by hand (shared layer `genogramPins`, keyed by person id). */
export const GenogramPin = z.object({ x: z.number().finite(), y: z.number().finite() }).strict()
export type GenogramPin = z.infer<typeof GenogramPin>

// ---------------------------------------------------------------------------------------------
// People

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
  ...PersonGenogramFields,
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
