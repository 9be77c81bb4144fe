import fc from 'fast-check'
import { maskPhone, validatePhone } from '../../../src/domain/validators/phone'

describe('mainland mobile numbers (§10.3 verification, §3.4(a) SMS replies)', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１９９１２３４５６７８', '19912345678'],
  ])('accepts %s', (input, value) => {
    expect(validatePhone(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'phone-empty'],
    [undefined, 'phone-empty'],
    ['1381234567a', 'phone-not-digits'],
    ['1381234567', 'phone-bad-length'],
    ['138123456789', 'phone-bad-length'],
    ['12812345678', 'phone-bad-prefix'],
    ['01012345678', 'phone-bad-prefix'],
  ])('rejects %s with %s', (input, code) => {
    expect(validatePhone(input)).toEqual({ ok: false, code })
  })

  it('property: every 1[3-9]xxxxxxxxx number is valid in any of its written forms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
        fc.constantFrom('', '+86', '0086', '+86 '),
        (second, rest, prefix) => {
          const n = `1${second}${rest.join('')}`
          return validatePhone(`${prefix}${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`).ok
        },
      ),
    )
  })

  it('masks phones as 138****1234', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
  })
})
