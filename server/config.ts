import path from 'node:path'
import { z } from 'zod'

/**
 * Kinmap's settings, read once from the environment at start-up. A bad value stops the server
 * with a message naming the variable, rather than running half-configured with case data.
 */
export interface KinmapConfig {
  port: number
  /** 127.0.0.1 by default: a fresh install is reachable only from its own machine until someone
   * deliberately sets HOST (usually 0.0.0.0 behind a TLS proxy). */
  host: string
  dataDir: string
  logLevel: LogLevel
  tldrawLicenseKey: string | null
  /** Where people reach Kinmap; null means http://localhost:<port>, known once listening. */
  publicUrl: string | null
  /** null means "when the public URL is https". */
  secureCookies: boolean | null
  /** Council sign-in with OpenID Connect; null when it is not configured. */
  oidc: OidcSettings | null
  /** A folder of the council's own export templates (JSON), beside Kinmap's; null for none. */
  exportTemplatesDir: string | null
}

/** The council's identity provider, as Kinmap's relying-party registration there describes it. */
export interface OidcSettings {
  /** The issuer identifier; its /.well-known/openid-configuration is read on first use. */
  issuer: string
  clientId: string
  /** From the environment only: never written to the repository, the database or the logs. */
  clientSecret: string
  /** The sign-in button's words. */
  label: string
  /** Space-separated; always includes openid. */
  scopes: string
}

export const DEFAULT_OIDC_LABEL = 'Sign in with your council account'
export const DEFAULT_OIDC_SCOPES = 'openid email profile'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim())

/** Where a plain-http identity provider is accepted: this machine only (the tests start one). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
/** True for an address that is not a URL at all: z.url() has already said so. */
const isSecureOrLocal = (url: URL | null) => !url || url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname)

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT must be a whole number from 0 to 65535' })
    .int('PORT must be a whole number from 0 to 65535')
    .min(0, 'PORT must be a whole number from 0 to 65535')
    .max(65535, 'PORT must be a whole number from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  KINMAP_DATA_DIR: z.string().min(1, 'KINMAP_DATA_DIR must not be empty').default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  TLDRAW_LICENSE_KEY: z.string().optional(),
  KINMAP_PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'KINMAP_PUBLIC_URL must be an http:// or https:// address' })
    .refine((value) => new URL(value).pathname === '/', 'KINMAP_PUBLIC_URL must be an origin with no path, like https://kinmap.example.org')
    .optional(),
  KINMAP_SECURE_COOKIES: z
    .enum(['true', 'false'], { message: 'KINMAP_SECURE_COOKIES must be true or false' })
    .transform((value) => value === 'true')
    .optional(),
  KINMAP_OIDC_ISSUER: z
    .url({ protocol: /^https?$/, message: 'KINMAP_OIDC_ISSUER must be an https:// address' })
    .refine(
      (value) => isSecureOrLocal(URL.parse(value)),
      'KINMAP_OIDC_ISSUER must be an https:// address (plain http is allowed only on this machine, for testing)',
    )
    .refine((value) => !URL.parse(value)?.search && !URL.parse(value)?.hash, 'KINMAP_OIDC_ISSUER must have no ?query or #fragment')
    .optional(),
  KINMAP_OIDC_CLIENT_ID: z.string().max(400, 'KINMAP_OIDC_CLIENT_ID can be at most 400 characters').optional(),
  KINMAP_OIDC_CLIENT_SECRET: z.string().max(2000, 'KINMAP_OIDC_CLIENT_SECRET can be at most 2000 characters').optional(),
  KINMAP_OIDC_NAME: z.string().max(80, 'KINMAP_OIDC_NAME can be at most 80 characters').optional(),
  KINMAP_OIDC_SCOPES: z
    .string()
    .regex(/^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/, 'KINMAP_OIDC_SCOPES must be scope names separated by single spaces')
    .refine((value) => value.split(' ').includes('openid'), 'KINMAP_OIDC_SCOPES must include openid')
    .optional(),
  KINMAP_EXPORT_TEMPLATES_DIR: z.string().optional(),
})

type Env = z.infer<typeof EnvSchema>

/** Council sign-in is all or nothing: an issuer needs its client id and secret, and they need it. */
function oidcSettings(values: Env): { settings: OidcSettings | null; problems: string[] } {
  const { KINMAP_OIDC_ISSUER: issuer, KINMAP_OIDC_CLIENT_ID: clientId, KINMAP_OIDC_CLIENT_SECRET: clientSecret } = values
  if (!issuer) {
    const stray = (['KINMAP_OIDC_CLIENT_ID', 'KINMAP_OIDC_CLIENT_SECRET', 'KINMAP_OIDC_NAME', 'KINMAP_OIDC_SCOPES'] as const).filter((key) => values[key] !== undefined)
    return { settings: null, problems: stray.map((key) => `${key} is set but KINMAP_OIDC_ISSUER is not: set both, or neither`) }
  }
  const problems = [
    ...(clientId ? [] : ['KINMAP_OIDC_CLIENT_ID must be set when KINMAP_OIDC_ISSUER is']),
    ...(clientSecret ? [] : ['KINMAP_OIDC_CLIENT_SECRET must be set when KINMAP_OIDC_ISSUER is']),
  ]
  if (!clientId || !clientSecret) return { settings: null, problems }
  const settings = {
    issuer,
    clientId,
    clientSecret,
    label: values.KINMAP_OIDC_NAME ?? DEFAULT_OIDC_LABEL,
    scopes: values.KINMAP_OIDC_SCOPES ?? DEFAULT_OIDC_SCOPES,
  }
  return { settings, problems }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kinmap cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): KinmapConfig {
  const present = Object.fromEntries(Object.keys(EnvSchema.shape).map((key) => [key, optional(env[key])]))
  const parsed = EnvSchema.safeParse(present)
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message))
  const values = parsed.data
  const oidc = oidcSettings(values)
  if (oidc.problems.length > 0) throw new ConfigError(oidc.problems)
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.KINMAP_DATA_DIR),
    logLevel: values.LOG_LEVEL,
    tldrawLicenseKey: values.TLDRAW_LICENSE_KEY ?? null,
    publicUrl: values.KINMAP_PUBLIC_URL ? new URL(values.KINMAP_PUBLIC_URL).origin : null,
    secureCookies: values.KINMAP_SECURE_COOKIES ?? null,
    oidc: oidc.settings,
    exportTemplatesDir: values.KINMAP_EXPORT_TEMPLATES_DIR ? path.resolve(values.KINMAP_EXPORT_TEMPLATES_DIR) : null,
  }
}

/** The origin people use, once the port is known. */
export function publicOrigin(config: KinmapConfig, port: number): string {
  return config.publicUrl ?? `http://localhost:${port}`
}

export function usesSecureCookies(config: KinmapConfig, origin: string): boolean {
  return config.secureCookies ?? origin.startsWith('https:')
}
