/**
 * For tests, tools and the mock server's neighbours: createApiClient here knows the whole route
 * table by default. App code imports ./client with its package's table instead (budget, bench/: the
 * main package must not carry the rights, member and admin schemas).
 */
import { routes, type Routes } from '../../contract/routes'
import {
  createApiClient as createTableClient,
  type ApiClient,
  type ApiClientOptions,
  type RouteTable,
} from './client'

export function createApiClient(opts: ApiClientOptions): ApiClient<Routes>
export function createApiClient<T extends RouteTable>(
  opts: ApiClientOptions,
  table: T,
): ApiClient<T>
export function createApiClient(opts: ApiClientOptions, table: RouteTable = routes) {
  return createTableClient(opts, table)
}

export type {
  ApiClient,
  ApiClientOptions,
  ApiError,
  ApiErrorKind,
  ApiResult,
  CallInput,
  CallOutput,
  RouteTable,
} from './client'
export { createFetchTransport } from './fetch-transport'
export type { HttpRequest, HttpResponse, Transport } from './transport'
export { mockLoginCode } from '../../contract/auth'
