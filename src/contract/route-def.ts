/** The shape of one endpoint in the contract's route table. */
import type { z } from 'zod/mini'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'
export type RouteAuth = 'none' | 'user' | 'admin'

type Schema = z.ZodMiniType

export interface RouteDef {
  readonly method: HttpMethod
  readonly path: string
  readonly auth: RouteAuth
  readonly summary: string
  readonly params?: Schema
  readonly query?: Schema
  readonly body?: Schema
  readonly response: Schema
  /** HTTP status of success (default 200) */
  readonly status?: number
}

/** Keeps each definition's literal type (method, path, schemas) for the typed client. */
export const r = <const R extends RouteDef>(def: R): R => def
