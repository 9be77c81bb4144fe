import { err, lastSmsCode, must, startServer, type Member, type TestServer } from './support/server'

describe("§1.6 §12.2 the guardian's SMS code goes to the guardian's phone", () => {
  let s: TestServer
  let child: Member
  beforeEach(async () => {
    s = await startServer()
    child = await s.login('child')
    must(await child.api.call('updateProfile', { body: { phone: '13900001111' } }))
  })
  afterEach(() => s.close())

  it("§12.2 the code goes to the guardian's phone and the member's own phone stays", async () => {
    const before = must(await child.api.call('getProfile'))
    const sent = must(
      await child.api.call('sendSmsCode', { body: { purpose: 'guardian', phone: '13812345678' } }),
    )
    expect(sent.maskedPhone).toBe('138****5678')
    expect(s.logs.join('\n')).toContain('mock SMS to 138****5678')
    expect(s.logs.join('\n')).not.toContain('13812345678')
    const code = lastSmsCode(s.logs)
    must(
      await child.api.call('verifySmsCode', {
        body: { verificationId: sent.verificationId, code },
      }),
    )
    // Verifying the guardian's code changes nothing on the child's profile.
    expect(must(await child.api.call('getProfile'))).toEqual(before)
  })

  it('§1.6 a guardian code needs a valid phone, and only a guardian code takes one', async () => {
    expect(
      err(await child.api.call('sendSmsCode', { body: { purpose: 'guardian' } })),
    ).toMatchObject({ status: 400 })
    expect(
      err(await child.api.call('sendSmsCode', { body: { purpose: 'guardian', phone: '12345' } })),
    ).toMatchObject({ status: 400 })
    expect(
      err(
        await child.api.call('sendSmsCode', {
          body: { purpose: 'rights-request', phone: '13812345678' },
        }),
      ),
    ).toMatchObject({ status: 400 })
  })
})
