import { describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { findJargon, jargonBadges, PLAIN_WORDS, PlainWordList, type PlainWord } from '../../shared/coach/index.js'

const found = (text: string, council?: readonly PlainWord[]) => findJargon(text, council).map((match) => match.found)
const subject = { kind: 'statement', id: 's1', part: 'behaviour' } as const

describe('jargon and acronyms a family would not follow', () => {
  it.each([
    ['Concerns re DV and neglect, parents non-engaging with CIN plan.', ['DV', 'neglect', 'non-engaging', 'CIN']],
    ['Ellie and Jack were made subject to CP plans at the ICPC on 12/11/2026.', ['CP', 'ICPC']],
    ['Strategy discussion held and S47 enquiry started.', ['Strategy discussion', 'S47']],
    ['Outcome of the s.47: NFA.', ['s.47', 'NFA']],
    ['Section 47 enquiry completed by Priya.', ['Section 47 enquiry']],
    ['Jack was LAC under s20 for a week in 2025.', ['LAC', 's20']],
    ["Maureen came to the TAF and to the CLA review.", ['TAF', 'CLA review']],
    ['There are safeguarding concerns about substance misuse in the home.', ['safeguarding concerns', 'substance misuse']],
    ['Risk factors include disguised compliance.', ['Risk factors', 'disguised compliance']],
    ['Sophie has been referred to the IDVA and MARAC.', ['IDVA', 'MARAC']],
    ["Dean's non engagement with the CAMHS worker.", ['non engagement', 'CAMHS']],
    ['Tasha thinks Sophie is living with coercive control.', ['coercive control']],
    ['Ellie witnessed domestic violence on 14/10/2026.', ['domestic violence']],
    ['SW to visit prior to the RCPC.', ['SW', 'prior to', 'RCPC']],
    ['Sophie was neglectful of Jack\'s health needs.', ['neglectful']],
    ["Both CINs were closed; the LAC's review is next.", ['CIN', 'LAC']],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it.each([
    'Ellie takes her medicine every morning with her breakfast.',
    'Jack likes the Dvorak music Gareth plays in class.',
    'Maureen took Ellie and Jack to the cinema on Saturday.',
    'Sophie uses calm discipline: a quiet word and time on the stairs.',
    'Maureen gave Sophie good advice about bedtimes.',
    "Ellie's black school shoes have new laces.",
    'Priya will send Sophie the plan, and Maureen will mash the potatoes for tea.',
    'Jack thinks his new bike is ace.',
    '"Eh?" said Dean, when Ellie asked him to stop shouting.',
    'Priya and Gareth are worried that when Dean has been drinking he shouts at Sophie and grabs her, and that Ellie and Jack could be hurt if they are near, and will keep being frightened at home.',
    'Lin Roberts (health visitor) will see Jack on Tuesday to check his speech.',
  ])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([])
  })

  it('suggests a plain alternative, once for each word however often it is used', () => {
    const badges = jargonBadges('DV in the home. More DV on Friday. Parents non-engaging.', subject)
    expect(badges).toEqual([
      { subject, check: 'jargon', message: 'Instead of "DV", say what the adult does, for example "he shouts at her and grabs her arm".' },
      { subject, check: 'jargon', message: 'Instead of "non-engaging", say what happened, for example "missed three visits in October".' },
    ])
  })
})

describe('the plain-words list', () => {
  it('is valid, with no form listed under two words', () => {
    expect(PlainWordList.safeParse(PLAIN_WORDS).success).toBe(true)
    const termOfForm = new Map<string, string>()
    for (const word of PLAIN_WORDS) {
      for (const form of [word.term, ...(word.forms ?? [])]) {
        const key = form.replace(/[\s-]+/g, '').toLowerCase()
        expect(termOfForm.get(key) ?? word.term, form).toBe(word.term)
        termOfForm.set(key, word.term)
      }
    }
  })

  it("takes a council's own words alongside ours", () => {
    const council = [{ term: 'EHA', say: 'say "early help assessment"' }]
    expect(found('The EHA found DV in the home.', council)).toEqual(['EHA', 'DV'])
    expect(found('The EHA found DV in the home.')).toEqual(['DV'])
  })

  it("lets a council's wording replace ours for the same word", () => {
    const council = [{ term: 'CIN', say: 'say "the family\'s help plan"' }]
    expect(jargonBadges('CIN plan agreed.', subject, council)[0].message).toBe('Instead of "CIN", say "the family\'s help plan".')
  })

  it("refuses a council's list with a word but nothing to say instead", () => {
    expect(() => findJargon('anything', [{ term: 'EHA', say: ' ' }])).toThrow(ZodError)
    expect(() => findJargon('anything', [{ term: '...', say: 'say something' }])).toThrow(ZodError)
  })
})
