import { describe, expect, it } from 'vitest'
import { readabilityBadges, readingAge, readingGrade } from '../../shared/coach/index.js'

const subject = { kind: 'statement', id: 's1', part: 'fear' } as const

const PROFESSIONAL =
  "Professionals remain concerned regarding the cumulative impact of parental alcohol misuse and domestic abuse on the children's emotional wellbeing and developmental outcomes, notwithstanding recent engagement."
const PLAIN =
  'Dean will not drink when he has the children. Maureen will come round on the nights Sophie works. Ellie and Jack will go to bed on time. They will feel safe at home.'

describe('reading level of family-facing text', () => {
  it.each([
    ['a professional summary', PROFESSIONAL],
    [
      'one long sentence',
      'Priya (social worker) and Gareth (Ellie\'s teacher) are worried that when Dean has been drinking he shouts at Sophie and grabs her, and that Ellie and Jack could be hurt if they are near, and will keep being frightened at home.',
    ],
    [
      'a goal written as a service plan',
      'Sophie and Dean will demonstrate sustained improvement in their parenting capacity and will evidence consistent, appropriate supervision of the children throughout the duration of the child protection plan.',
    ],
  ])('flags %s, giving its reading age', (_kind, text) => {
    const grade = readingGrade(text)!
    expect(grade).toBeGreaterThan(3)
    expect(readabilityBadges(text, subject)).toEqual([
      { subject, check: 'readability', message: `This reads at about age ${readingAge(grade)}; aim for a 7-year-old: shorter sentences, everyday words.` },
    ])
  })

  it.each([
    ['short sentences of everyday words', PLAIN],
    [
      'a child-friendly statement',
      'When Daddy drinks he gets cross. He shouts at Mummy and grabs her. Ellie and Jack get scared. They could get hurt if they are close by.',
    ],
  ])('leaves %s alone', (_kind, text) => {
    expect(readingGrade(text)!).toBeLessThanOrEqual(3)
    expect(readabilityBadges(text, subject)).toEqual([])
  })

  it('does not score a text of under 20 words, however hard it is', () => {
    const text = 'Notwithstanding considerable multi-agency intervention, parental engagement remains inconsistent and superficial.'
    expect(readingGrade(text)).toBeNull()
    expect(readabilityBadges(text, subject)).toEqual([])
  })

  it('takes the threshold a council sets', () => {
    expect(readabilityBadges(PROFESSIONAL, subject, 30)).toEqual([])
    expect(readabilityBadges(PLAIN, subject, 0)).toHaveLength(1)
  })

  it('gives a professional summary the reading age of a young adult', () => {
    expect(readingAge(readingGrade(PROFESSIONAL)!)).toBeGreaterThanOrEqual(18)
  })

  it('does not end a sentence at "e.g." or "s.47"', () => {
    const withAbbreviations = 'Ellie is scared at home, e.g. when Dean shouts at night and bangs doors, and the s.47 enquiry found she hides under her bed with Jack.'
    const asOneSentence = 'Ellie is scared at home, eg when Dean shouts at night and bangs doors, and the s47 enquiry found she hides under her bed with Jack.'
    // Split into three sentences, the grade would fall by about seven.
    expect(Math.abs(readingGrade(withAbbreviations)! - readingGrade(asOneSentence)!)).toBeLessThan(1)
  })
})
