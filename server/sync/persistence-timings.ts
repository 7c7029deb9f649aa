/**
 * Time from an update's arrival to its being on disk, kept only when asked for (the benchmark
 * sets KINMAP_MEASURE_PERSISTENCE=1): one number per update, summarised when the server stops.
 */
export class PersistenceTimings {
  private readonly samples: number[] = []

  record(ms: number): void {
    this.samples.push(ms)
  }

  summary() {
    const sorted = [...this.samples].sort((a, b) => a - b)
    const at = (quantile: number) => (sorted.length === 0 ? null : round(sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]))
    return { count: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: at(1) }
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000
