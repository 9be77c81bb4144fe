/**
 * E-parking (§2.1(c)): generated plates, valid and invalid, in the ways people actually type them
 * (IME full-width characters, spaces, lower case, dots) against a reference model of GA 36-2018.
 */
import fc from 'fast-check'
import {
  normalisePlate,
  provinceAbbreviations,
  validatePlate,
} from '../../../src/domain/validators/plate'

const RUNS = 1500
const PROVINCES = [...provinceAbbreviations]
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')
const SERIAL = [...LETTERS, ...'0123456789'.split('')]
const DIGIT = '0123456789'.split('')

/** The reference model, written apart from the validator: GA 36-2018 as one expression. */
const MODEL = new RegExp(
  `^[${PROVINCES.join('')}][A-HJ-NP-Z]` +
    '([A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{4}[学警挂港澳领]|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])$',
)
const modelNormalise = (s: string) =>
  [...s]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0
      return code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : c
    })
    .join('')
    .replace(/[\s\u3000·.\-\u00b7\u2022\u30fb]/g, '')
    .toUpperCase()
const model = (s: string) => MODEL.test(modelNormalise(s))

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const chars = (xs: readonly string[], n: number) =>
  fc.array(pick(xs), { minLength: n, maxLength: n }).map((a) => a.join(''))

const regular = fc.tuple(pick(PROVINCES), pick(LETTERS), chars(SERIAL, 5)).map((p) => p.join(''))
const newEnergySmall = fc
  .tuple(pick(PROVINCES), pick(LETTERS), pick(['D', 'F']), pick(SERIAL), chars(DIGIT, 4))
  .map((p) => p.join(''))
const newEnergyLarge = fc
  .tuple(pick(PROVINCES), pick(LETTERS), chars(DIGIT, 5), pick(['D', 'F']))
  .map((p) => p.join(''))
const validPlate = fc.oneof(regular, newEnergySmall, newEnergyLarge)

const fullWidth = (s: string) =>
  [...s]
    .map((c) => (/[A-Z0-9]/.test(c) ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c))
    .join('')

/** How a person may write a valid plate: each variant must normalise to the same plate. */
const written = fc
  .tuple(
    validPlate,
    fc.constantFrom(
      'plain',
      'lower',
      'full-width',
      'full-width-lower',
      'spaced',
      'ideographic',
      'dot',
    ),
  )
  .map(([plate, how]) => {
    const variants: Record<string, string> = {
      plain: plate,
      lower: plate.toLowerCase(),
      'full-width': fullWidth(plate),
      'full-width-lower': fullWidth(plate).toLowerCase(),
      spaced: ` ${[...plate].join(' ')} `,
      ideographic: `${[...plate].slice(0, 2).join('')}\u3000${[...plate].slice(2).join('')}`,
      dot: `${[...plate].slice(0, 2).join('')}·${[...plate].slice(2).join('')}`,
    }
    return { plate, input: variants[how] ?? plate }
  })

const NOT_PROVINCES = ['港', '澳', '台', '使', '领', '北', '东', 'A', '1', '粵', '滬', ' ']

describe('§2.1(c) plate validator: 1,000+ generated valid and invalid plates', () => {
  it('valid plates in every written form are accepted and normalised to one value', () => {
    let n = 0
    fc.assert(
      fc.property(written, ({ plate, input }) => {
        n += 1
        const r = validatePlate(input)
        return r.ok && r.value === plate && normalisePlate(input) === plate
      }),
      { numRuns: RUNS, seed: 7 },
    )
    expect(n).toBeGreaterThanOrEqual(1000)
  })

  it('a wrong province is refused as plate-bad-province', () => {
    fc.assert(
      fc.property(pick(NOT_PROVINCES), validPlate, (bad, plate) => {
        const r = validatePlate(bad + [...plate].slice(1).join(''))
        return !r.ok && r.code === 'plate-bad-province'
      }),
      { numRuns: RUNS, seed: 8 },
    )
  })

  it('I or O anywhere after the province is refused, whatever the case or width', () => {
    fc.assert(
      fc.property(
        validPlate,
        fc.nat(7),
        fc.constantFrom('I', 'O', 'i', 'o', 'Ｉ', 'Ｏ', 'ｉ', 'ｏ'),
        (plate, at, bad) => {
          const cs = [...plate]
          cs[1 + (at % (cs.length - 1))] = bad
          const r = validatePlate(cs.join(''))
          return !r.ok && r.code === 'plate-letter-i-or-o'
        },
      ),
      { numRuns: RUNS, seed: 9 },
    )
  })

  it('too short or too long is refused', () => {
    fc.assert(
      fc.property(
        pick(PROVINCES),
        pick(LETTERS),
        fc.oneof(chars(SERIAL, 3), chars(SERIAL, 4), chars(SERIAL, 7), chars(SERIAL, 9)),
        (p, l, s) => {
          const r = validatePlate(p + l + s)
          return !r.ok && r.code === 'plate-bad-length'
        },
      ),
      { numRuns: RUNS, seed: 10 },
    )
  })

  it('8-character plates off the D/F rules are refused as plate-bad-new-energy', () => {
    const offRule = chars(SERIAL, 6).filter(
      (s) => !/^[DF][A-HJ-NP-Z0-9]\d{4}$/.test(s) && !/^\d{5}[DF]$/.test(s),
    )
    fc.assert(
      fc.property(pick(PROVINCES), pick(LETTERS), offRule, (p, l, s) => {
        const r = validatePlate(p + l + s)
        return !r.ok && r.code === 'plate-bad-new-energy'
      }),
      { numRuns: RUNS, seed: 11 },
    )
  })

  it('any string from a mixed alphabet is accepted exactly when the reference model accepts it', () => {
    const alphabet = [
      ...PROVINCES.slice(0, 6),
      ...NOT_PROVINCES,
      ...SERIAL,
      'I',
      'O',
      'd',
      'f',
      'Ｄ',
      '１',
      ' ',
      '\u3000',
      '·',
      '学',
      '挂',
      '#',
    ]
    let accepted = 0
    let refused = 0
    const candidate = fc.oneof(
      fc.array(pick(alphabet), { minLength: 0, maxLength: 10 }).map((a) => a.join('')),
      written.map((w) => w.input),
    )
    fc.assert(
      fc.property(candidate, (s) => {
        const ok = validatePlate(s).ok
        if (ok) accepted += 1
        else refused += 1
        return ok === model(s)
      }),
      { numRuns: 3000, seed: 12 },
    )
    // Both sides are exercised, not just one.
    expect(accepted).toBeGreaterThanOrEqual(1000)
    expect(refused).toBeGreaterThanOrEqual(1000)
  })
})
