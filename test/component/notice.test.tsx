import { act, waitFor } from '@testing-library/react'
import { currentPolicyVersion, policy } from '../../src/catalogue/policy'
import { registerPrivacyGate } from '../../src/hooks/use-privacy-gate'
import ConsentCenter from '../../src/packages/choices/pages/center/index'
import Home from '../../src/pages/index/index'
import Notice from '../../src/pages/notice/index'
import { consentSetup } from '../support/consent-setup'
import { mountPage } from '../support/render'

const q = <T extends Element = HTMLElement>(selector: string) =>
  document.querySelector(selector) as T | null
const text = () => document.body.textContent ?? ''

describe('notice page (§1.5)', () => {
  it('§1.5 on first start the notice comes before anything personal is collected', async () => {
    const setup = consentSetup()
    const { testUtils } = await mountPage(Home, setup)
    await waitFor(() => expect(setup.nav.routes).toEqual([{ page: 'notice' }]))
    // The notice is the first screen: the start page shows nothing of its own before it.
    expect(q('.home__title')).toBeNull()
    expect(text()).toBe('')
    // Backing out of the notice without an answer: the start page, browsing as a guest.
    act(() => setup.store.getState().noticeClosed())
    await testUtils.queries.waitForQuerySelector('.home__title')
    expect(text()).toContain('访客模式')
    expect(setup.nav.routes).toEqual([{ page: 'notice' }])
    const s = setup.store.getState()
    expect(s.notice).toBeNull()
    expect(s.ledger).toHaveLength(0)
    expect(s.session).toBeNull()
    expect(setup.permissions.asked).toHaveLength(0)
  })

  it('§1.5 §15.1 shows each summary, the full text, the version and date, Chinese prevails, the WeChat contract', async () => {
    const setup = consentSetup()
    const { testUtils } = await mountPage(Notice, setup)
    await testUtils.queries.waitForQuerySelector('.notice__title')
    expect(document.querySelectorAll('.psl__item')).toHaveLength(policy.sections.length)
    for (const section of policy.sections) expect(text()).toContain(section.summary['zh-CN'])
    expect(text()).toContain(currentPolicyVersion.version)
    expect(text()).toContain('2023年6月')
    expect(text()).toContain('以中文版本为准')
    testUtils.fireEvent.click(q('.notice__full-text') as HTMLElement)
    expect(setup.nav.routes).toEqual([{ page: 'policy' }])
    // The fake (as H5) has no WeChat contract page: our own full text opens instead.
    testUtils.fireEvent.click(q('.notice__contract') as HTMLElement)
    await waitFor(() => expect(setup.nav.routes).toHaveLength(2))
    expect(setup.nav.routes[1]).toEqual({ page: 'policy' })
  })

  it('§1.5 agreeing records the decision and answers a waiting WeChat privacy ask with agree', async () => {
    const setup = consentSetup()
    registerPrivacyGate(setup.privacy, setup.store)
    setup.privacy.trigger('getLocation')
    let mounted: Awaited<ReturnType<typeof mountPage>> | undefined
    await act(async () => {
      mounted = await mountPage(Notice, setup)
    })
    const { testUtils } = mounted as Awaited<ReturnType<typeof mountPage>>
    const agree = await testUtils.queries.waitForQuerySelector('.notice__agree')
    // WeChat's popup is up too, naming the contract WeChat knows.
    await waitFor(() => expect(q('.privacy-popup__body')?.textContent).toContain('颐堤港隐私政策'))
    testUtils.fireEvent.click(agree as HTMLElement)
    await waitFor(() => expect(setup.store.getState().notice?.decision).toBe('accepted'))
    expect(setup.store.getState().notice?.policyVersion).toBe(currentPolicyVersion.version)
    // §1.5: the agreement is a ledger event, under the version that was shown.
    expect(setup.store.getState().ledger).toEqual([
      expect.objectContaining({
        purposeId: 'privacy-notice',
        action: 'grant',
        source: 'notice',
        policyVersion: currentPolicyVersion.version,
      }),
    ])
    expect(setup.privacy.resolutions.map((r) => r.event)).toEqual([
      'exposureAuthorization',
      'agree',
    ])
    expect(setup.privacy.resolutions[1]).toEqual({ event: 'agree', buttonId: 'notice-agree' })
    // First decision: on to the start page.
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'home' })
  })

  it('§1.5 declining leads to guest mode: browsing works, nothing is collected, the notice stays one tap away', async () => {
    const setup = consentSetup()
    const notice = await mountPage(Notice, setup)
    const decline = await notice.testUtils.queries.waitForQuerySelector('.notice__decline')
    notice.testUtils.fireEvent.click(decline as HTMLElement)
    await waitFor(() => expect(setup.store.getState().notice?.decision).toBe('declined'))
    expect(setup.nav.routes).toEqual([{ page: 'home' }])

    // The start page opens without sending the user back to the notice: no dead end.
    const home = await mountPage(Home, setup)
    await home.testUtils.queries.waitForQuerySelector('.home__title')
    expect(setup.nav.routes).toEqual([{ page: 'home' }])
    expect(text()).toContain('访客模式')
    home.testUtils.fireEvent.click(q('.notice-link') as HTMLElement)
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'notice' })

    // In the consent center a guest's switch leads to the notice and records nothing.
    const center = await mountPage(ConsentCenter, setup)
    await center.testUtils.queries.waitForQuerySelector('.consent-center__guest')
    const before = setup.nav.routes.length
    center.testUtils.fireEvent.click(
      q('.purpose-card--marketing-sms .consent-switch') as HTMLElement,
    )
    expect(setup.nav.routes).toHaveLength(before + 1)
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'notice' })
    // Only the answer itself is recorded (§14.1), on the device: nothing is sent without consent.
    expect(setup.store.getState().ledger.map((e) => [e.purposeId, e.action])).toEqual([
      ['privacy-notice', 'withdraw'],
    ])
    expect(setup.store.getState().session).toBeNull()
    expect(setup.permissions.asked).toHaveLength(0)
  })

  it('§1.5 the notice can be agreed later from guest mode and returns to where the user was', async () => {
    const setup = consentSetup()
    setup.store.getState().decideNotice('declined')
    const { testUtils } = await mountPage(Notice, setup)
    await testUtils.queries.waitForQueryByText(
      '您目前以访客身份浏览，我们不收集您的个人信息。您可以随时在此同意。',
    )
    testUtils.fireEvent.click(q('.notice__agree') as HTMLElement)
    await waitFor(() => expect(setup.store.getState().notice?.decision).toBe('accepted'))
    expect(setup.nav.backs).toBe(1)
  })
})

describe("WeChat's privacy gate (§1.5)", () => {
  it('registers once; the popup reports exposure when shown, then agree with its button id', async () => {
    const setup = consentSetup()
    registerPrivacyGate(setup.privacy, setup.store)
    expect(setup.privacy.registrations).toBe(1)
    const { testUtils } = await mountPage(Home, setup)
    // Back from the notice without an answer: a guest on the start page.
    act(() => setup.store.getState().noticeClosed())
    await testUtils.queries.waitForQuerySelector('.home__title')
    expect(q('.privacy-popup')).toBeNull()
    act(() => setup.privacy.trigger('chooseImage'))
    const agree = await testUtils.queries.waitForQuerySelector('.privacy-popup__agree')
    await waitFor(() =>
      expect(setup.privacy.resolutions).toEqual([{ event: 'exposureAuthorization' }]),
    )
    testUtils.fireEvent.click(agree as HTMLElement)
    await waitFor(() => expect(q('.privacy-popup')).toBeNull())
    expect(setup.privacy.resolutions[1]).toEqual({
      event: 'agree',
      buttonId: 'privacy-popup-agree',
    })
    expect(setup.store.getState().notice?.decision).toBe('accepted')
  })

  it('disagree answers WeChat with disagree and collects nothing', async () => {
    const setup = consentSetup()
    registerPrivacyGate(setup.privacy, setup.store)
    const { testUtils } = await mountPage(Home, setup)
    act(() => setup.store.getState().noticeClosed())
    act(() => setup.privacy.trigger('getLocation'))
    const disagree = await testUtils.queries.waitForQuerySelector('.privacy-popup__disagree')
    testUtils.fireEvent.click(disagree as HTMLElement)
    await waitFor(() => expect(q('.privacy-popup')).toBeNull())
    expect(setup.privacy.resolutions.map((r) => r.event)).toEqual([
      'exposureAuthorization',
      'disagree',
    ])
    expect(setup.store.getState().notice).toBeNull()
    expect(setup.store.getState().ledger).toHaveLength(0)
  })
})
