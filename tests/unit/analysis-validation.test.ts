import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { problemsOf } from '../support/layer-probe.js'
import {
  addBottomLine,
  addNextStep,
  addPerson,
  addToPair,
  createDangerStatement,
  nextStepAction,
  pairText,
  recordPairAgreed,
  recordPairShared,
  updateNextStep,
  watchLayerChanges,
} from '../../shared/model/index.js'


const statementIn = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>('statements').get(id)!
const goalIn = (doc: Y.Doc, id: string) => statementIn(doc, id).get('goal') as Y.Map<unknown>
const nextStepIn = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>('nextSteps').get(id)!

/** Seeds a map with one person and one empty pair, and hands the pair's id to the edit. */
function withPair(edit: (doc: Y.Doc, id: string, personId: string) => void) {
  let id = ''
  let personId = ''
  return problemsOf(
    'shared',
    (doc) => edit(doc, id, personId),
    (doc) => {
      personId = addPerson(doc, { name: 'Maureen Hale', relationship: 'maternal grandmother', agency: '', group: 'network' })
      id = createDangerStatement(doc, { createdBy: 'user-1' })
    },
  )
}

describe('what a client may write to the analysis', () => {
  it('accepts pairs, bottom lines and next steps made and edited through the accessors', () => {
    expect(
      problemsOf('shared', (doc) => {
        const id = createDangerStatement(doc, { createdBy: 'user-1', behaviour: 'Dean shouts.', worried: [{ name: 'Gareth Owusu', role: 'class teacher' }], goal: { howLong: 'six months' } })
        addBottomLine(doc, { statementId: id, condition: 'Dean is never alone with the children.', contingency: 'We go to court.' })
        addNextStep(doc, { statementId: id, action: 'Meet Maureen.', owner: { agency: "Children's Services" }, due: '2026-11-28' })
      }),
    ).toEqual([])
    expect(
      withPair((doc, id, personId) => {
        pairText(doc, id, 'fear')!.insert(0, [new Y.XmlElement('paragraph')])
        addToPair(doc, id, 'networkPersonIds', personId)
        addToPair(doc, id, 'convinced', { personId })
      }),
    ).toEqual([])
    let step = ''
    const editStep = problemsOf(
      'shared',
      (doc) => {
        updateNextStep(doc, step, { status: 'done', due: null })
        nextStepAction(doc, step)!.insert(0, [new Y.XmlElement('bulletList')])
      },
      (doc) => (step = addNextStep(doc, { action: 'Call Dean.' })),
    )
    expect(editStep).toEqual([])
  })

  it('refuses a statement without its goal, so no browser can make half a pair', () => {
    const problems = withPair((doc, id) => {
      const statement = new Y.Map<unknown>()
      doc.getMap('statements').set('lonely', statement)
      for (const [key, value] of statementIn(doc, id).entries()) if (key !== 'goal') statement.set(key, value instanceof Y.AbstractType ? value.clone() : value)
      statement.set('id', 'lonely')
    })
    expect(problems.join('\n')).toMatch(/statements lonely: goal/)
  })

  it('refuses replacing or removing a part of an existing pair: it would throw away what others are typing', () => {
    expect(withPair((doc, id) => statementIn(doc, id).set('fear', new Y.XmlFragment())).join('\n')).toMatch(/"fear" was made with it/)
    expect(withPair((doc, id) => goalIn(doc, id).set('evidence', new Y.XmlFragment())).join('\n')).toMatch(/"goal.evidence" was made with it/)
    expect(withPair((doc, id) => goalIn(doc, id).delete('convinced')).join('\n')).toMatch(/"goal.convinced" was made with it/)
    expect(withPair((doc, id) => statementIn(doc, id).delete('goal')).join('\n')).toMatch(/"goal" was made with it/)
  })

  it('refuses people who are neither on the map nor named with a role, and ids that are not ids', () => {
    expect(withPair((doc, id) => (statementIn(doc, id).get('worried') as Y.Array<unknown>).push([{ name: 'Dean Marsh' }])).join('\n')).toMatch(/statements .*worried/)
    expect(withPair((doc, id) => (goalIn(doc, id).get('networkPersonIds') as Y.Array<unknown>).push(['not an id!'])).join('\n')).toMatch(/goal.networkPersonIds/)
    expect(withPair((doc, id) => (statementIn(doc, id).get('worried') as Y.Array<unknown>).push([new Y.Map()])).length).toBeGreaterThan(0)
  })

  it('refuses rich text the editors cannot make, text past its length, and a plain string where rich text belongs', () => {
    expect(withPair((doc, id) => pairText(doc, id, 'behaviour')!.insert(0, [new Y.XmlElement('script')])).join('\n')).toMatch(/behaviour: text holds an unknown element "script"/)
    expect(withPair((doc, id) => pairText(doc, id, 'evidence')!.insert(0, [new Y.XmlElement('iframe')])).join('\n')).toMatch(/goal.evidence: text holds an unknown element "iframe"/)
    const long = withPair((doc, id) => {
      const paragraph = new Y.XmlElement('paragraph')
      pairText(doc, id, 'fear')!.insert(0, [paragraph])
      paragraph.insert(0, [new Y.XmlText('x'.repeat(5001))])
    })
    expect(long.join('\n')).toMatch(/fear: a part can be at most 5000 characters/)
    expect(withPair((doc, id) => goalIn(doc, id).set('howLong', 'x'.repeat(81))).join('\n')).toMatch(/goal.howLong/)
    const plain = problemsOf('shared', (doc) => {
      const line = new Y.Map<unknown>()
      doc.getMap('bottomLines').set('b1', line)
      for (const [key, value] of Object.entries({ id: 'b1', statementId: null, createdAt: new Date().toISOString(), condition: 'plain', contingency: 'plain' })) line.set(key, value)
    })
    expect(plain.join('\n')).toMatch(/bottomLines b1: condition must be rich text/)
  })

  it('refuses a next step with a status outside the list, a date that is not ISO, or an unnamed agency', () => {
    let step = ''
    const seed = (doc: Y.Doc) => (step = addNextStep(doc, { action: 'Call Dean.' }))
    expect(problemsOf('shared', (doc) => nextStepIn(doc, step).set('status', 'maybe'), seed).join('\n')).toMatch(/status/)
    expect(problemsOf('shared', (doc) => nextStepIn(doc, step).set('due', '28/11/2026'), seed).join('\n')).toMatch(/due/)
    expect(problemsOf('shared', (doc) => nextStepIn(doc, step).set('owner', { agency: '' }), seed).join('\n')).toMatch(/owner/)
    expect(problemsOf('shared', (doc) => nextStepIn(doc, step).set('secret', 'x'), seed).join('\n')).toMatch(/secret/)
  })

  it('keeps the analysis out of the professionals-only layer', () => {
    expect(problemsOf('professional', (doc) => createDangerStatement(doc, { createdBy: 'user-1' }))).toContain('"statements" is not part of the professional layer')
  })
})

describe('where a pair stands is the server\'s to write', () => {
  it('refuses any client change to it', () => {
    expect(problemsOf('record', (doc) => recordPairShared(doc, 's1', '2026-11-20'))).toContain('only the server may change "pairStatus"')
  })

  it('lets the server record sharing and agreement, and still reports a malformed entry', () => {
    const record = new Y.Doc()
    const watcher = watchLayerChanges(record, 'record')
    recordPairShared(record, 's1', '2026-11-20')
    recordPairAgreed(record, 's1', {
      byUserId: 'user-1',
      at: new Date().toISOString(),
      meetingId: null,
      pair: { worried: [{ name: 'Priya Shah', role: 'social worker' }], behaviour: 'Dean shouts.', fear: 'Ellie is hurt.', goal: { different: 'Calm.', convinced: [], howLong: 'six months', evidence: 'Maureen says.', networkPersonIds: [] } },
    })
    expect(watcher.takeProblems({ asServer: true })).toEqual([])
    record.getMap('pairStatus').set('s2', { sharedOn: '20/11/2026', agreed: null })
    expect(watcher.takeProblems({ asServer: true }).join('\n')).toMatch(/pairStatus s2: sharedOn/)
  })
})
