import { rightByType, rightsRequestTypes } from '../../src/catalogue/rights'
import { visibleFields, photoKindsFor } from '../../src/domain/rights-form'
import { newDraft } from '../../src/domain/rights-form'
import RightsHome from '../../src/packages/rights/pages/index/index'
import RightsFormPage from '../../src/packages/rights/pages/form/index'
import { zhCN } from '../../src/i18n/zh-cn'
import { en } from '../../src/i18n/en'
import { button, choose, errorOf, openPage, q, tap, text, typeInto, until } from './rights-helpers'

describe('rights page and forms (§10.1, §10.2, §10.3)', () => {
  it('§10.1 the rights page lists (a) to (g) in plain words, 15 working days and §10.4', async () => {
    const { testUtils, routes } = await openPage(RightsHome, {})
    await testUtils.queries.waitForQuerySelector('.rights-home__right')
    for (const ref of ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)'])
      expect(text()).toContain(`§10.1${ref}`)
    expect(document.querySelectorAll('.rights-home__right')).toHaveLength(rightsRequestTypes.length)
    expect(text()).toContain('15 个工作日')
    expect(text()).toContain('第10.4条')
    expect(text()).toContain('注销后积分作废、会员资格终止')
    tap(q('.rights-home__deregister'))
    expect(routes).toContainEqual({
      page: 'rights-form',
      type: 'delete-deregister',
      scope: 'account',
    })
  })

  it('§10.1 the start page leads to the rights pages', async () => {
    const { default: Home } = await import('../../src/pages/index/index')
    const { testUtils, routes } = await openPage(Home, {})
    await testUtils.queries.waitForQuerySelector('.home__rights')
    expect(q('.home__rights')?.textContent).toContain(zhCN.home.rightsEntryTitle)
    tap(q('.home__rights'))
    expect(routes).toContainEqual({ page: 'rights' })
  })

  it.each(rightsRequestTypes)(
    '§10.1 the %s form shows exactly its fields and names each missing one in zh-CN',
    async (type) => {
      const { testUtils } = await openPage(RightsFormPage, { type })
      await testUtils.queries.waitForQuerySelector('.rights-form')
      const draft = newDraft(type, 'k', 0)
      const shown = Array.from(document.querySelectorAll('[data-field]'))
        .map((e) => e.getAttribute('data-field'))
        .filter((f) => f !== 'onBehalfOf')
      expect(shown).toEqual([
        ...visibleFields(draft).map((f) => f.id),
        ...photoKindsFor(draft).map((k) => `photos.${k.kind}`),
      ])
      tap(button(zhCN.rightsForm.next))
      await until(() => expect(text()).toContain(zhCN.rightsForm.fixErrors))
      for (const f of rightByType[type].fields) {
        if (!shown.includes(f.id)) continue
        expect(errorOf(f.id)).toBe(f.required ? zhCN.rightsForm.errors.required : null)
      }
      // Nothing goes to verification while a field is wrong.
      expect(q('.sms-verify')).toBeNull()
    },
  )

  it('§10.1(e) field-by-field messages, in English after the language switch', async () => {
    const { testUtils, store } = await openPage(RightsFormPage, { type: 'transfer' })
    store.getState().setLang('en')
    await testUtils.queries.waitForQuerySelector('[data-field="recipientContact"]')
    await typeInto('recipientContact', 'dpo@localhost')
    await until(() =>
      expect(errorOf('recipientContact')).toBe(en.rightsForm.errors['email-bad-domain']),
    )
    // Untouched fields stay quiet until the person tries to go on.
    expect(errorOf('recipientName')).toBeNull()
    await typeInto('recipientContact', 'dpo@example.com')
    await until(() => expect(errorOf('recipientContact')).toBeNull())
  })

  it('§10.1 a guardian gives the minor’s name, birth date and relationship, with the proof note', async () => {
    const { testUtils } = await openPage(RightsFormPage, { type: 'access-copy' })
    await testUtils.queries.waitForQuerySelector('.rights-form')
    choose('onBehalfOf', 'guardian-of-minor')
    await testUtils.queries.waitForQuerySelector('[data-field="birthDate"]')
    expect(text()).toContain('关系证明')
    await typeInto('birthDate', '2000-01-01')
    await until(() =>
      expect(errorOf('birthDate')).toBe(zhCN.rightsForm.errors['subject-not-minor']),
    )
    choose('onBehalfOf', 'next-of-kin')
    await testUtils.queries.waitForQuerySelector('[data-field="dateOfDeath"]')
    expect(q('[data-field="birthDate"]')).toBeNull()
  })

  it('§10.3 what is typed is in the persisted draft, and is back after a restart', async () => {
    const first = await openPage(RightsFormPage, { type: 'explain-rules' })
    await first.testUtils.queries.waitForQuerySelector('[data-field="question"]')
    await typeInto('question', '你们如何使用我的位置信息？')
    await until(() =>
      expect(first.store.getState().drafts['explain-rules']?.details['question']).toBe(
        '你们如何使用我的位置信息？',
      ),
    )
    const saved = first.storage.getItem('indigo.app') ?? ''
    expect(saved).toContain('你们如何使用我的位置信息？')
    const key = first.store.getState().drafts['explain-rules']?.clientKey
    expect(key).toBeTruthy()
    first.testUtils.unmout()
    // A new launch on the same storage: the draft, and its key, are still there.
    const { buildTestStore } = await import('../support/store')
    const relaunched = buildTestStore({ storage: first.storage })
    expect(relaunched.store.getState().drafts['explain-rules']?.clientKey).toBe(key)
    expect(relaunched.store.getState().drafts['explain-rules']?.details['question']).toBe(
      '你们如何使用我的位置信息？',
    )
  })

  it('§10.1(d) withdrawing consent points to the consent center and can select every purpose', async () => {
    const { testUtils, routes, store } = await openPage(RightsFormPage, {
      type: 'withdraw-consent',
    })
    await testUtils.queries.waitForQuerySelector('.rights-form')
    tap(
      Array.from(document.querySelectorAll('.rights__link')).find(
        (e) => e.textContent === zhCN.rightsForm.openConsentCenter,
      ) ?? null,
    )
    expect(routes).toContainEqual({ page: 'consent-center' })
    tap(q('[data-field="purposeIds"] .rights__select-all'))
    await until(() =>
      expect(
        (store.getState().drafts['withdraw-consent']?.details['purposeIds'] ?? []).length,
      ).toBeGreaterThan(3),
    )
  })
})
