/** The q-quantile of some numbers (nearest rank), or null when there are none. */
export function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

export const median = (values: number[]): number | null => quantile(values, 0.5)

export interface Percentiles {
  p50: number | null
  p95: number | null
  p99: number | null
  count: number
}

export const percentiles = (values: number[]): Percentiles => ({
  p50: quantile(values, 0.5),
  p95: quantile(values, 0.95),
  p99: quantile(values, 0.99),
  count: values.length,
})

export const ms = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(2)} ms`)
