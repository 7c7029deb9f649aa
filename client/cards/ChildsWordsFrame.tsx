import type { ReactNode } from 'react'
import type { Knowledge } from '../../shared/model'
import './childs-words.css'

const CHILDS_WORDS_LABEL = "The child's own words"

/**
 * The child's own words must never read like anyone else's account of them: they are labelled,
 * quoted and set in their own colour. Other knowledge passes through unchanged.
 */
export function ChildsWordsFrame({ knowledge, children }: { knowledge: Knowledge; children: ReactNode }) {
  if (knowledge !== 'childsWords') return <>{children}</>
  return (
    <figure className="childs-words">
      <figcaption className="childs-words__label">{CHILDS_WORDS_LABEL}</figcaption>
      <div className="childs-words__quote">{children}</div>
    </figure>
  )
}
