import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startKinmap, type KinmapOptions, type RunningKinmap } from '../../server/kinmap.js'

export interface TestKinmap {
  kinmap: RunningKinmap
  url: string
  dataDir: string
  /** Lines Kinmap printed for people (the setup link). */
  announced: string[]
  /** Stops the server and starts a new one on the same data directory and port, so clients
   * (and their providers, reconnecting) find it where it was. */
  restart(): Promise<TestKinmap>
  /** Stops the server for good and removes its data directory. */
  close(): Promise<void>
}

export const tempDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kinmap-test-'))

/** The real server on port 0 with a data directory of its own; quiet unless KINMAP_TEST_LOGS=1. */
export async function startTestKinmap(options: KinmapOptions = {}, dataDir = tempDataDir()): Promise<TestKinmap> {
  const announced: string[] = []
  const kinmap = await startKinmap({
    port: 0,
    host: '127.0.0.1',
    logLevel: process.env.KINMAP_TEST_LOGS === '1' ? 'info' : 'silent',
    clientDir: path.join(dataDir, 'no-client'),
    announce: (line) => announced.push(line),
    ...options,
    dataDir,
  })
  return {
    kinmap,
    url: kinmap.url,
    dataDir,
    announced,
    restart: async () => {
      await kinmap.close()
      return startTestKinmap({ ...options, port: kinmap.port }, dataDir)
    },
    close: async () => {
      await kinmap.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
