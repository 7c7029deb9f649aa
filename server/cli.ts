import { parseArgs } from 'node:util'
import { createAccount, NewAccount } from './auth/accounts.js'
import { createDemoMap } from './maps/create-map.js'
import { ConfigError, loadConfig } from './config.js'
import { openSqliteStore } from './store/sqlite/open-sqlite-store.js'
import type { Store } from './store/store.js'

const USAGE = `Usage:
  npm run kinmap -- user add --email <email> --name "<full name>" [--admin]
  npm run kinmap -- user list
  npm run kinmap -- demo --owner <email>     (adds the fictional Hale family's map, for trying Kinmap out)

The password is read from standard input when it is not a terminal; otherwise you are asked for it.`

class UsageError extends Error {}

/** `npm run kinmap -- ...`: staff accounts, against the store in KINMAP_DATA_DIR. */
async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, owner: { type: 'string' }, admin: { type: 'boolean', default: false }, help: { type: 'boolean' } },
  })
  if (values.help) return console.log(USAGE)
  const [noun, verb, ...rest] = positionals
  const known = (noun === 'user' && rest.length === 0) || (noun === 'demo' && verb === undefined)
  if (!known) throw new UsageError('Unknown command.')

  const store = openSqliteStore(loadConfig().dataDir)
  try {
    if (noun === 'demo') return await addDemoMap(store, values.owner)
    if (verb === 'add') return await addUser(store, values.email, values.name, values.admin)
    if (verb === 'list') return await listUsers(store)
    throw new UsageError('Unknown command.')
  } finally {
    await store.close()
  }
}

async function addUser(store: Store, email: string | undefined, name: string | undefined, isAdmin: boolean) {
  if (!email || !name) throw new UsageError('Give both --email and --name.')
  const password = process.stdin.isTTY ? await askPassword() : await readStdin()
  const parsed = NewAccount.safeParse({ email, name, password })
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'))
  const user = await createAccount(store, parsed.data, isAdmin)
  if (!user) throw new UsageError('There is already an account with that email address.')
  // Whoever runs the CLI has the server's files, not a Kinmap account: the trail says 'cli'.
  await store.audit.append({ event: 'user-created', actorUserId: null, mapId: null, detail: { userId: user.id, isAdmin: user.isAdmin, source: 'cli' }, ip: null })
  console.log(`Added ${user.name} <${user.email}>${user.isAdmin ? ' as an administrator' : ''}.`)
}

async function addDemoMap(store: Store, ownerEmail: string | undefined) {
  if (!ownerEmail) throw new UsageError('Give --owner, the email of the member of staff who will own the demo map.')
  const owner = await store.accounts.findByEmail(ownerEmail)
  if (!owner) throw new UsageError('There is no staff account with that email address.')
  const mapId = await createDemoMap(store, owner)
  await store.audit.append({ event: 'demo-map-created', actorUserId: null, mapId, detail: { ownerUserId: owner.id, source: 'cli' }, ip: null })
  console.log(`Added the demo map of the fictional Hale family (map ${mapId}), owned by ${owner.email}.`)
}

async function listUsers(store: Store) {
  const users = await store.accounts.list()
  if (users.length === 0) return console.log('There are no staff accounts yet.')
  for (const user of users) console.log([user.email, user.name, user.isAdmin ? 'administrator' : 'staff', user.createdAt.slice(0, 10)].join('\t'))
}

/** Piped passwords end with the newline `echo` adds; that newline is not part of them. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '')
}

async function askPassword(): Promise<string> {
  const first = await promptHidden('Password (at least 12 characters): ')
  const second = await promptHidden('Password again: ')
  if (first !== second) throw new UsageError('The two passwords are not the same.')
  return first
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin
    process.stdout.write(prompt)
    input.setRawMode(true)
    input.resume()
    input.setEncoding('utf8')
    let typed = ''
    const done = (error?: Error) => {
      input.setRawMode(false)
      input.pause()
      input.off('data', onData)
      process.stdout.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done()
        if (char === '\u0003') return done(new UsageError('Cancelled.'))
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
        else typed += char
      }
    }
    input.on('data', onData)
  })
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof ConfigError || error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${error instanceof UsageError && error.message === 'Unknown command.' ? `${USAGE}\n` : ''}`)
  } else {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  }
  process.exit(1)
})
