import { parseArgs } from 'node:util'
import type { z } from 'zod'
import { createAccount, NewAccount } from './auth/accounts.js'
import { createCouncilAccount } from './auth/oidc-accounts.js'
import { createTeam, moveToTeam, TeamName } from './teams/teams.js'
import { createDemoMap } from './maps/create-map.js'
import { ConfigError, loadConfig } from './config.js'
import { openSqliteStore } from './store/sqlite/open-sqlite-store.js'
import type { Store } from './store/store.js'

const USAGE = `Usage:
  npm run kinmap -- user add --email <email> --name "<full name>" [--admin] [--council]
  npm run kinmap -- user list
  npm run kinmap -- user team --email <email> --team "<team name>"|none [--manager]
  npm run kinmap -- team add --name "<team name>"
  npm run kinmap -- team list
  npm run kinmap -- demo --owner <email>     (adds the fictional Hale family's map, for trying Kinmap out)

The password is read from standard input when it is not a terminal; otherwise you are asked for it.
--council makes an account with no password, for someone who signs in only with the council's
identity provider (KINMAP_OIDC_ISSUER): their first council sign-in links it by this email.
A change of team made here reaches a running server's open maps when they next reconnect;
the administration page (Teams) applies it at once.`

class UsageError extends Error {}

/** `npm run kinmap -- ...`: staff accounts, against the store in KINMAP_DATA_DIR. */
async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      owner: { type: 'string' },
      team: { type: 'string' },
      admin: { type: 'boolean', default: false },
      council: { type: 'boolean', default: false },
      manager: { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  })
  if (values.help) return console.log(USAGE)
  const [noun, verb, ...rest] = positionals
  const known = ((noun === 'user' || noun === 'team') && rest.length === 0) || (noun === 'demo' && verb === undefined)
  if (!known) throw new UsageError('Unknown command.')

  const store = openSqliteStore(loadConfig().dataDir)
  try {
    if (noun === 'demo') return await addDemoMap(store, values.owner)
    if (noun === 'team' && verb === 'add') return await addTeam(store, values.name)
    if (noun === 'team' && verb === 'list') return await listTeams(store)
    if (noun === 'team') throw new UsageError('Unknown command.')
    if (verb === 'add') return await addUser(store, values.email, values.name, values.admin, values.council)
    if (verb === 'list') return await listUsers(store)
    if (verb === 'team') return await setTeam(store, values.email, values.team, values.manager)
    throw new UsageError('Unknown command.')
  } finally {
    await store.close()
  }
}

async function addUser(store: Store, email: string | undefined, name: string | undefined, isAdmin: boolean, councilOnly: boolean) {
  if (!email || !name) throw new UsageError('Give both --email and --name.')
  let user
  if (councilOnly) {
    const parsed = NewAccount.omit({ password: true }).safeParse({ email, name })
    if (!parsed.success) throw new UsageError(problemsOf(parsed.error))
    user = await createCouncilAccount(store, parsed.data, isAdmin)
  } else {
    const password = process.stdin.isTTY ? await askPassword() : await readStdin()
    const parsed = NewAccount.safeParse({ email, name, password })
    if (!parsed.success) throw new UsageError(problemsOf(parsed.error))
    user = await createAccount(store, parsed.data, isAdmin)
  }
  if (!user) throw new UsageError('There is already an account with that email address.')
  // Whoever runs the CLI has the server's files, not a Kinmap account: the trail says 'cli'.
  await store.audit.append({ event: 'user-created', actorUserId: null, mapId: null, detail: { userId: user.id, isAdmin: user.isAdmin, source: 'cli' }, ip: null })
  const how = councilOnly ? ', to sign in with the council account' : ''
  console.log(`Added ${user.name} <${user.email}>${user.isAdmin ? ' as an administrator' : ''}${how}.`)
}

const problemsOf = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')

async function addTeam(store: Store, name: string | undefined) {
  const parsed = TeamName.safeParse(name ?? '')
  if (!name || !parsed.success) throw new UsageError(name ? problemsOf(parsed.error!) : 'Give --name, the team\'s name.')
  const team = await createTeam(store, parsed.data, { actorUserId: null, source: 'cli', ip: null })
  if (!team) throw new UsageError('There is already a team with that name.')
  console.log(`Added the team ${team.name}.`)
}

async function listTeams(store: Store) {
  const [teams, users] = await Promise.all([store.teams.list(), store.accounts.list()])
  if (teams.length === 0) return console.log('There are no teams yet.')
  for (const team of teams) {
    const members = users.filter((user) => user.teamId === team.id)
    const managers = members.filter((user) => user.isManager).map((user) => user.email)
    console.log([team.name, `${members.length} ${members.length === 1 ? 'person' : 'people'}`, managers.length ? `managed by ${managers.join(', ')}` : 'no manager'].join('\t'))
  }
}

async function setTeam(store: Store, email: string | undefined, teamName: string | undefined, isManager: boolean) {
  if (!email || !teamName) throw new UsageError('Give --email and --team (a team\'s name, or none).')
  const user = await store.accounts.findByEmail(email.trim().toLowerCase())
  if (!user) throw new UsageError('There is no staff account with that email address.')
  const none = teamName.trim().toLowerCase() === 'none'
  const team = none ? null : await store.teams.findByName(teamName.trim())
  if (!none && !team) throw new UsageError('There is no team with that name. See: npm run kinmap -- team list')
  if (!team && isManager) throw new UsageError('A manager needs a team: give --team with its name.')
  await moveToTeam(store, user, team?.id ?? null, isManager, { actorUserId: null, source: 'cli', ip: null })
  console.log(team ? `${user.email} is now in ${team.name}${isManager ? ', as its manager' : ''}.` : `${user.email} is now in no team.`)
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
  const teams = new Map((await store.teams.list()).map((team) => [team.id, team.name]))
  for (const user of users) {
    const team = user.teamId ? `${teams.get(user.teamId) ?? 'unknown team'}${user.isManager ? ' (manager)' : ''}` : 'no team'
    const signIn = user.passwordHash === '' ? 'council sign-in only' : 'password'
    console.log([user.email, user.name, user.isAdmin ? 'administrator' : 'staff', team, signIn, user.createdAt.slice(0, 10)].join('\t'))
  }
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
