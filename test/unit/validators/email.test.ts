import { validateEmail } from '../../../src/domain/validators/email'

describe('email addresses (§3.1(g) email marketing, §10.1(e) transfer contact)', () => {
  it.each([
    ['a@example.com', 'a@example.com'],
    ['  First.Last+tag@Example.COM.cn ', 'First.Last+tag@example.com.cn'],
    ['ｍｅ＠ｅｘａｍｐｌｅ．ｃｎ', 'me@example.cn'],
  ])('accepts %s', (input, value) => {
    expect(validateEmail(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'email-empty'],
    [42, 'email-empty'],
    ['no-at-sign', 'email-bad-format'],
    ['two@@example.com', 'email-bad-format'],
    ['.dot@example.com', 'email-bad-format'],
    ['sp ace@example.com', 'email-bad-format'],
    ['a@localhost', 'email-bad-domain'],
    ['a@-bad.com', 'email-bad-domain'],
    ['a@example.c0m', 'email-bad-domain'],
    [`${'a'.repeat(250)}@b.cn`, 'email-too-long'],
  ])('rejects %s with %s', (input, code) => {
    expect(validateEmail(input)).toEqual({ ok: false, code })
  })
})
