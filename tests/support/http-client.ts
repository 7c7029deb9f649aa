import http from 'node:http'

export interface ApiResponse {
  status: number
  body: any
  headers: Headers
  text: string
}

/** A signed-in (or not) browser, as far as the API can tell: a cookie and a CSRF token. A new
 * connection per request, so a restarted server is never sent a request on a dead socket. */
export class ApiClient {
  cookie: string | null = null
  csrfToken: string | null = null

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, { csrf = true, headers = {} as Record<string, string> } = {}): Promise<ApiResponse> {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    const { status, headers: received, text } = await send(this.baseUrl + path, method, payload, {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(csrf && this.csrfToken ? { 'x-kinmap-csrf': this.csrfToken } : {}),
      ...headers,
    })
    for (const setCookie of received.getSetCookie()) this.keepCookie(setCookie.split(';')[0])
    const json = text && received.get('content-type')?.includes('json') ? JSON.parse(text) : null
    return { status, body: json, headers: received, text }
  }

  /** Keeps every cookie the server sets (session, device), as a browser would; an empty value clears one. */
  private keepCookie(pair: string) {
    const name = pair.slice(0, pair.indexOf('='))
    const others = (this.cookie ?? '').split('; ').filter((each) => each !== '' && !each.startsWith(`${name}=`))
    const kept = pair.endsWith('=') ? others : [...others, pair]
    this.cookie = kept.length > 0 ? kept.join('; ') : null
  }

  get = (path: string) => this.request('GET', path)
  post = (path: string, body?: unknown) => this.request('POST', path, body)
  put = (path: string, body?: unknown) => this.request('PUT', path, body)
  delete = (path: string) => this.request('DELETE', path)

  async signIn(email: string, password: string) {
    const response = await this.post('/api/session', { email, password })
    if (response.status === 200) this.csrfToken = response.body.csrfToken
    return response
  }
}

function send(url: string, method: string, payload: string | undefined, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Headers; text: string }>((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => {
        const received = new Headers()
        for (const [name, value] of Object.entries(response.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) received.append(name, one)
        }
        resolve({ status: response.statusCode ?? 0, headers: received, text })
      })
    })
    request.on('error', reject)
    request.end(payload)
  })
}
