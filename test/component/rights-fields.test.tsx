/**
 * The fields beyond the basics (§10.1, §10.2): the export format (§10.1(a)), the
 * optional evidence photo of a correction, the guardian's or next of kin's proof of
 * relationship (§10.1), and an explanation together with a refusal (§9.3(b)).
 */
import { rightByType } from '../../src/catalogue/rights'
import { en } from '../../src/i18n/en'
import { zhCN } from '../../src/i18n/zh-cn'
import RightsFormPage from '../../src/packages/rights/pages/form/index'
import { createFakeMediaPicker, SAMPLE_RECEIPT_JPEG } from '../../src/services/fakes/media'
import { bornYearsAgo } from '../support/dates'
import { buildTestServices } from '../support/render'
import { fakeBackend } from './rights-fake-backend'
import { button, choose, errorOf, openPage, q, tap, text, typeInto, until } from './rights-helpers'

const f = zhCN.rightsForm

function withMedia(type: string, backend = fakeBackend(), media = createFakeMediaPicker()) {
  const setup = buildTestServices(
    { media, navigator: { go: () => undefined, back: () => undefined, params: () => ({ type }) } },
    { transport: backend.transport, baseUrl: 'http://fake.test' },
  )
  return { setup, backend, media }
}

async function verifyAndSend(backend: ReturnType<typeof fakeBackend>) {
  tap(button(f.next))
  await until(() => expect(q('.sms-verify')).not.toBeNull())
  tap(button(zhCN.rightsVerify.send))
  await until(() => expect(text()).toContain(zhCN.rightsVerify.sentTo('138****5678')))
  await typeInto('code', backend.code)
  tap(button(f.submit))
  await until(() => expect(text()).toContain(zhCN.rightsDone.title))
  return backend.createBodies[0] ?? {}
}

describe('§10.1 format, photos, proof of relationship, explanation and refusal', () => {
  it('§10.1(a) access asks which format: the readable summary by default, JSON only on request (no CSV, said why)', async () => {
    const { setup, backend } = withMedia('access-copy')
    const { testUtils } = await openPage(
      RightsFormPage,
      { type: 'access-copy' },
      { setup, backend },
    )
    await testUtils.queries.waitForQuerySelector('[data-field="format"]')
    expect(text()).toContain(f.formatNote)
    expect(q('[data-field="format"] [data-value="readable"]')?.getAttribute('aria-checked')).toBe(
      'true',
    )
    // A choice with its default selected is never left empty: not marked "(optional)".
    expect(q('[data-field="format"] .form-field__note')).toBeNull()
    expect(q('[data-field="format"]')?.textContent).not.toContain(f.optional)
    choose('format', 'json')
    choose('categories', 'profile')
    const body = await verifyAndSend(backend)
    expect(body['details']).toEqual({ categories: ['profile'], format: 'json' })
  })

  it('§10.1(a) WCAG 4.1.2 each text field is named by its visible label, not by a placeholder; the SMS code field too', async () => {
    const { setup, backend } = withMedia('correct-supplement')
    const { testUtils } = await openPage(
      RightsFormPage,
      { type: 'correct-supplement' },
      { setup, backend },
    )
    await testUtils.queries.waitForQuerySelector('[data-field="correctedValue"] input')
    const named = () =>
      Array.from(document.querySelectorAll('[data-field] input, [data-field] textarea')).map(
        (el) => [
          el.closest('[data-field]')?.getAttribute('data-field'),
          el.getAttribute('aria-label'),
        ],
      )
    const labels = rightByType['correct-supplement'].fields
      .filter((field) => field.kind === 'text' || field.kind === 'long-text')
      .map((field) => [field.id, field.label['zh-CN']])
    expect(labels.length).toBeGreaterThanOrEqual(3)
    expect(named()).toEqual(labels)
    choose('field', 'nickname')
    await typeInto('correctedValue', '小蓝')
    tap(button(f.next))
    await until(() => expect(q('.sms-verify')).not.toBeNull())
    tap(button(zhCN.rightsVerify.send))
    await testUtils.queries.waitForQuerySelector('[data-field="code"] input')
    expect(q('[data-field="code"] input')?.getAttribute('aria-label')).toBe(
      zhCN.rightsVerify.codeLabel,
    )
  })

  it('§10.1(a) a correction takes an optional evidence photo, picked through chooseMedia and uploaded with the request', async () => {
    const { setup, backend, media } = withMedia('correct-supplement')
    const { testUtils } = await openPage(
      RightsFormPage,
      { type: 'correct-supplement' },
      { setup, backend },
    )
    await testUtils.queries.waitForQuerySelector('[data-field="photos.evidence"]')
    expect(q('[data-field="photos.evidence"]')?.textContent).toContain(f.optional)
    choose('field', 'nickname')
    await typeInto('correctedValue', '小蓝')
    tap(button(f.photoAlbum))
    await until(() => expect(text()).toContain(f.photoChosen(1)))
    expect(media.chosen).toEqual(['album'])
    // The draft keeps where the photo is, not its bytes.
    expect(JSON.stringify(setup.store.getState().drafts['correct-supplement'])).not.toContain(
      SAMPLE_RECEIPT_JPEG,
    )
    const body = await verifyAndSend(backend)
    expect(body['attachments']).toEqual([
      { kind: 'evidence', mimeType: 'image/jpeg', imageBase64: SAMPLE_RECEIPT_JPEG },
    ])
  })

  it('§10.1(a) a cancelled picker changes nothing: the correction goes without a photo', async () => {
    const { setup, backend } = withMedia(
      'correct-supplement',
      fakeBackend(),
      createFakeMediaPicker({ cancel: true }),
    )
    const { testUtils } = await openPage(
      RightsFormPage,
      { type: 'correct-supplement' },
      { setup, backend },
    )
    await testUtils.queries.waitForQuerySelector('[data-field="photos.evidence"]')
    choose('field', 'nickname')
    await typeInto('correctedValue', '小蓝')
    tap(button(f.photoCamera))
    await until(() => expect(button(f.photoAlbum)).toBeTruthy())
    expect(text()).not.toContain(f.photoRemove)
    const body = await verifyAndSend(backend)
    expect(body['attachments']).toBeUndefined()
  })

  it('§10.1 a guardian must add a photo of the proof of relationship; it goes with the request', async () => {
    const { setup, backend } = withMedia('access-copy')
    const { testUtils } = await openPage(
      RightsFormPage,
      { type: 'access-copy' },
      { setup, backend },
    )
    await testUtils.queries.waitForQuerySelector('.rights-form')
    choose('onBehalfOf', 'guardian-of-minor')
    await testUtils.queries.waitForQuerySelector('[data-field="photos.relationship-proof"]')
    await typeInto('name', '小明')
    await typeInto('birthDate', bornYearsAgo(11))
    await typeInto('relationship', '父亲')
    choose('categories', 'profile')
    tap(button(f.next))
    await until(() => expect(errorOf('photos.relationship-proof')).toBe(f.errors['proof-required']))
    expect(q('.sms-verify')).toBeNull()
    tap(button(f.photoAlbum))
    await until(() => expect(errorOf('photos.relationship-proof')).toBeNull())
    const body = await verifyAndSend(backend)
    expect(body['onBehalfOf']).toBe('guardian-of-minor')
    expect(body['attachments']).toEqual([
      { kind: 'relationship-proof', mimeType: 'image/jpeg', imageBase64: SAMPLE_RECEIPT_JPEG },
    ])
  })

  it('§10.1 next of kin sees the same proof field in English, with its own message', async () => {
    const { setup, backend } = withMedia('explain-rules')
    setup.store.getState().setLang('en')
    const { testUtils } = await openPage(
      RightsFormPage,
      { type: 'explain-rules' },
      { setup, backend },
    )
    await testUtils.queries.waitForQuerySelector('.rights-form')
    choose('onBehalfOf', 'next-of-kin')
    await testUtils.queries.waitForQuerySelector('[data-field="photos.relationship-proof"]')
    expect(text()).toContain(en.rightsForm.photos['relationship-proof'])
    tap(button(en.rightsForm.next))
    await until(() =>
      expect(errorOf('photos.relationship-proof')).toBe(en.rightsForm.errors['proof-required']),
    )
  })

  it('§9.3(b) an automated decision can be asked to be explained and refused together', async () => {
    const { setup, backend } = withMedia('automated-decision')
    const { testUtils } = await openPage(
      RightsFormPage,
      { type: 'automated-decision' },
      { setup, backend },
    )
    await testUtils.queries.waitForQuerySelector('[data-field="want"]')
    await typeInto('decision', '个性化推送')
    choose('want', 'explain-and-refuse')
    const body = await verifyAndSend(backend)
    expect(body['details']).toEqual({ decision: '个性化推送', want: 'explain-and-refuse' })
  })
})
