import { z } from 'zod'
const s = z.object({ a: z.string(), b: z.array(z.object({ name: z.string().min(1) })).min(1), c: z.enum(['x','y']) }).strict()
const r = s.safeParse({ b: [{ name: '' }], c: 'q', d: 1 }, { error: (iss) => `[${(iss.path ?? []).join('.')}] ${iss.code}` })
console.log(r.error?.issues.map(i => [i.path, i.message]))
