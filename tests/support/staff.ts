import { createAccount } from '../../server/auth/accounts.js'
import type { Store } from '../../server/store/store.js'
import { ApiClient } from './http-client.js'

export const PASSWORD = 'correct horse battery staple'

let counter = 0

export interface SignedInStaff {
  id: string
  email: string
  name: string
  client: ApiClient
}

/** A staff account made straight in the store (as the CLI does), then signed in over HTTP. */
export async function signedInStaff(server: { url: string; kinmap: { store: Store } }, { admin = false, name = 'Sam Hale' } = {}): Promise<SignedInStaff> {
  const email = `staff.${process.pid}.${++counter}@example.org`
  const user = await createAccount(server.kinmap.store, { email, name, password: PASSWORD }, admin)
  if (!user) throw new Error('could not create a test account')
  const client = new ApiClient(server.url)
  const response = await client.signIn(email, PASSWORD)
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`)
  return { id: user.id, email, name, client }
}
