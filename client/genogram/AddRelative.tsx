import { useState } from 'react'
import { COUPLE_STATUSES, newId, PARENT_KINDS, Person, type CoupleStatus, type ParentKind, type Relationship } from '../../shared/model'
import { addRelationship, addRelative, GenogramRefusal, relationshipRefusal, type NewRelationship, type Relation } from '../../shared/model/genogram'
import { londonToday } from '../../shared/london-time'
import { personName } from '../map/peopleToChoose'
import { detailsDraft, personDraft, type DetailsDraft, type PersonFields } from '../map/personDraft'
import { PersonForm } from '../map/PersonForm'
import { saveDetails } from '../map/savePerson'
import { useGenogramOnCanvas } from './genogram-context'
import { COUPLE_STATUS_NAMES, PARENT_KIND_NAMES } from './relationshipWords'

export const RELATION_LABELS: Record<Relation, string> = {
  partner: 'Add partner',
  child: 'Add child',
  parent: 'Add parent',
  sibling: 'Add brother or sister',
}

const RELATION_HEADINGS: Record<Relation, string> = {
  partner: 'A partner of',
  child: 'A child of',
  parent: 'A parent of',
  sibling: 'A brother or sister of',
}

const NO_OTHER_PARENT = 'none'

interface AddRelativeProps {
  from: Person
  relation: Relation
  onAdded(personId: string): void
  onCancel(): void
}

/**
 * A new person as someone's partner, child, parent, or brother or sister: the person form, with
 * how they are related. The person and their relationships arrive in one change, so nobody sees
 * them half-way; a refusal is shown in the form and nothing is written.
 */
export function AddRelative({ from, relation, onAdded, onCancel }: AddRelativeProps) {
  const { docs, genogram, editsDetails, audience } = useGenogramOnCanvas()
  const partners = genogram.relationships.flatMap((r) => (r.kind === 'couple' && r.partnerIds.includes(from.id) ? r.partnerIds.filter((id) => id !== from.id) : []))
  const partnerPeople = partners.flatMap((id) => genogram.people.find((person) => person.id === id) ?? [])
  const [otherParent, setOtherParent] = useState(partners.length === 1 ? partners[0] : partners.length === 0 ? NO_OTHER_PARENT : '')
  const [coupleStatus, setCoupleStatus] = useState<CoupleStatus>('livingTogether')
  const [parentKind, setParentKind] = useState<ParentKind>('birth')
  // A second parent of the same kind may be recorded as a couple with the first.
  const parentsOfFrom = genogram.relationships.flatMap((r) => (r.kind === 'parent' && r.childId === from.id && r.parentKind === parentKind ? [r.parentId] : []))
  const otherParentOfFrom = parentsOfFrom.length === 1 ? genogram.people.find((person) => person.id === parentsOfFrom[0]) : undefined
  const [withOtherParent, setWithOtherParent] = useState<CoupleStatus | ''>('')
  // A new partner may be the other birth parent of children who have only one so far.
  const birthParentsOf = (childId: string) => genogram.relationships.filter((r) => r.kind === 'parent' && r.childId === childId && r.parentKind === 'birth').length
  const fromsChildren = genogram.relationships.flatMap((r) => (r.kind === 'parent' && r.parentId === from.id && r.parentKind === 'birth' && birthParentsOf(r.childId) === 1 ? [r.childId] : []))
  const children = fromsChildren.flatMap((childId) => genogram.people.find((person) => person.id === childId) ?? [])
  const [theirChildren, setTheirChildren] = useState<string[]>([])
  const id = `relative-${from.id}-${relation}`
  const name = personName(from)

  function save(fields: PersonFields, details: DetailsDraft | null) {
    if (relation === 'child' && otherParent === '') throw new Error(`Choose the child’s other parent, or say there is none on the genogram.`)
    const options =
      relation === 'partner' ? { coupleStatus }
      : relation === 'child' ? { otherParentId: otherParent === NO_OTHER_PARENT ? null : otherParent, parentKind }
      : relation === 'parent' ? { parentKind, ...(withOtherParent ? { coupleStatus: withOtherParent } : {}) }
      : {}
    const personId = relation === 'partner' && theirChildren.length > 0 ? addPartnerAndParent(fields) : addRelative(docs.shared, from.id, relation, fields, options)
    saveDetails(docs, personId, details)
    onAdded(personId)
  }

  /** The partner, the couple and their children's lines in one change, every line checked before any is written. */
  function addPartnerAndParent(fields: PersonFields): string {
    const id = newId()
    const newcomer = Person.parse({ userId: null, ...fields, id })
    const couple: Relationship = { id: 'new', kind: 'couple', partnerIds: [from.id, id], status: coupleStatus, from: null, to: null }
    const withThem = { people: [...genogram.people, newcomer], relationships: [...genogram.relationships, couple] }
    const links: NewRelationship[] = theirChildren.map((childId) => ({ kind: 'parent', parentId: id, childId, parentKind: 'birth' }))
    for (const link of links) {
      const refusal = relationshipRefusal(withThem, link)
      if (refusal) throw new GenogramRefusal(refusal)
    }
    docs.shared.transact(() => {
      addRelative(docs.shared, from.id, 'partner', { ...fields, id }, { coupleStatus })
      for (const link of links) addRelationship(docs.shared, link)
    })
    return id
  }

  return (
    <section className="genogram-panel__section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {RELATION_HEADINGS[relation]} {name}
      </h3>
      <PersonForm
        id={id}
        initial={personDraft({ group: from.group === 'professional' ? 'family' : from.group }, londonToday())}
        initialDetails={editsDetails ? detailsDraft(null) : null}
        households={genogram.households}
        showAgency={audience === 'professional'}
        submitLabel={RELATION_LABELS[relation]}
        onSave={save}
        onCancel={onCancel}
      >
        {relation === 'partner' && (
          <div className="field">
            <label htmlFor={`${id}-status`}>How they are together</label>
            <select id={`${id}-status`} value={coupleStatus} onChange={(event) => setCoupleStatus(event.target.value as CoupleStatus)}>
              {COUPLE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {COUPLE_STATUS_NAMES[status]}
                </option>
              ))}
            </select>
          </div>
        )}
        {relation === 'partner' && children.length > 0 && (
          <fieldset className="fieldset fieldset--compact">
            <legend>Also the birth parent of</legend>
            {children.map((child) => (
              <div key={child.id} className="choice">
                <input
                  id={`${id}-child-${child.id}`}
                  type="checkbox"
                  checked={theirChildren.includes(child.id)}
                  onChange={(event) => setTheirChildren(event.target.checked ? [...theirChildren, child.id] : theirChildren.filter((other) => other !== child.id))}
                />
                <label htmlFor={`${id}-child-${child.id}`}>{personName(child)}</label>
              </div>
            ))}
          </fieldset>
        )}
        {relation === 'child' && (
          <div className="field">
            <label htmlFor={`${id}-other-parent`}>Other parent</label>
            <select id={`${id}-other-parent`} value={otherParent} onChange={(event) => setOtherParent(event.target.value)}>
              {otherParent === '' && (
                <option value="" disabled>
                  Choose…
                </option>
              )}
              {partnerPeople.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {personName(partner)}
                </option>
              ))}
              <option value={NO_OTHER_PARENT}>No other parent on the genogram</option>
            </select>
          </div>
        )}
        {(relation === 'child' || relation === 'parent') && (
          <div className="field">
            <label htmlFor={`${id}-kind`}>Kind of parent</label>
            <select id={`${id}-kind`} value={parentKind} onChange={(event) => setParentKind(event.target.value as ParentKind)}>
              {PARENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {PARENT_KIND_NAMES[kind]}
                </option>
              ))}
            </select>
          </div>
        )}
        {relation === 'parent' && otherParentOfFrom && (
          <div className="field">
            <label htmlFor={`${id}-with-other`}>With {personName(otherParentOfFrom)}</label>
            <select id={`${id}-with-other`} value={withOtherParent} onChange={(event) => setWithOtherParent(event.target.value as CoupleStatus | '')}>
              <option value="">Not recorded as a couple</option>
              {COUPLE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {COUPLE_STATUS_NAMES[status]}
                </option>
              ))}
            </select>
          </div>
        )}
      </PersonForm>
    </section>
  )
}
