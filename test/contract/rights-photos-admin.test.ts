import { SAMPLE_RECEIPT_JPEG } from '../../src/services/fakes/media'
import { err, must, startServer, type Member, type TestServer } from './support/server'

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

/** The staff handling a request see its photos; the photos live and die with the request. */
describe('§10.1 §10.3 the admin sees the evidence and proof photos of a rights request', () => {
  let s: TestServer
  let m: Member
  beforeEach(async () => {
    s = await startServer()
    m = await s.login('photos')
  })
  afterEach(() => s.close())

  const forMinor = () =>
    m.api.call('createRightsRequest', {
      body: {
        type: 'correct-supplement',
        onBehalfOf: 'guardian-of-minor',
        subject: { name: '小明', birthDate: '2015-03-01', relationship: '父亲' },
        details: { field: 'nickname', correctedValue: '小蓝' },
        attachments: [
          { kind: 'evidence', mimeType: 'image/png', imageBase64: PNG_1X1 },
          { kind: 'relationship-proof', mimeType: 'image/jpeg', imageBase64: SAMPLE_RECEIPT_JPEG },
        ],
      },
    })

  it('§10.1 the admin detail lists each photo (id, kind, type, size, uploaded at) and returns its bytes', async () => {
    const created = must(await forMinor())
    const at = s.now()
    s.advance(60_000)
    const detail = must(await s.admin.call('adminGetRightsRequest', { params: { id: created.id } }))
    const jpegBytes = Buffer.from(SAMPLE_RECEIPT_JPEG, 'base64').length
    expect(detail.attachments).toEqual(
      expect.arrayContaining([
        {
          id: expect.any(String),
          kind: 'evidence',
          mimeType: 'image/png',
          sizeBytes: 70,
          uploadedAt: at,
        },
        {
          id: expect.any(String),
          kind: 'relationship-proof',
          mimeType: 'image/jpeg',
          sizeBytes: jpegBytes,
          uploadedAt: at,
        },
      ]),
    )
    expect(detail.attachments).toHaveLength(2)
    // The listing carries no bytes; the photo route does, exactly those uploaded.
    expect(JSON.stringify(detail)).not.toContain(PNG_1X1)
    for (const a of detail.attachments ?? []) {
      const photo = must(
        await s.admin.call('adminGetRightsAttachment', {
          params: { id: created.id, attachmentId: a.id },
        }),
      )
      expect(photo).toMatchObject({ ...a, requestId: created.id })
      const bytes = Buffer.from(photo.imageBase64, 'base64')
      expect(bytes.length).toBe(a.sizeBytes)
      expect(photo.imageBase64).toBe(a.kind === 'evidence' ? PNG_1X1 : SAMPLE_RECEIPT_JPEG)
    }
    // The log says a photo was viewed, never its content.
    expect(s.logs.join('\n')).toContain('photo viewed')
    expect(s.logs.join('\n')).not.toContain(PNG_1X1)
  })

  it('§10.1 only the admin reads a photo, only through its own request; unknown ids are a bilingual 404', async () => {
    const created = must(await forMinor())
    const other = must(
      await m.api.call('createRightsRequest', {
        body: { type: 'explain-rules', onBehalfOf: 'self', details: { question: '为什么？' } },
      }),
    )
    const photoId = created.attachments?.[0]?.id ?? ''
    // The member's own client has no such route; with a member's token the admin route refuses.
    const asMember = await s.raw(
      'GET',
      `/v1/admin/rights-requests/${created.id}/attachments/${photoId}`,
      { headers: { authorization: `Bearer ${m.token}` } },
    )
    expect(asMember.status).toBe(401)
    expect(asMember.body.error.message).toMatchObject({
      'zh-CN': expect.any(String),
      en: expect.any(String),
    })
    const wrongRequest = err(
      await s.admin.call('adminGetRightsAttachment', {
        params: { id: other.id, attachmentId: photoId },
      }),
    )
    expect(wrongRequest).toMatchObject({ status: 404 })
    expect(wrongRequest.localized).toMatchObject({
      'zh-CN': expect.any(String),
      en: expect.any(String),
    })
    expect(
      err(await s.admin.call('adminGetRightsRequest', { params: { id: 'no-such-request' } })),
    ).toMatchObject({ status: 404 })
    const bad = await s.raw('GET', `/v1/admin/rights-requests/${created.id}/attachments/..%2Fx`, {
      headers: { authorization: 'Bearer test-admin-token-0123456789' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.message['zh-CN']).toBeTruthy()
  })

  it("§10.1(a) the member's own export lists each request's photos, never their bytes", async () => {
    const created = must(await forMinor())
    const exported = must(await m.api.call('exportMe'))
    // The export's requests are loosely typed in the contract: read as the request DTO.
    const requests = exported.rightsRequests as (typeof created)[]
    const listed = requests.find((r) => r.id === created.id)
    expect(listed?.attachments).toEqual(created.attachments)
    expect(listed?.attachments).toHaveLength(2)
    const json = JSON.stringify(exported)
    expect(json).not.toContain(PNG_1X1)
    expect(json).not.toContain(SAMPLE_RECEIPT_JPEG.slice(0, 200))
  })

  it('§8.1 cancelling a request deletes its photos at once; the admin then finds none', async () => {
    const created = must(await forMinor())
    const photoId = created.attachments?.[0]?.id ?? ''
    const cancelled = must(await m.api.call('cancelRightsRequest', { params: { id: created.id } }))
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.attachments).toBeUndefined()
    expect(
      must(await s.admin.call('adminGetRightsRequest', { params: { id: created.id } })).attachments,
    ).toBeUndefined()
    expect(
      err(
        await s.admin.call('adminGetRightsAttachment', {
          params: { id: created.id, attachmentId: photoId },
        }),
      ),
    ).toMatchObject({ status: 404 })
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM rights_attachments').get()).toEqual({ n: 0 })
  })
})
