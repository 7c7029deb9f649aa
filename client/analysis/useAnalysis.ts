import { useCallback, useMemo } from 'react'
import type * as Y from 'yjs'
import { coachAnalysis, type Badge, type CoachOptions } from '../../shared/coach'
import {
  readBottomLines,
  readDangerStatements,
  readNextSteps,
  readPairStatus,
  readPeople,
  readPlanRules,
  readSettings,
  type BottomLine,
  type DangerStatement,
  type NextStep,
  type PairStatus,
  type Person,
  type PlanRule,
} from '../../shared/model'
import { londonToday } from '../../shared/london-time'
import { useDocumentsReading } from '../yjs/useDocumentsReading'

export interface Analysis {
  statements: DangerStatement[]
  bottomLines: BottomLine[]
  nextSteps: NextStep[]
  people: Person[]
  pairStatus: Record<string, PairStatus>
  /** The people the map is about: children, never their own safety network. */
  childIds: string[]
  /** The safety plan's rules: which statements they answer is shown beside each pair. */
  planRules: PlanRule[]
}

// The coach caches its compiled word lists by the options' identity: pass the same object each time.
const COACH_OPTIONS: CoachOptions = {}

/**
 * The map's analysis as plain data, read again on every change to the shared or record layer. The
 * same readers as `readCaseMap`, without the cards the analysis does not show (reading every card
 * on each keystroke would be waste).
 */
export function useAnalysisData(shared: Y.Doc, record: Y.Doc): Analysis {
  return useDocumentsReading([shared, record], useCallback(() => read(shared, record), [shared, record]))
}

/** The analysis and the practice coach's badges over it. */
export function useAnalysis(shared: Y.Doc, record: Y.Doc): { analysis: Analysis; badges: Badge[]; today: string } {
  const analysis = useAnalysisData(shared, record)
  const today = londonToday()
  const badges = useMemo(() => coachAnalysis({ ...analysis, today }, COACH_OPTIONS), [analysis, today])
  return { analysis, badges, today }
}

function read(shared: Y.Doc, record: Y.Doc): Analysis {
  return {
    statements: readDangerStatements(shared),
    bottomLines: readBottomLines(shared),
    nextSteps: readNextSteps(shared),
    people: readPeople(shared),
    pairStatus: readPairStatus(record),
    childIds: readSettings(record)?.childIds ?? [],
    planRules: readPlanRules(shared),
  }
}

/** The badges about one record (and part, when given). */
export function badgesFor(badges: readonly Badge[], kind: Badge['subject']['kind'] | readonly Badge['subject']['kind'][], id: string, part?: string): Badge[] {
  const kinds: readonly string[] = typeof kind === 'string' ? [kind] : kind
  return badges.filter((badge) => kinds.includes(badge.subject.kind) && badge.subject.id === id && (part === undefined || badge.subject.part === part))
}
