/**
 * Runs tasks with the same key one after another, in the order they arrive. A scaling command reads
 * the round (and the sealed answers), then writes it, with awaits between: two facilitators
 * revealing at once, or an answer arriving during the reveal, must not both see the round open.
 */
const queues = new Map<string, Promise<unknown>>()

export function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const settled = run.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}
