/**
 * A steady colour per person for carets and presence. Every colour is dark enough for white label
 * text (contrast at least 4.5:1) and is a #rrggbb value, which TipTap's caret requires.
 */
const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0f766e', '#4d7c0f']

export function userColour(userId: string): string {
  let hash = 0
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return PALETTE[hash % PALETTE.length]
}
