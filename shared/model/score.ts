import { z } from 'zod'

const WHOLE_0_TO_10 = 'A scaling number is a whole number from 0 to 10.'

/** A number on the 0 to 10 scale: what a person gives in a scaling round, and what a judgement says. */
export const Score = z.number({ error: WHOLE_0_TO_10 }).int(WHOLE_0_TO_10).min(0, WHOLE_0_TO_10).max(10, WHOLE_0_TO_10)
