import type { CSSProperties } from 'react'
import { judgementScale, zones, type Rect } from '../../shared/canvas-layout'
import { domainLabel, DOMAIN_QUESTION, DOMAINS, JUDGEMENT_LABEL, QUESTION_TEXT, QUESTIONS } from '../../shared/framework'
import { useNoneIdentified } from '../columns/useNoneIdentified'
import { useMapOnCanvas } from './map-context'

const place = ({ x, y, w, h }: Rect): CSSProperties => ({ left: x, top: y, width: w, height: h })

/**
 * The map itself, behind the cards: the three questions, the seven domain zones under them and
 * the judgement scale beneath. Drawn in page space (tldraw's OnTheCanvas layer), not as shapes, so
 * nobody can move or delete it, and worded in the map's framework, live.
 */
export function MapZones() {
  const { framework, audience, docs } = useMapOnCanvas()
  const noneIdentified = useNoneIdentified(docs.shared)
  const map = zones()
  const judgement = map.judgement
  return (
    <div className="kinmap-zones">
      {QUESTIONS.map((question) => (
        <div key={question} className={`kinmap-zones__question kinmap-zones--${question}`} style={place(map.questions[question])}>
          {QUESTION_TEXT[question]}
        </div>
      ))}
      {DOMAINS.map((domain) => (
        <div key={domain} className={`kinmap-zones__domain kinmap-zones--${DOMAIN_QUESTION[domain]}`} style={place(map.domains[domain])}>
          <span className="kinmap-zones__label">{domainLabel(framework, domain, audience)}</span>
          {noneIdentified[domain] && <span className="kinmap-zones__none">None identified</span>}
        </div>
      ))}
      <div className="kinmap-zones__judgement" style={place(judgement)}>
        <span className="kinmap-zones__label">{JUDGEMENT_LABEL[framework]}</span>
        <svg className="kinmap-zones__scale" width={judgement.w} height={judgement.h} aria-hidden="true">
          {judgementScale().map(({ value, x, y }, index, marks) => (
            <g key={value}>
              {index > 0 && <line x1={marks[index - 1].x - judgement.x} y1={y - judgement.y} x2={x - judgement.x} y2={y - judgement.y} />}
              <line x1={x - judgement.x} y1={y - judgement.y - 14} x2={x - judgement.x} y2={y - judgement.y + 14} />
              <text x={x - judgement.x} y={y - judgement.y + 48}>
                {value}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </div>
  )
}
