import fc from 'fast-check'
import {
  classifyPlate,
  maskPlate,
  provinceAbbreviations,
  validatePlate,
} from '../../../src/domain/validators/plate'

describe('licence plates (GA 36-2018; BF.wechat-mini-program parking)', () => {
  it.each([
    ['京A12345', '京A12345', 'regular'],
    ['粤B D12345', '粤BD12345', 'new-energy-small'],
    ['粤BDF1234', '粤BDF1234', 'new-energy-small'],
    ['沪A12345F', '沪A12345F', 'new-energy-large'],
    ['苏E·5A3B7', '苏E5A3B7', 'regular'],
    ['ｊ', undefined, undefined],
    ['浙ａ１２３４５', '浙A12345', 'regular'],
    [' 川 a 1234学 ', '川A1234学', 'regular'],
    ['鲁B1234挂', '鲁B1234挂', 'regular'],
  ])('accepts and normalises %s', (input, value, kind) => {
    const r = validatePlate(input)
    if (value === undefined) return expect(r.ok).toBe(false)
    expect(r).toEqual({ ok: true, value })
    expect(classifyPlate(value)).toBe(kind)
  })

  it.each([
    ['', 'plate-empty'],
    ['A12345', 'plate-bad-province'],
    ['港A12345', 'plate-bad-province'],
    ['京112345', 'plate-bad-authority'],
    ['京I12345', 'plate-letter-i-or-o'],
    ['京A1O345', 'plate-letter-i-or-o'],
    ['京A1234', 'plate-bad-length'],
    ['京A1234567', 'plate-bad-length'],
    ['京A12#45', 'plate-bad-characters'],
    ['京AA12345', 'plate-bad-new-energy'],
    ['京AD1234A', 'plate-bad-new-energy'],
    ['京A1234D5', 'plate-bad-new-energy'],
  ])('rejects %s with %s', (input, code) => {
    expect(validatePlate(input)).toEqual({ ok: false, code })
  })

  it('rejects non-strings', () => {
    expect(validatePlate(12345)).toEqual({ ok: false, code: 'plate-empty' })
  })

  const letter = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))
  const serialChar = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))
  const province = fc.constantFrom(...provinceAbbreviations)

  it('property: every regular plate (no I/O) is valid, and normalising is idempotent', () => {
    fc.assert(
      fc.property(
        province,
        letter,
        fc.array(serialChar, { minLength: 5, maxLength: 5 }),
        (p, l, s) => {
          const plate = p + l + s.join('')
          const r = validatePlate(plate.toLowerCase().split('').join(' '))
          return r.ok && r.value === plate && validatePlate(r.value).ok
        },
      ),
    )
  })

  it('property: any plate containing I or O after the province is refused', () => {
    fc.assert(
      fc.property(
        province,
        fc.array(serialChar, { minLength: 6, maxLength: 7 }),
        fc.nat(6),
        fc.constantFrom('I', 'O'),
        (p, s, i, bad) => {
          const chars = [...s]
          chars[i % chars.length] = bad
          return !validatePlate(p + chars.join('')).ok
        },
      ),
    )
  })

  it('property: 8-character plates are valid exactly when the D/F rule holds', () => {
    fc.assert(
      fc.property(
        province,
        letter,
        fc.array(serialChar, { minLength: 6, maxLength: 6 }),
        (p, l, s) => {
          const serial = s.join('')
          const expected = /^[DF][A-HJ-NP-Z0-9]\d{4}$/.test(serial) || /^\d{5}[DF]$/.test(serial)
          return validatePlate(p + l + serial).ok === expected
        },
      ),
    )
  })

  it('masks plates for logs', () => {
    expect(maskPlate('京A12345')).toBe('京A***45')
    expect(maskPlate('粤BD12345')).toBe('粤B****45')
  })
})
