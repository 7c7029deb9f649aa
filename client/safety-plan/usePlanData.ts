import { useCallback } from 'react'
import type * as Y from 'yjs'
import { readPlanRecord, readSafetyPlan, type PlanRecord, type SafetyPlan } from '../../shared/model'
import { useDocumentsReading } from '../yjs/useDocumentsReading'

export interface PlanData {
  /** The family's plan (shared layer). */
  plan: SafetyPlan
  /** Its agreements and the copies given out (record layer, written by the server). */
  planRecord: PlanRecord
}

const read = (shared: Y.Doc, record: Y.Doc): PlanData => ({ plan: readSafetyPlan(shared), planRecord: readPlanRecord(record) })

/** The safety plan and what the server recorded of it, read again on every change to either layer. */
export function usePlanData(shared: Y.Doc, record: Y.Doc): PlanData {
  return useDocumentsReading([shared, record], useCallback(() => read(shared, record), [shared, record]))
}
