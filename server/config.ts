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
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim())

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
})

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
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.KINMAP_DATA_DIR),
    logLevel: values.LOG_LEVEL,
    tldrawLicenseKey: values.TLDRAW_LICENSE_KEY ?? null,
    publicUrl: values.KINMAP_PUBLIC_URL ? new URL(values.KINMAP_PUBLIC_URL).origin : null,
    secureCookies: values.KINMAP_SECURE_COOKIES ?? null,
  }
}

/** The origin people use, once the port is known. */
export function publicOrigin(config: KinmapConfig, port: number): string {
  return config.publicUrl ?? `http://localhost:${port}`
}

export function usesSecureCookies(config: KinmapConfig, origin: string): boolean {
  return config.secureCookies ?? origin.startsWith('https:')
}
