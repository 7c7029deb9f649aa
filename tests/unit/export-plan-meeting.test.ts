import { describe, expect, it } from 'vitest'
import { createDangerStatement, deleteDangerStatement } from '../../shared/model/danger-statements.js'
import { readMapReading } from '../../shared/model/map-reading.js'
import { readMeeting, writeMeeting } from '../../shared/model/meetings.js'
import { addPlanRule, readPlanRules } from '../../shared/model/plan-rules.js'
import { recordPlanCopy } from '../../shared/model/plan-record.js'
import { readPeople } from '../../shared/model/case-map.js'
import { addNextStep } from '../../shared/model/next-steps.js'
import { writeScalingRound } from '../../shared/model/scaling.js'
import { buildReport } from '../../server/export/build-report.js'
import { readExportSource } from '../../server/export/read-map.js'
import { EXPORTED_AT, haleFamilyDocs, PRIYA_USER_ID, PROFESSIONAL_ONLY_WORDS } from '../support/export-fixture.js'
import { rendered, reportOf, template } from '../support/exports.js'

const markdownOf = async (docs: ReturnType<typeof haleFamilyDocs>, id: string) => (await rendered(reportOf(docs, template(id)), 'markdown')).toString('utf8')

describe('the safety plan block', () => {
  it('shows what answers each statement, says plainly what nothing answers, and keeps a rule tied to a deleted statement as needing attention', async () => {
    const docs = haleFamilyDocs()
    const people = readPeople(docs.shared)
    const sophie = people.find((person) => person.name === 'Sophie Hale')!.id
    createDangerStatement(docs.shared, { createdBy: PRIYA_USER_ID, behaviour: 'Dean drives the children after drinking', fear: 'they could be hurt in a crash' })
    const gone = createDangerStatement(docs.shared, { createdBy: PRIYA_USER_ID, behaviour: 'a worry written in error', fear: 'nothing' })
    addPlanRule(docs.shared, { writtenBy: { personId: sophie }, what: 'Sophie keeps the car keys.', statementIds: [gone], personIds: [sophie] })
    deleteDangerStatement(docs.shared, gone, { bottomLines: 'delete', nextSteps: 'delete' })

    const markdown = await markdownOf(docs, 'child-and-family-assessment')
    expect(markdown).toContain('- **Danger statement 1:** Priya Shah, Gareth Owusu and Maureen Hale are worried that when Dean has been drinking')
    expect(markdown).toContain('  Answered by rule 1 and rule 2.')
    expect(markdown).toContain('- **Danger statement 2:** We are worried that Dean drives the children after drinking')
    expect(markdown).toContain('  **Not covered: no rule answers it yet.**')
    expect(markdown).toContain('**Needs attention: rule 3 answers a danger statement that has been deleted.**')
    expect(markdown).toContain('Sophie keeps the car keys.')
    expect(markdown).toContain('**Answers:** a deleted statement (needs attention)')
    expect(markdown).toContain('- a rule that answers danger statement 2')
  })

  it('gives the family their plan in plain words, with nothing for professionals only', async () => {
    const docs = haleFamilyDocs()
    const maureen = readPeople(docs.shared).find((person) => person.name === 'Maureen Hale')!.id
    recordPlanCopy(docs.record, { id: 'copy-1', personId: maureen, how: 'handedOver', agreementId: 'agreement-1', byUserId: PRIYA_USER_ID, at: '2026-11-18T09:00:00Z' })
    const family = await markdownOf(docs, 'family-copy')
    for (const rule of readPlanRules(docs.shared)) expect(family).toContain(rule.what)
    expect(family).toContain('If the plan cannot be kept, or Dean looks after the children on his own')
    expect(family).toContain('Ellie’s blue bear')
    expect(family).not.toContain(PROFESSIONAL_ONLY_WORDS)
    expect(family).not.toMatch(/Copies given|Handed over in person|Draft:|Danger statement|\(mother\)|\(maternal grandmother\)/)

    const professional = await markdownOf(docs, 'child-and-family-assessment')
    expect(professional).toContain('Copies given')
    expect(professional).toContain('| Maureen Hale (maternal grandmother) | Handed over in person | 18/11/2026 |')
  })
})

describe('the meeting record', () => {
  it('lists who attended and the round’s revealed numbers, never a sealed round’s', async () => {
    const docs = haleFamilyDocs()
    // Belt and braces: even a document holding a sealed round's numbers before the reveal never shows them.
    const sophie = { personId: readPeople(docs.shared).find((person) => person.name === 'Sophie Hale')!.id }
    const question = { id: 'question-overall', statementId: null, question: 'How safe are Ellie and Jack at home?', zero: 'a', ten: 'b', createdAt: '2026-11-03T09:00:00Z' }
    const sealed = { questionId: question.id, person: sophie, score: 9, reason: 'A sealed reason nobody may read yet.', enteredBy: { userId: PRIYA_USER_ID }, at: '2026-11-17T10:47:00Z' }
    writeScalingRound(docs.record, {
      id: 'round-sealed',
      meetingId: 'meeting-2',
      questions: [question],
      mode: 'sealed',
      state: 'open',
      openedBy: PRIYA_USER_ID,
      openedAt: '2026-11-17T10:46:30Z',
      revealedAt: null,
      closedAt: null,
      answered: [{ questionId: question.id, person: sophie, at: sealed.at }],
      answers: [sealed],
    })
    for (const id of ['meeting-record', 'meeting-record-family']) {
      const markdown = await markdownOf(docs, id)
      expect(markdown).toContain('### Core group 17/11/2026')
      expect(markdown).toMatch(/Priya Shah( \(social worker\))?, Sophie Hale( \(mother\))?, Maureen Hale( \(maternal grandmother\))?\. Facilitated by Priya Shah/)
      expect(markdown).toMatch(/\| Sophie Hale( \(mother\))? \| 7 \| Dean has not looked after them on his own since the meeting\. \|/)
      expect(markdown).not.toContain('A sealed reason nobody may read yet.')
      expect(markdown).not.toMatch(/\| 9 \|/)
      expect(markdown).not.toContain(PROFESSIONAL_ONLY_WORDS)
    }
  })

  it('is made from the map as a closed meeting left it, not as it is now', () => {
    const docs = haleFamilyDocs()
    const atClose = readMapReading(docs)
    const meeting = readMeeting(docs.record, 'meeting-2')!
    writeMeeting(docs.record, { ...meeting, closed: { at: '2026-11-17T12:30:00Z', byUserId: PRIYA_USER_ID, checkpointId: 'checkpoint-2' } })
    addNextStep(docs.shared, { action: 'A step added after the meeting closed.' })
    const source = readExportSource(docs, { mapId: 'map-hale', audience: 'professional', now: EXPORTED_AT, meeting: { meeting: readMeeting(docs.record, 'meeting-2')!, reading: atClose } })
    const words = JSON.stringify(buildReport(source, template('meeting-record')))
    expect(words).toContain('Closed on 17/11/2026.')
    expect(words).not.toContain('A step added after the meeting closed.')
  })
})
