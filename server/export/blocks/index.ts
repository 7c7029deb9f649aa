import { DOMAINS, type Domain } from '../../../shared/framework.js'
import type { ExportSource } from '../read-map.js'
import type { ReportBlock } from '../report.js'
import { pairsBlocks, nextStepsBlocks } from './analysis.js'
import { childsVoiceBlocks, domainBlocks, domainTitle, networkViewsBlocks, sourcesBlocks } from './cards.js'
import { genogramBlocks } from './genogram.js'
import { meetingRecordBlocks } from './meeting-record.js'
import { peopleBlocks } from './people.js'
import { safetyPlanBlocks } from './safety-plan.js'
import { overallBlocks, scalingBlocks } from './scaling.js'

/**
 * The content blocks a template's sections are made of. Each reads the map (as `ExportSource`)
 * and returns report blocks, never nothing: a block with no data yet says so in a plain line.
 * `title` is what a template shows above the block when it asks for the block's own subheading,
 * in the audience's words and the map's framework.
 */
export interface BlockDefinition {
  title(source: ExportSource): string
  render(source: ExportSource): ReportBlock[]
}

const family = (source: ExportSource) => source.audience === 'family'

const domainBlock = (domain: Domain): BlockDefinition => ({
  title: (source) => domainTitle(source, domain),
  render: (source) => domainBlocks(source, domain),
})

export const BLOCKS = {
  ...(Object.fromEntries(DOMAINS.map((domain) => [`domains.${domain}`, domainBlock(domain)])) as Record<`domains.${Domain}`, BlockDefinition>),
  'analysis.pairs': {
    title: (source) => (family(source) ? 'What we are worried about and what needs to be different' : 'Statements and goals'),
    render: pairsBlocks,
  },
  'judgement.scaling': {
    title: (source) => (family(source) ? 'Numbers from 0 to 10' : 'Scaling'),
    render: scalingBlocks,
  },
  'judgement.overall': {
    title: (source) => (family(source) ? 'The social worker’s overall number and why' : 'Overall Safety Scale and Case Scale Reason'),
    render: overallBlocks,
  },
  childsVoice: { title: (source) => (family(source) ? 'What the children said' : "The child's voice"), render: childsVoiceBlocks },
  'network.views': { title: () => 'Views of the network', render: networkViewsBlocks },
  nextSteps: { title: (source) => (family(source) ? 'Who will do what next' : 'Next steps'), render: nextStepsBlocks },
  people: { title: (source) => (family(source) ? 'The people on the map' : 'People'), render: peopleBlocks },
  sources: { title: () => 'Sources of information', render: sourcesBlocks },
  genogram: { title: (source) => (family(source) ? 'The family tree' : 'Genogram'), render: genogramBlocks },
  safetyPlan: { title: (source) => (family(source) ? 'The family’s plan' : 'Safety plan'), render: safetyPlanBlocks },
  'meeting.record': { title: (source) => (family(source) ? 'The meeting' : 'Meeting record'), render: meetingRecordBlocks },
} satisfies Record<string, BlockDefinition>

export type BlockId = keyof typeof BLOCKS
export const BLOCK_IDS = Object.keys(BLOCKS) as BlockId[]
