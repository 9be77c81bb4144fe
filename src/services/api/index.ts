export {
  createApiClient,
  type ApiClient,
  type ApiClientOptions,
  type ApiError,
  type ApiErrorKind,
  type ApiResult,
  type CallInput,
  type CallOutput,
} from './client'
export { createFetchTransport } from './fetch-transport'
export type { HttpRequest, HttpResponse, Transport } from './transport'
export { mockLoginCode } from '../../contract/auth'
