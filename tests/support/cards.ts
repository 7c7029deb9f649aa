import type { NewCard } from '../../shared/model/case-map.js'

/** A plain, valid card; tests override what they are about. */
export const aCard = (createdBy: string, overrides: Partial<NewCard> = {}): NewCard => ({
  domain: 'harm',
  knowledge: 'observation',
  source: null,
  agency: '',
  childIds: [],
  childsWords: null,
  createdBy,
  ...overrides,
})
