import { ConfigError, loadConfig } from './config.js'
import { startKinmap } from './kinmap.js'
import { TemplateError } from './export/templates.js'

/**
 * `npm start`: reads the environment, starts Kinmap, and on SIGTERM or SIGINT stops taking
 * connections, writes and compacts every open map, closes the database and exits 0.
 */
async function main() {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
  const kinmap = await startKinmap({ ...config, measurePersistence: process.env.KINMAP_MEASURE_PERSISTENCE === '1' })
  process.stdout.write(`Kinmap is running at ${kinmap.publicUrl}\n`)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    kinmap.close().then(
      () => process.exit(0),
      (error) => {
        process.stderr.write(`Kinmap could not stop cleanly after ${signal}: ${error instanceof Error ? error.message : String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error) => {
  if (error instanceof TemplateError) {
    process.stderr.write(`Kinmap cannot start: ${error.message}\n`)
    process.exit(1)
  }
  process.stderr.write(`Kinmap could not start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
