/**
 * The member phone (§3.1(b)): generated mainland mobile numbers, valid and invalid, as people write them
 * (+86, spaces, dashes, IME full-width digits) against a reference model.
 */
import fc from 'fast-check'
import { validatePhone } from '../../../src/domain/validators/phone'

const RUNS = 1500
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))
const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([s, r]) => `1${s}${r}`)
const fullWidth = (s: string) =>
  [...s]
    .map((c) => (/[0-9+]/.test(c) ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c))
    .join('')

const written = fc
  .tuple(
    mobile,
    fc.constantFrom('', '+86', '+86 ', '0086', '86', '＋８６'),
    fc.constantFrom('plain', 'spaced', 'dashed', 'full-width', 'ideographic'),
  )
  .map(([n, prefix, how]) => {
    const body: Record<string, string> = {
      plain: n,
      spaced: `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
      dashed: `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
      'full-width': fullWidth(n),
      ideographic: `${n.slice(0, 3)}\u3000${n.slice(3)}`,
    }
    return { n, input: `${prefix}${body[how] ?? n}` }
  })

describe('§3.1(b) phone validator: 1,000+ generated valid and invalid numbers', () => {
  it('valid numbers in every written form are accepted as the bare 11 digits', () => {
    let n = 0
    fc.assert(
      fc.property(written, ({ n: number, input }) => {
        n += 1
        const r = validatePhone(input)
        return r.ok && r.value === number
      }),
      { numRuns: RUNS, seed: 21 },
    )
    expect(n).toBeGreaterThanOrEqual(1000)
  })

  it('a number not starting 13–19 is refused as phone-bad-prefix', () => {
    const badStart = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 2 }), digits(9)).map(([s, r]) => `1${s}${r}`),
      fc.tuple(fc.integer({ min: 2, max: 9 }), digits(10)).map(([f, r]) => `${f}${r}`),
      // 0086… is the international prefix, not a number starting 0.
      digits(10)
        .map((r) => `0${r}`)
        .filter((x) => !x.startsWith('0086')),
    )
    fc.assert(
      fc.property(badStart, (s) => {
        const r = validatePhone(s)
        return !r.ok && r.code === 'phone-bad-prefix'
      }),
      { numRuns: RUNS, seed: 22 },
    )
  })

  it('a wrong number of digits is refused as phone-bad-length', () => {
    const wrongLength = fc
      .integer({ min: 1, max: 16 })
      .filter((k) => k !== 11 && k !== 13)
      .chain((k) => digits(k))
      .filter((s) => !s.startsWith('0086'))
    fc.assert(
      fc.property(wrongLength, (s) => {
        const r = validatePhone(s)
        return !r.ok && r.code === 'phone-bad-length'
      }),
      { numRuns: RUNS, seed: 23 },
    )
  })

  it('letters (o for 0, l for 1, full-width or not) are refused as phone-not-digits', () => {
    fc.assert(
      fc.property(
        mobile,
        fc.nat(10),
        fc.constantFrom('o', 'O', 'l', 'I', 'ｏ', 'Ｏ', 'x', '#'),
        (n, at, c) => {
          const s = n.slice(0, at) + c + n.slice(at + 1)
          const r = validatePhone(s)
          return !r.ok && r.code === 'phone-not-digits'
        },
      ),
      { numRuns: RUNS, seed: 24 },
    )
  })

  it('any string from a mixed alphabet is accepted exactly when the reference model accepts it', () => {
    const model = (s: string) => {
      let x = [...s]
        .map((c) => {
          const code = c.codePointAt(0) ?? 0
          return code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : c
        })
        .join('')
        .replace(/[\s\u3000\-.·]/g, '')
      if (x.startsWith('+86')) x = x.slice(3)
      else if (x.startsWith('0086')) x = x.slice(4)
      else if (x.length === 13 && x.startsWith('86')) x = x.slice(2)
      return /^1[3-9]\d{9}$/.test(x)
    }
    let accepted = 0
    let refused = 0
    const candidate = fc.oneof(
      written.map((w) => w.input),
      fc
        .array(fc.constantFrom(...'0123456789+- ０１８６o'.split('')), {
          minLength: 0,
          maxLength: 16,
        })
        .map((a) => a.join('')),
      mobile.map((n) => n.slice(0, 10)),
    )
    fc.assert(
      fc.property(candidate, (s) => {
        const ok = validatePhone(s).ok
        if (ok) accepted += 1
        else refused += 1
        return ok === model(s)
      }),
      { numRuns: 3000, seed: 25 },
    )
    expect(accepted).toBeGreaterThanOrEqual(1000)
    expect(refused).toBeGreaterThanOrEqual(1000)
  })
})
