import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { problemsOf } from '../support/layer-probe.js'
import { DEFAULT_TEN, DEFAULT_ZERO, watchLayerChanges, writeScalingQuestion, type ScalingQuestion } from '../../shared/model/index.js'

const question: ScalingQuestion = { id: 'q1', statementId: null, question: 'Overall, how safe are the children?', zero: DEFAULT_ZERO, ten: DEFAULT_TEN, createdAt: '2026-11-03T10:00:00.000Z' }

describe('scaling in the record layer', () => {
  it('is written by the server only: a browser writing a question, a round or a judgement is refused', () => {
    for (const root of ['scalingQuestions', 'meetings', 'scalingRounds', 'judgements']) {
      expect(problemsOf('record', (doc) => doc.getMap(root).set('x', {})).join('\n'), root).toContain(`only the server may change "${root}"`)
    }
  })

  it('is not part of the layers a browser writes', () => {
    expect(problemsOf('shared', (doc) => writeScalingQuestion(doc, question))).toContain('"scalingQuestions" is not part of the shared layer')
  })

  it('holds only entries that fit their schema, even from the server', () => {
    const record = new Y.Doc()
    const watcher = watchLayerChanges(record, 'record')
    writeScalingQuestion(record, question)
    expect(watcher.takeProblems({ asServer: true })).toEqual([])
    record.getMap('scalingQuestions').set('q2', { ...question, id: 'q2', zero: '' })
    record.getMap('judgements').set('j1', { id: 'j1', score: 11, reason: 'Too high.', meetingId: null, byUserId: 'u1', at: '2026-11-03T10:00:00.000Z' })
    expect(watcher.takeProblems({ asServer: true })).toEqual([
      'scalingQuestions q2: zero: What 0 means cannot be empty.',
      'judgements j1: score: A scaling number is a whole number from 0 to 10.',
    ])
  })
})
