import { z } from 'zod'

/**
 * Who a map's screen is showing to. `professional`: the map's staff, every layer they may read.
 * `family`: the family and their network, on a projected screen or their own device: the shared
 * and record layers only, in plain words, with no contact details or professionals' controls.
 */
export const AUDIENCES = ['professional', 'family'] as const
export const Audience = z.enum(AUDIENCES)
export type Audience = z.infer<typeof Audience>
