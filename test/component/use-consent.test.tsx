import { act, waitFor } from '@testing-library/react'
import { Text, View } from '@tarojs/components'
import type { PurposeId } from '../../src/catalogue/purposes'
import { ASK_QUIET_MS } from '../../src/domain/ask-memory'
import { type ConsentOutcome, useConsent } from '../../src/hooks/use-consent'
import ConsentCenter from '../../src/packages/choices/pages/center/index'
import SeparateConsent from '../../src/packages/choices/pages/separate/index'
import { consentSetup, type ConsentSetup } from '../support/consent-setup'
import { mountPage } from '../support/render'

const HOUR = 3600_000
const q = (selector: string) => document.querySelector(selector) as HTMLElement | null

/** A point of use ("find stores near me"): a button that goes through the gate. */
function pointOfUse(purposeId: PurposeId, outcomes: ConsentOutcome[]) {
  return function PointOfUse() {
    const { granted, request } = useConsent(purposeId)
    return (
      <View className="use" onClick={() => void request().then((o) => outcomes.push(o))}>
        <Text className="use__granted">{granted ? 'yes' : 'no'}</Text>
      </View>
    )
  }
}

function clockedSetup(answer: (scope: string) => boolean = () => true) {
  const clock = { now: Date.UTC(2026, 10, 24, 8) }
  const setup = consentSetup({ now: () => clock.now, answer })
  setup.store.getState().decideNotice('accepted')
  return { setup, clock }
}

async function answerOnScreen(setup: ConsentSetup, purposeId: string, choice: 'agree' | 'refuse') {
  setup.nav.params = { purpose: purposeId }
  const screen = await mountPage(SeparateConsent, setup)
  const button = await screen.testUtils.queries.waitForQuerySelector(`.separate-consent__${choice}`)
  act(() => screen.testUtils.fireEvent.click(button as HTMLElement))
  screen.testUtils.unmout()
}

describe('just-in-time gate useConsent (§2.4)', () => {
  it('§7.3 §2.2(b)(iii) asks our consent on its own screen before the WeChat permission', async () => {
    const { setup } = clockedSetup()
    const order: string[] = []
    setup.store.subscribe((s, prev) => {
      if (s.ledger.length > prev.ledger.length) order.push(`consent:${s.ledger.at(-1)?.source}`)
    })
    const authorize = setup.permissions.authorize
    setup.permissions.authorize = (scope) => {
      order.push(`permission:${scope}`)
      return authorize(scope)
    }
    const outcomes: ConsentOutcome[] = []
    const { testUtils } = await mountPage(pointOfUse('precise-location', outcomes), setup)
    testUtils.fireEvent.click((await testUtils.queries.waitForQuerySelector('.use')) as HTMLElement)
    await waitFor(() =>
      expect(setup.nav.routes).toEqual([{ page: 'separate-consent', purpose: 'precise-location' }]),
    )
    expect(setup.permissions.asked).toEqual([])
    await answerOnScreen(setup, 'precise-location', 'agree')
    await waitFor(() => expect(outcomes).toEqual(['granted']))
    expect(order).toEqual(['consent:just-in-time', 'permission:scope.userLocation'])
    expect(q('.use__granted')?.textContent).toBe('yes')
  })

  it('§1.5 before the notice is agreed it opens the notice and asks nothing', async () => {
    const setup = consentSetup()
    const outcomes: ConsentOutcome[] = []
    const { testUtils } = await mountPage(pointOfUse('face-recognition', outcomes), setup)
    testUtils.fireEvent.click((await testUtils.queries.waitForQuerySelector('.use')) as HTMLElement)
    await waitFor(() => expect(outcomes).toEqual(['needs-notice']))
    expect(setup.nav.routes).toEqual([{ page: 'notice' }])
    expect(setup.permissions.asked).toEqual([])
  })

  it('48-hour rule: a refused consent ask is not shown again by itself for 48 hours; the consent center still opts in', async () => {
    const { setup, clock } = clockedSetup()
    const outcomes: ConsentOutcome[] = []
    const use = await mountPage(pointOfUse('receipt-photos', outcomes), setup)
    const tapUse = () => use.testUtils.fireEvent.click(q('.use') as HTMLElement)
    await use.testUtils.queries.waitForQuerySelector('.use')
    tapUse()
    await waitFor(() => expect(setup.nav.routes).toHaveLength(1))
    await answerOnScreen(setup, 'receipt-photos', 'refuse')
    await waitFor(() => expect(outcomes).toEqual(['refused']))

    clock.now += 1 * HOUR
    tapUse()
    clock.now += ASK_QUIET_MS - 1 * HOUR - 1 // 47:59:59.999 after the refusal
    tapUse()
    await waitFor(() => expect(outcomes).toEqual(['refused', 'quiet-consent', 'quiet-consent']))
    expect(setup.nav.routes).toHaveLength(1)

    // The user can still opt in from the consent center while the ask is quiet.
    const center = await mountPage(ConsentCenter, setup)
    await center.testUtils.queries.waitForQuerySelector('.purpose-card--receipt-photos')
    center.testUtils.fireEvent.click(
      q('.purpose-card--receipt-photos .consent-switch') as HTMLElement,
    )
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'separate-consent', purpose: 'receipt-photos' })
    center.testUtils.unmout()

    // At 48 hours the ask may show again.
    clock.now += 1
    tapUse()
    await waitFor(() => expect(setup.nav.routes).toHaveLength(3))
    expect(setup.nav.routes.at(-1)).toEqual({ page: 'separate-consent', purpose: 'receipt-photos' })
  })

  it("48-hour rule: WeChat's permission refused is not asked again by itself; after 48 hours the settings path", async () => {
    const { setup, clock } = clockedSetup(() => false)
    setup.store.getState().recordChoice({
      purposeIds: ['precise-location'],
      action: 'grant',
      source: 'separate-consent',
    })
    const outcomes: ConsentOutcome[] = []
    const use = await mountPage(pointOfUse('precise-location', outcomes), setup)
    const tapUse = () => use.testUtils.fireEvent.click(q('.use') as HTMLElement)
    await use.testUtils.queries.waitForQuerySelector('.use')
    tapUse()
    await waitFor(() => expect(outcomes).toEqual(['permission-denied']))
    expect(setup.permissions.asked).toEqual(['scope.userLocation'])
    clock.now += 24 * HOUR
    tapUse()
    await waitFor(() => expect(outcomes).toHaveLength(2))
    expect(outcomes[1]).toBe('quiet-permission')
    clock.now += 24 * HOUR
    tapUse()
    await waitFor(() => expect(outcomes).toHaveLength(3))
    // WeChat will not show its dialog twice: the user is offered the settings page instead.
    expect(outcomes[2]).toBe('needs-setting')
    expect(setup.permissions.asked).toEqual(['scope.userLocation'])
    expect(setup.nav.routes).toEqual([])
  })
})
