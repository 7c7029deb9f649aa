import { z } from 'zod'
import { Person } from '../../shared/model/schema.js'
import type { Store, UserRow } from '../store/store.js'
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js'

/** How an account's details are checked wherever one is made: setup link, admin page, CLI. */
export const Email = z
  .email({ message: 'enter a valid email address' })
  .max(254, 'an email address is at most 254 characters')
  .transform((email) => email.toLowerCase())
export const FullName = Person.shape.name
export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `a password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `a password can be at most ${MAX_PASSWORD_LENGTH} characters`)

export const NewAccount = z.object({ email: Email, name: FullName, password: Password })
export type NewAccount = z.infer<typeof NewAccount>

/** The user as the client sees them: never the password hash. */
export interface UserView {
  id: string
  name: string
  email: string
  isAdmin: boolean
  /** A team manager: reads their team's maps and its share of the audit trail. */
  isManager: boolean
}
export const userView = (user: UserRow): UserView => ({ id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin, isManager: user.isManager })

export async function newUserRow(account: NewAccount, isAdmin: boolean): Promise<UserRow> {
  return {
    id: crypto.randomUUID(),
    email: account.email,
    name: account.name,
    passwordHash: await hashPassword(account.password),
    isAdmin,
    teamId: null,
    isManager: false,
    createdAt: new Date().toISOString(),
  }
}

/** Creates a staff account; null when the email is already in use. */
export async function createAccount(store: Store, account: NewAccount, isAdmin: boolean): Promise<UserRow | null> {
  const user = await newUserRow(account, isAdmin)
  return (await store.accounts.create(user)) ? user : null
}
