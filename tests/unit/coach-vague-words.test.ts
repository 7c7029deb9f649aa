import { describe, expect, it } from 'vitest'
import { findVagueWords, vagueWordBadges } from '../../shared/coach/index.js'

const found = (text: string) => findVagueWords(text).map((match) => match.found)

describe('vague words with no example', () => {
  it.each([
    ['The home is chaotic.', ['chaotic']],
    ['Jack often arrives at nursery unkempt.', ['unkempt']],
    ['Dean is aggressive towards professionals.', ['aggressive']],
    ['Dean was inappropriate on the phone to the school office.', ['inappropriate']],
    ['There are ongoing concerns about the children.', ['concerns']],
    ['Concerns re DV and neglect, parents non-engaging with CIN plan.', ['Concerns']],
    ['The relationship between Sophie and Dean is volatile.', ['volatile']],
    ['Poor home conditions and poor supervision.', ['Poor home conditions', 'poor supervision']],
    ['Ellie and Jack will be appropriately supervised at all times.', ['appropriately']],
    ['Dean has issues with alcohol.', ['issues']],
    ['Jack is at risk.', ['at risk']],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it.each([
    ['an example marker', 'The home is chaotic, for example the children had no tea on three of our visits.'],
    ['"when" and what happens', 'Dean is aggressive when he has been drinking: he shouts and throws things.'],
    ['"such as"', 'Sophie says Dean is controlling, such as checking her phone and taking her bank card.'],
    ['a date', 'Jack arrived at nursery unkempt on 14/10/2026, in the same clothes as the day before.'],
    ['a time', 'Maureen says the flat was chaotic, with loud music until 2am.'],
    ['a count in words', 'Gareth has seen Dean be aggressive at the school gate twice.'],
    ['an example in the next sentence', 'Dean was aggressive. For example, he kicked the door in front of Ellie.'],
    ['a word that only looks like one', 'Priya is concerned that Dean shouts at Sophie, and Gareth wants to help.'],
  ])('leaves a vague word alone when followed by %s', (_detail, text) => {
    expect(found(text)).toEqual([])
  })

  it('looks for the detail in the same sentence, not anywhere in the text', () => {
    expect(found('The home is chaotic. Sophie has lived there since 2019.')).toEqual(['chaotic'])
  })

  it('asks for what happened, once for each word', () => {
    const subject = { kind: 'goal', id: 's1', part: 'evidence' } as const
    expect(vagueWordBadges('The home is chaotic. It is chaotic at weekends too.', subject)).toEqual([
      {
        subject,
        check: 'vague-word',
        message: '"chaotic" on its own does not say what happened: say what you saw, for example "the children were up past midnight three nights this week".',
      },
    ])
  })
})
