/**
 * The app's typed API client, built on the shared contract. Errors are values:
 * network failures, HTTP errors (with the server's bilingual code and message) and responses
 * that do not match the contract all come back as { ok: false, error }.
 */
import type { z } from 'zod/mini'
import type { Bilingual } from '../../catalogue/types'
import { errorBody } from '../../contract/common'
import type { RouteDef } from '../../contract/route-def'
// Types only (erased): the default table of the types, never bundled.
import type { Routes } from '../../contract/routes'
import type { Transport } from './transport'

export type ApiErrorKind = 'network' | 'http' | 'validation'

export interface ApiError {
  readonly kind: ApiErrorKind
  readonly status?: number
  readonly code?: string
  /** English for logs; `localized` carries both languages when the server sent them. */
  readonly message: string
  readonly localized?: Bilingual
  readonly details?: unknown
  readonly retryAfterSeconds?: number
}

export type ApiResult<T> =
  | { readonly ok: true; readonly value: T; readonly status: number }
  | { readonly ok: false; readonly error: ApiError }

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : never
type InputOf<S> = S extends z.ZodMiniType ? z.input<S> : never

type Part<R, K extends 'params' | 'query' | 'body'> = R extends { readonly [P in K]: infer S }
  ? { readonly [P in K]: InputOf<S> }
  : { readonly [P in K]?: undefined }

/** A part of the route table (src/contract/routes.ts is the union of them all). */
export type RouteTable = Readonly<Record<string, RouteDef>>

export type CallInput<N extends keyof T, T extends RouteTable = Routes> = Part<T[N], 'params'> &
  Part<T[N], 'query'> &
  Part<T[N], 'body'>
export type CallOutput<N extends keyof T, T extends RouteTable = Routes> = Infer<T[N]['response']>

/**
 * A client that knows the routes of its table only: calling another one is a compile error, and
 * the schemas of the others are not bundled with the code that holds it (package budgets, bench/).
 */
export interface ApiClient<T extends RouteTable = Routes> {
  call<N extends keyof T & string>(
    name: N,
    input?: CallInput<N, T>,
  ): Promise<ApiResult<CallOutput<N, T>>>
  /** The same client knowing `more` routes too (a subpackage's table). */
  extend<U extends RouteTable>(more: U): ApiClient<T & U>
}

export interface ApiClientOptions {
  readonly baseUrl: string
  readonly transport: Transport
  /** The session token (user routes) */
  readonly getToken?: () => string | undefined
  /** The admin token (admin routes: tests and tools only, never the app) */
  readonly adminToken?: string
}

function buildUrl(base: string, def: RouteDef, params: unknown, query: unknown): string {
  const p = (params ?? {}) as Record<string, string>
  const path = def.path.replace(/:([A-Za-z]+)/g, (_m, k: string) =>
    encodeURIComponent(String(p[k] ?? '')),
  )
  const q = Object.entries((query ?? {}) as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  )
  const qs = q
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `${base.replace(/\/$/, '')}${path}${qs ? `?${qs}` : ''}`
}

/** The request itself, for any route: the typed clients below name the route by its table. */
function createSender(opts: ApiClientOptions) {
  return async function send(def: RouteDef, input: unknown): Promise<ApiResult<unknown>> {
    const inp = (input ?? {}) as { params?: unknown; query?: unknown; body?: unknown }
    const headers: Record<string, string> = { accept: 'application/json' }
    const token =
      def.auth === 'admin' ? opts.adminToken : def.auth === 'user' ? opts.getToken?.() : undefined
    if (token) headers['authorization'] = `Bearer ${token}`
    let body: string | undefined
    if (def.body) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(inp.body ?? {})
    }
    let res
    try {
      res = await opts.transport({
        method: def.method,
        url: buildUrl(opts.baseUrl, def, inp.params, inp.query),
        headers,
        ...(body !== undefined ? { body } : {}),
      })
    } catch (e) {
      return {
        ok: false,
        error: { kind: 'network', message: e instanceof Error ? e.message : String(e) },
      }
    }
    if (res.status < 200 || res.status >= 300) {
      const parsed = errorBody.safeParse(res.body)
      const retry = Number(res.headers['retry-after'])
      return {
        ok: false,
        error: {
          kind: 'http',
          status: res.status,
          ...(parsed.success
            ? {
                code: parsed.data.error.code,
                message: parsed.data.error.message.en,
                localized: parsed.data.error.message,
                details: parsed.data.error.details,
              }
            : { message: `HTTP ${res.status}` }),
          ...(Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {}),
        },
      }
    }
    const parsed = def.response.safeParse(res.body)
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          kind: 'validation',
          status: res.status,
          message: 'The response does not match the API contract.',
          details: parsed.error.issues.slice(0, 5),
        },
      }
    }
    return { ok: true, value: parsed.data, status: res.status }
  }
}

function bind<T extends RouteTable>(send: ReturnType<typeof createSender>, table: T): ApiClient<T> {
  return {
    call: (name, input) => {
      const def = table[name]
      // Only reachable past the types (a cast, plain JS): a programming error, not a result.
      if (!def) throw new Error(`Route ${name} is not in this client's table`)
      return send(def, input) as never
    },
    extend: (more) => bind(send, { ...table, ...more }),
  }
}

/** A client for `table` (the app passes appRoutes; tests and tools the whole of routes.ts). */
export function createApiClient<T extends RouteTable>(
  opts: ApiClientOptions,
  table: T,
): ApiClient<T> {
  return bind(createSender(opts), table)
}
