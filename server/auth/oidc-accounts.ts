import type { Store, UserRow } from '../store/store.js'
import type { NewAccount } from './accounts.js'
import type { CouncilIdentity, CouncilProblem } from './oidc.js'

/**
 * Which Kinmap account a council identity is, decided once and then remembered by the
 * provider's (issuer, subject), never by a claim people or tenants can edit.
 *
 * Nobody gets an account just by signing in at the council's provider: a family's map is
 * need-to-know, and the provider knows every member of the council's staff, not who works with
 * children. So the first council sign-in only **links** an account an administrator already made
 * (at the command line or in Kinmap) with the same email address. Every later sign-in finds the
 * account by the identity alone, so a changed email at the provider changes nothing here, and an
 * account has at most one identity at a provider, so a second person given the same email cannot
 * take it over. Anyone else is refused, with a page that says what to ask for, and the refusal is
 * audited as `sign-in-failed` (`provider-refused`).
 */
export type CouncilAccount =
  | { kind: 'signed-in'; user: UserRow; linkedNow: boolean }
  | { kind: 'refused'; problem: Extract<CouncilProblem, 'not-recognised' | 'already-linked'>; userId: string | null }

export async function accountForIdentity(store: Store, identity: CouncilIdentity): Promise<CouncilAccount> {
  const known = await store.accounts.findByIdentity(identity.issuer, identity.subject)
  if (known) return { kind: 'signed-in', user: known, linkedNow: false }

  const email = await identity.email()
  // A provider that says outright that it has not checked the address is not vouching for it.
  if (!email || email.verified === false) return { kind: 'refused', problem: 'not-recognised', userId: null }
  const user = await store.accounts.findByEmail(email.address)
  if (!user) return { kind: 'refused', problem: 'not-recognised', userId: null }
  if (!(await store.accounts.linkIdentity(identity.issuer, identity.subject, user.id))) {
    return { kind: 'refused', problem: 'already-linked', userId: user.id }
  }
  return { kind: 'signed-in', user, linkedNow: true }
}

/**
 * A staff account that signs in only through the council's provider: no password of its own
 * (password_hash '', which password sign-in never accepts). Null when the email is taken.
 */
export async function createCouncilAccount(store: Store, account: Omit<NewAccount, 'password'>, isAdmin: boolean): Promise<UserRow | null> {
  const user: UserRow = {
    id: crypto.randomUUID(),
    email: account.email,
    name: account.name,
    passwordHash: '',
    isAdmin,
    teamId: null,
    isManager: false,
    createdAt: new Date().toISOString(),
  }
  return (await store.accounts.create(user)) ? user : null
}
