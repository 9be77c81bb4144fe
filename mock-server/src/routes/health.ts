import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { errorBody } from '../../../src/contract/common'
import { routes } from '../../../src/contract/routes'
import type { Ctx } from '../lib/context'
import { ok, register } from '../lib/http'

/** OpenAPI 3.1 from the contract: JSON Schema 2020-12 straight from the zod schemas. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  const errorRef = { $ref: '#/components/schemas/Error' }
  for (const [name, def] of Object.entries(routes)) {
    const path = def.path.replace(/:([A-Za-z]+)/g, '{$1}')
    const parameters: unknown[] = []
    for (const where of ['params', 'query'] as const) {
      const schema = (def as { params?: z.core.$ZodType; query?: z.core.$ZodType })[where]
      if (!schema) continue
      const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
        properties?: Record<string, unknown>
        required?: string[]
      }
      for (const [pname, pschema] of Object.entries(js.properties ?? {})) {
        parameters.push({
          name: pname,
          in: where === 'params' ? 'path' : 'query',
          required: js.required?.includes(pname) ?? false,
          schema: pschema,
        })
      }
    }
    const body = (def as { body?: z.core.$ZodType }).body
    const op: Record<string, unknown> = {
      operationId: name,
      summary: def.summary,
      ...(def.auth === 'none'
        ? { security: [] }
        : { security: [{ [def.auth === 'admin' ? 'admin' : 'session']: [] }] }),
      ...(parameters.length ? { parameters } : {}),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }),
                },
              },
            },
          }
        : {}),
      responses: {
        [String((def as { status?: number }).status ?? 200)]: {
          description: 'OK',
          content: {
            'application/json': {
              schema: z.toJSONSchema(def.response, { io: 'output', unrepresentable: 'any' }),
            },
          },
        },
        '4XX': {
          description: 'Bilingual error',
          content: { 'application/json': { schema: errorRef } },
        },
      },
    }
    paths[path] = { ...(paths[path] ?? {}), [def.method.toLowerCase()]: op }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'INDIGO Privacy Center mock backend', version: '1.0.0' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      securitySchemes: {
        session: {
          type: 'http',
          scheme: 'bearer',
          description: 'Session token from POST /v1/auth/login',
        },
        admin: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' },
      },
      schemas: { Error: z.toJSONSchema(errorBody) },
    },
  }
}

export function registerHealthRoutes(app: FastifyInstance, ctx: Ctx): void {
  register(app, ctx, routes.health, () => ok({ status: 'ok', time: ctx.clock() }))
  let cached: Record<string, unknown> | undefined
  app.get('/openapi.json', async () => (cached ??= buildOpenApi()))
}
