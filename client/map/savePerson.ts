import type * as Y from 'yjs'
import { addPerson, updatePerson } from '../../shared/model'
import { readPersonDetails, writePersonDetails } from '../../shared/model/genogram'
import { detailsDraft, type DetailsDraft, type PersonFields } from './personDraft'

/**
 * Writes what the person form saved: the person in the shared layer and, when the form had them,
 * their contact details in the professional layer. Returns the person's id.
 */
export function savePerson(docs: { shared: Y.Doc; professional?: Y.Doc }, personId: string | null, fields: PersonFields, details: DetailsDraft | null): string {
  const id = personId ?? addPerson(docs.shared, fields)
  if (personId) updatePerson(docs.shared, personId, fields)
  saveDetails(docs, id, details)
  return id
}

/** Only what changed is written: someone who was given no details gets no record of them. */
export function saveDetails(docs: { professional?: Y.Doc }, personId: string, details: DetailsDraft | null): void {
  if (!details || !docs.professional) return
  const before = detailsDraft(readPersonDetails(docs.professional, personId))
  const change = Object.fromEntries(Object.entries(details).filter(([key, value]) => before[key as keyof DetailsDraft] !== value))
  if (Object.keys(change).length > 0) writePersonDetails(docs.professional, personId, change)
}
