import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Id } from '../shared/model/schema.js'
import { loadConfig } from './config.js'
import { chooseExport, produceExport, recordExport, storeReader } from './export/export-map.js'
import { loadTemplates } from './export/templates.js'
import { exportLayer, Policy, staffActor, type MapAction } from './policy.js'
import { openSqliteStore } from './store/sqlite/open-sqlite-store.js'

const USAGE = `Usage:
  npm run export -- <map id> --format docx|markdown|html|json --template <template id> --as <staff email> [--audience professional|family] [--meeting <meeting id>] [--out <file>]
  npm run export -- --list-templates

Exports a map as the member of staff named by --as: the policy decides, as it does for them in
the browser, and the export is in the audit trail. --out defaults to a file name made from the
map's title and the template, in the current folder; --out - writes to standard output. --meeting
chooses the meeting a meeting record is about (the latest when left out).`

class UsageError extends Error {}

/** `npm run export`: a map to a file from the server's command line, against the store in KINMAP_DATA_DIR. */
async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      template: { type: 'string' },
      audience: { type: 'string' },
      meeting: { type: 'string' },
      as: { type: 'string' },
      out: { type: 'string' },
      'list-templates': { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  })
  if (values.help) return console.log(USAGE)
  const config = loadConfig()
  const templates = loadTemplates(config.exportTemplatesDir)
  if (values['list-templates']) {
    for (const template of templates.all) console.log([template.id, template.audience, template.name].join('\t'))
    return
  }
  const [mapId, ...extra] = positionals
  if (!mapId || extra.length > 0 || !Id.safeParse(mapId).success) throw new UsageError('Give one map id.')
  if (!values.as) throw new UsageError('Give --as, the email of the member of staff the export is made as.')

  const store = openSqliteStore(config.dataDir)
  try {
    const user = await store.accounts.findByEmail(values.as.trim().toLowerCase())
    if (!user) throw new UsageError('There is no staff account with that email address.')
    const actor = staffActor(user)
    const policy = new Policy(store)
    const refuse = async (action: MapAction, message: string): Promise<never> => {
      await store.audit.append({ event: 'access-refused', actorUserId: actor.id, mapId, detail: { where: 'cli', action }, ip: null })
      throw new UsageError(message)
    }
    if (!(await policy.can(actor, 'map:open', mapId)) || !(await store.catalogue.find(mapId))) {
      await refuse('map:open', `There is no such map, or ${user.email} is not one of its members.`)
    }
    const choice = chooseExport(templates, { format: values.format, template: values.template, audience: values.audience, meeting: values.meeting })
    if (!(await policy.can(actor, 'map:export', mapId, exportLayer(choice.audience)))) {
      await refuse('map:export', `${user.email} may not export the ${choice.audience} copy of this map.`)
    }
    const file = await produceExport(storeReader(store), store, mapId, choice)
    const out = values.out ?? file.fileName
    if (out === '-') process.stdout.write(file.body)
    else writeWhole(out, file.body)
    await recordExport(store, actor, mapId, choice, { source: 'cli', ip: null })
    if (out !== '-') {
      const unread = file.unreadable > 0 ? ` ${file.unreadable} item(s) could not be read; they are listed in the file.` : ''
      console.log(`Wrote ${path.resolve(out)} (${choice.template.name}, ${choice.format}, for the ${choice.audience} audience).${unread}`)
    }
  } finally {
    await store.close()
  }
}

/** Written beside the target and renamed into place: a file that exists is always whole. */
function writeWhole(target: string, body: Buffer) {
  const partial = `${target}.${process.pid}.partial`
  fs.writeFileSync(partial, body, { mode: 0o600 })
  fs.renameSync(partial, target)
}

// Every error (a bad template, an unknown map, a refusal) is said in plain words, with no stack.
main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${error instanceof UsageError && /^Give/.test(error.message) ? `${USAGE}\n` : ''}`)
  process.exit(1)
})
