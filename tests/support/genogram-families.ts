import type { Genogram } from '../../shared/model/genogram.js'
import type { CoupleStatus, EmotionalKind, Gender, ParentKind, Person, Relationship } from '../../shared/model/schema.js'

/**
 * Genograms written as plain data, for the layout and drawing tests and the benchmark: a small
 * builder with readable ids, and the hard families the issue names.
 */
export class FamilyBuilder {
  readonly people: Person[] = []
  readonly relationships: Relationship[] = []
  readonly households: Genogram['households'] = []
  readonly pins: Genogram['pins'] = {}
  private count = 0

  person(id: string, gender: Gender, born?: string | null, more: Partial<Person> = {}): string {
    this.people.push({
      id,
      name: more.name ?? id[0].toUpperCase() + id.slice(1),
      relationship: '',
      agency: '',
      group: 'family',
      userId: null,
      gender,
      ...(born ? { birth: { date: born } } : {}),
      ...more,
    })
    return id
  }

  private next(prefix: string) {
    return `${prefix}${String(++this.count).padStart(3, '0')}`
  }

  couple(a: string, b: string, status: CoupleStatus = 'married', from: number | null = null, to: number | null = null): string {
    const id = this.next('couple')
    this.relationships.push({ id, kind: 'couple', partnerIds: [a, b], status, from, to })
    return id
  }

  child(parents: string[], childId: string, parentKind: ParentKind = 'birth'): string[] {
    return parents.map((parentId) => {
      const id = this.next('parent')
      this.relationships.push({ id, kind: 'parent', parentId, childId, parentKind })
      return id
    })
  }

  twins(a: string, b: string, identical: boolean): string {
    const id = this.next('twins')
    this.relationships.push({ id, kind: 'twins', personIds: [a, b], identical })
    return id
  }

  emotional(fromId: string, toId: string, emotionalKind: EmotionalKind): string {
    const id = this.next('emotional')
    this.relationships.push({ id, kind: 'emotional', fromId, toId, emotionalKind })
    return id
  }

  household(id: string, name: string, members: string[]): void {
    this.households.push({ id, name })
    for (const person of this.people) if (members.includes(person.id)) person.householdId = id
  }

  genogram(): Genogram {
    return { people: this.people, relationships: this.relationships, households: this.households, pins: this.pins, details: {} }
  }
}

/** Dean with an older son by Chantelle, and two children with Sophie: half-brothers and sisters. */
export function halfSiblings() {
  const f = new FamilyBuilder()
  f.person('chantelle', 'female', '1991-02-01')
  f.person('dean', 'male', '1990-01-22')
  f.person('sophie', 'female', '1995-09-03')
  f.couple('dean', 'chantelle', 'separated', 2008, 2014)
  f.couple('dean', 'sophie', 'livingTogether', 2017)
  f.person('kai', 'male', '2010-07-25')
  f.person('ellie', 'female', '2019-05-14')
  f.person('jack', 'male', '2023-02-08')
  f.child(['dean', 'chantelle'], 'kai')
  f.child(['dean', 'sophie'], 'ellie')
  f.child(['dean', 'sophie'], 'jack')
  return f
}

/** Rose married Bill and, after his death, his younger brother Tom; a child by each. */
export function marriedTwoBrothers() {
  const f = new FamilyBuilder()
  f.person('grandad', 'male', '1920-03-01', { died: { date: '1990-01-01' } })
  f.person('nan', 'female', '1922-05-05')
  f.couple('grandad', 'nan', 'married', 1945)
  f.person('bill', 'male', '1946-04-04', { died: { date: '1975-06-01' } })
  f.person('tom', 'male', '1949-09-09')
  f.person('ann', 'female', '1951-01-01')
  f.child(['grandad', 'nan'], 'bill')
  f.child(['grandad', 'nan'], 'tom')
  f.child(['grandad', 'nan'], 'ann')
  f.person('rose', 'female', '1948-02-02')
  f.couple('rose', 'bill', 'married', 1968)
  f.couple('rose', 'tom', 'married', 1978)
  f.person('billy', 'male', '1970-01-01')
  f.person('lily', 'female', '1979-01-01')
  f.person('dan', 'male', '1982-01-01')
  f.child(['rose', 'bill'], 'billy')
  f.child(['rose', 'tom'], 'lily')
  f.child(['rose', 'tom'], 'dan')
  return f
}

/** An older brother, then twins: Amy and Beth identical, Cal and Dot not. */
export function twinFamily() {
  const f = new FamilyBuilder()
  f.person('mum', 'female', '1985-01-01')
  f.person('dad', 'male', '1984-01-01')
  f.couple('dad', 'mum', 'married', 2008)
  f.person('ollie', 'male', '2009-03-03')
  f.person('amy', 'female', '2012-06-06')
  f.person('beth', 'female', '2012-06-06')
  f.person('cal', 'male', '2016-08-08')
  f.person('dot', 'female', '2016-08-08')
  for (const child of ['ollie', 'amy', 'beth', 'cal', 'dot']) f.child(['dad', 'mum'], child)
  f.twins('amy', 'beth', true)
  f.twins('cal', 'dot', false)
  return f
}

/** Mia adopted by Jo and Sam, her birth mother Kim still in touch; Leo fostered by Pat and Chris, his birth parents Gary and Tina. */
export function adoptionAndFostering() {
  const f = new FamilyBuilder()
  f.person('jo', 'female', '1975-01-01')
  f.person('sam', 'male', '1974-01-01')
  f.couple('sam', 'jo', 'married', 2000)
  f.person('kim', 'female', '1998-01-01')
  f.person('mia', 'female', '2016-01-01')
  f.child(['jo', 'sam'], 'mia', 'adopted')
  f.child(['kim'], 'mia', 'birth')
  f.person('gary', 'male', '1990-01-01')
  f.person('tina', 'female', '1992-01-01')
  f.couple('gary', 'tina', 'divorced', 2012, 2020)
  f.person('leo', 'male', '2014-01-01')
  f.child(['gary', 'tina'], 'leo')
  f.person('pat', 'female', '1960-01-01')
  f.person('chris', 'male', '1958-01-01')
  f.couple('chris', 'pat', 'married', 1985)
  f.child(['pat', 'chris'], 'leo', 'fostered')
  return f
}

/** Four generations on the mother's side, a deceased grandfather, and the father's mother. */
export function fourGenerations() {
  const f = new FamilyBuilder()
  f.person('greatNan', 'female', '1935-01-01', { died: { date: '2015-01-01' } })
  f.person('greatGrandad', 'male', '1933-01-01', { died: { date: '2001-01-01' } })
  f.couple('greatGrandad', 'greatNan', 'married', 1955)
  f.person('maureen', 'female', '1962-06-30')
  f.person('uncleRay', 'male', '1958-01-01')
  f.child(['greatGrandad', 'greatNan'], 'uncleRay')
  f.child(['greatGrandad', 'greatNan'], 'maureen')
  f.person('ron', 'male', '1958-11-19', { died: { date: '2019-03-11' } })
  f.couple('ron', 'maureen', 'married', 1986)
  f.person('kelly', 'female', '1988-04-12')
  f.person('sophie', 'female', '1995-09-03')
  f.child(['ron', 'maureen'], 'kelly')
  f.child(['ron', 'maureen'], 'sophie')
  f.person('gran', 'female', '1966-01-01')
  f.person('dean', 'male', '1990-01-22')
  f.child(['gran'], 'dean')
  f.couple('dean', 'sophie', 'livingTogether', 2017)
  f.person('ellie', 'female', '2019-05-14')
  f.person('jack', 'male', '2023-02-08')
  f.child(['dean', 'sophie'], 'ellie')
  f.child(['dean', 'sophie'], 'jack')
  return f
}

/** A mother bringing up two children on her own. */
export function singleParent() {
  const f = new FamilyBuilder()
  f.person('mum', 'female', '1990-01-01')
  f.person('zara', 'female', '2012-01-01')
  f.person('yusuf', 'male', '2015-01-01')
  f.child(['mum'], 'yusuf')
  f.child(['mum'], 'zara')
  return f
}

/**
 * A big genogram for the benchmark: `branches` four-generation branches of 20 people, with a
 * deceased great-grandfather, a divorce and remarriage (half-brothers and sisters), twins and a
 * pregnancy, each branch marrying into the one before.
 */
export function largeFamily(branches = 4) {
  const f = new FamilyBuilder()
  let births = 0
  const born = (year: number) => `${year}-${String((births++ % 12) + 1).padStart(2, '0')}-15`
  let previousGrandchild: string | null = null
  for (let b = 0; b < branches; b++) {
    const g0a = f.person(`b${b}-greatGrandad`, 'male', born(1930), { died: { date: '2000-01-01' } })
    const g0b = f.person(`b${b}-greatNan`, 'female', born(1932))
    f.couple(g0a, g0b, 'married', 1950)
    for (let i = 0; i < 3; i++) {
      const child = f.person(`b${b}-g1-${i}`, i % 2 ? 'female' : 'male', born(1952 + i * 3))
      f.child([g0a, g0b], child)
      const partner = f.person(`b${b}-g1-${i}-partner`, i % 2 ? 'male' : 'female', born(1953 + i * 3))
      f.couple(child, partner, i === 1 ? 'divorced' : 'married', 1975)
      for (let k = 0; k < 2; k++) {
        const gc = f.person(`b${b}-g2-${i}-${k}`, k ? 'female' : 'male', born(1978 + k * 2))
        f.child([child, partner], gc)
        if (k === 0 && i === 1) {
          // A second partner, and a child with them: half-brothers and sisters.
          const second = f.person(`b${b}-g1-${i}-second`, 'female', born(1960))
          f.couple(child, second, 'livingTogether', 1990)
          const half = f.person(`b${b}-g2-${i}-half`, 'male', born(1991))
          f.child([child, second], half)
        }
        if (k === 1 && i === 0) {
          // The branches marry into each other: the twins' father is a grandson of the branch before.
          const gcPartner = b === 0 ? f.person(`b${b}-g2-${i}-${k}-partner`, 'male', born(1979)) : `b${b - 1}-g2-2-0`
          f.couple(gcPartner, gc, 'married', 2005)
          if (b > 0) f.child([gc, gcPartner], f.person(`b${b}-g3-pregnancy`, 'unknown', null, { kind: 'pregnancy', name: 'Pregnancy' }))
          const older = f.person(`b${b}-g3-older`, 'male', born(2006))
          f.child([gc, gcPartner], older)
          const t1 = f.person(`b${b}-g3-twin1`, 'female', born(2008))
          const t2 = f.person(`b${b}-g3-twin2`, 'female', `${2008}-${String((births - 1) % 12 + 1).padStart(2, '0')}-15`)
          f.child([gc, gcPartner], t1)
          f.child([gc, gcPartner], t2)
          f.twins(t1, t2, b % 2 === 0)
          if (previousGrandchild) f.emotional(gc, previousGrandchild, 'close')
          previousGrandchild = gc
        }
      }
    }
  }
  return f
}
