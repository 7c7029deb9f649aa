import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { cardBody, createCard, readCards } from '../../shared/model/case-map.js'
import { cardsOf } from '../../shared/model/layers.js'
import { percentiles } from './stats.js'

/**
 * One benchmark workload, run in a process of its own: N clients on one layer, each typing into
 * its own card R times a second for D seconds. Every edit carries a token ("~sender.seq;") whose
 * send time is kept in this process; each other client, seeing the token arrive in a text delta,
 * records the delay. Prints one JSON line of results.
 */
interface Workload {
  serverUrl: string
  room: string
  cookie: string | null
  clients: number
  editsPerSecond: number
  seconds: number
  /** Arrivals in the first second are left out: connection set-up and JIT warm-up. */
  warmUpMs: number
}

const workload: Workload = JSON.parse(process.env.BENCH_WORKLOAD!)

class CookieSocket extends WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols, { headers: workload.cookie ? { cookie: workload.cookie } : {} })
  }
}

const sentAt = new Map<string, number>()
const deliveries: number[] = []
const lastArrival: number[] = []
const arrivals = new Map<string, number>()
let measuringFrom = Infinity

async function main() {
  process.setMaxListeners(workload.clients + 10) // each provider listens for the process's exit
  const people = Array.from({ length: workload.clients }, (_, index) => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(workload.serverUrl, workload.room, doc, {
      WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    return { index, doc, provider }
  })
  await until(() => people.every((person) => person.provider.synced))

  // Each client's own card, made through the shared accessors so the server's validator takes it.
  const cardIds = people.map((person) =>
    createCard(person.doc, 'shared', {
      domain: 'existingStrengths',
      knowledge: 'observation',
      source: null,
      agency: '',
      childIds: [],
      childsWords: null,
      createdBy: 'bench',
      text: `Bench card ${person.index}.`,
    }),
  )
  await until(() => people.every((person) => readCards(person.doc, 'shared').length >= workload.clients))

  for (const person of people) {
    cardsOf(person.doc).observeDeep((events, transaction) => {
      if (transaction.local) return
      const now = performance.now()
      for (const event of events) {
        if (!(event.target instanceof Y.XmlText)) continue
        for (const op of event.delta) {
          if (typeof op.insert !== 'string') continue
          for (const [, token] of op.insert.matchAll(/~(\d+\.\d+);/g)) arrived(token, now)
        }
      }
    })
  }

  const texts = people.map((person) => (cardBody(person.doc, cardIds[person.index])!.get(0) as Y.XmlElement).get(0) as Y.XmlText)
  const interval = 1000 / workload.editsPerSecond
  const started = performance.now()
  measuringFrom = started + workload.warmUpMs
  const timers = people.map((person) => {
    let seq = 0
    const edit = () => {
      const token = `${person.index}.${seq++}`
      const text = texts[person.index]
      sentAt.set(token, performance.now())
      text.insert(text.length, ` ~${token};`)
    }
    // Spread the clients over the interval, as people typing would be.
    return setTimeout(() => {
      edit()
      timers[person.index] = setInterval(edit, interval)
    }, (interval * person.index) / workload.clients)
  })
  await sleep(workload.seconds * 1000)
  for (const timer of timers) clearInterval(timer)
  await sleep(1000) // let the last edits land
  const expected = [...sentAt.entries()].filter(([, at]) => at >= measuringFrom).length
  const complete = [...arrivals.entries()].filter(([token, count]) => count === workload.clients - 1 && sentAt.get(token)! >= measuringFrom).length

  process.stdout.write(
    `${JSON.stringify({ delivery: percentiles(deliveries), toEveryone: percentiles(lastArrival), edits: expected, editsSeenByAll: complete })}\n`,
  )
  for (const person of people) person.provider.destroy()
  process.exit(0)
}

function arrived(token: string, now: number) {
  const sent = sentAt.get(token)
  if (sent === undefined || sent < measuringFrom) return
  deliveries.push(now - sent)
  const count = (arrivals.get(token) ?? 0) + 1
  arrivals.set(token, count)
  if (count === workload.clients - 1) lastArrival.push(now - sent)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the benchmark clients did not get ready')
    await sleep(10)
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
