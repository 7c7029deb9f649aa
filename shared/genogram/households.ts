import { GENOGRAM_GEOMETRY as G } from './geometry.js'

/**
 * A household's boundary: around its members' symbols and names, row by row, joined into one
 * outline that steps in and out, so the people between two members' rows who live elsewhere are
 * left outside. Recomputed from every layout (GENOGRAM.md §3.5).
 */
export function householdOutline(places: readonly { x: number; y: number }[]): { d: string; labelX: number; labelY: number } {
  const rows = new Map<number, number[]>()
  for (const place of places) rows.set(place.y, [...(rows.get(place.y) ?? []), place.x])
  const bands = [...rows]
    .sort(([a], [b]) => a - b)
    .map(([y, xs]) => ({ top: y - 46, bottom: y + 104, left: Math.min(...xs) - G.spacing / 2 + 6, right: Math.max(...xs) + G.spacing / 2 - 6 }))
  // Bands of rows next to each other meet; a band further down starts where the one above ends.
  for (let index = 1; index < bands.length; index++) bands[index].top = Math.min(bands[index].top, bands[index - 1].bottom)
  const points: [number, number][] = []
  for (const band of bands) points.push([band.left, band.top], [band.left, band.bottom])
  for (const band of [...bands].reverse()) points.push([band.right, band.bottom], [band.right, band.top])
  const d = `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`
  return { d, labelX: bands[0].left + 4, labelY: bands[0].top - 7 }
}
