/** A small API client that keeps the session cookie and CSRF token, as the back office does. */
export class ApiClient {
  private cookie: string | null = null
  csrfToken: string | null = null
  bearer: string | null = null

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const h: Record<string, string> = { ...headers }
    if (body !== undefined && !h['content-type']) h['content-type'] = 'application/json'
    if (this.cookie) h.cookie = this.cookie
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrfToken
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }

  /** Posts a multipart form (files as Blobs), as a browser does; fetch sets the boundary. */
  async upload<T = unknown>(path: string, form: FormData): Promise<{ status: number; body: T }> {
    const h: Record<string, string> = {}
    if (this.cookie) h.cookie = this.cookie
    if (this.csrfToken) h['x-csrf-token'] = this.csrfToken
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`
    const response = await fetch(this.baseUrl + path, { method: 'POST', headers: h, body: form })
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
  }

  /** A file download: the bytes and the headers. */
  async download(path: string): Promise<{ status: number; data: Buffer; headers: Headers }> {
    const h: Record<string, string> = {}
    if (this.cookie) h.cookie = this.cookie
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`
    const response = await fetch(this.baseUrl + path, { headers: h })
    return {
      status: response.status,
      data: Buffer.from(await response.arrayBuffer()),
      headers: response.headers,
    }
  }

  get = <T = unknown>(path: string) => this.request<T>('GET', path)
  post = <T = unknown>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {})
  patch = <T = unknown>(path: string, body: unknown) => this.request<T>('PATCH', path, body)
  delete = <T = unknown>(path: string) => this.request<T>('DELETE', path)

  async login(username: string, password: string): Promise<{ status: number; body: unknown }> {
    const result = await this.request<{ csrfToken?: string }>('POST', '/api/auth/login', {
      username,
      password,
    })
    if (result.status === 200) this.csrfToken = result.body.csrfToken ?? null
    return result
  }
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] }
}
