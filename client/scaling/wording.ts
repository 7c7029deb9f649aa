/**
 * The words of the Scaling view. Professionals get the practice's words; the family and network
 * (their own device, or a screen in the family audience) get plain ones.
 */
export interface ScalingWords {
  viewTitle: string
  round: string
  sealedRound: string
  openRound: string
  notYetAnswered: string
  spread: string
  facilitator: string
  giveNumber: string
  reasonLabel: string
  history: string
  judgement: string
}

const PRACTICE: ScalingWords = {
  viewTitle: 'Scaling',
  round: 'Scaling round',
  sealedRound: 'Sealed: numbers stay hidden until the facilitator reveals them',
  openRound: 'Open: numbers show as they are given',
  notYetAnswered: 'Not yet answered',
  spread: 'Spread',
  facilitator: 'Facilitator',
  giveNumber: 'Give a number',
  reasonLabel: 'Reason',
  history: 'History',
  judgement: 'Overall judgement (Overall Safety Scale and Case Scale Reason)',
}

const PLAIN: ScalingWords = {
  viewTitle: 'Where things are, from 0 to 10',
  round: 'Everyone’s numbers',
  sealedRound: 'Everyone’s numbers stay hidden until they are all shown together',
  openRound: 'Numbers show as people give them',
  notYetAnswered: 'Still to give a number',
  spread: 'Lowest and highest',
  facilitator: 'Leading the meeting',
  giveNumber: 'Your number',
  reasonLabel: 'Why did you choose this number?',
  history: 'How the numbers have changed',
  judgement: 'The social worker’s overall number and why',
}

export const scalingWords = (plain: boolean): ScalingWords => (plain ? PLAIN : PRACTICE)

// One wording for meetings and movements, shared with the meeting views and the exports.
export { meetingInWords, movementInWords } from '../../shared/model/scaling-words'
