import fc from 'fast-check'
import { activeRefusals, ASK_QUIET_MS, askKey, isAskQuiet } from '../../../src/domain/ask-memory'

const t0 = Date.UTC(2026, 10, 24, 8)

describe('ask memory: the 48-hour no-nagging rule (§2.4)', () => {
  it('an ask never refused is never quiet', () => {
    expect(isAskQuiet(undefined, t0)).toBe(false)
  })

  it('quiet from the refusal up to just before 48 hours, then asked again', () => {
    expect(isAskQuiet(t0, t0)).toBe(true)
    expect(isAskQuiet(t0, t0 + ASK_QUIET_MS - 1)).toBe(true)
    expect(isAskQuiet(t0, t0 + ASK_QUIET_MS)).toBe(false)
    expect(ASK_QUIET_MS).toBe(48 * 60 * 60 * 1000)
  })

  it('a clock that went back a little stays quiet; a refusal far in the future is ignored', () => {
    expect(isAskQuiet(t0, t0 - 60_000)).toBe(true)
    expect(isAskQuiet(t0 + ASK_QUIET_MS, t0)).toBe(false)
  })

  it('quiet exactly while less than 48 hours lie between refusal and now (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: -2 * ASK_QUIET_MS, max: 4 * ASK_QUIET_MS }),
        (at, delta) => {
          expect(isAskQuiet(at, at + delta)).toBe(Math.abs(delta) < ASK_QUIET_MS)
        },
      ),
    )
  })

  it('keeps only refusals still in force', () => {
    const refusals = {
      [askKey.consent('a')]: t0,
      [askKey.scope('scope.camera')]: t0 - ASK_QUIET_MS,
    }
    expect(activeRefusals(refusals, t0 + 1)).toEqual({ 'consent:a': t0 })
  })
})
