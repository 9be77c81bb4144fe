/** The one thing the API client needs from the platform: send a request, get a response. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** Already serialised JSON, or undefined for no body. */
  readonly body?: string
}

export interface HttpResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  /** Parsed JSON when the response was JSON, else the raw text (or undefined). */
  readonly body: unknown
}

/** Rejects (throws) only for network failures; any HTTP status resolves. */
export type Transport = (req: HttpRequest) => Promise<HttpResponse>
