/**
 * The mock code2Session accepts `mock:<userKey>:<issuedAtMs>[-<random>]`: the code logs in as
 * `<userKey>`, works once and expires 5 minutes after `issuedAtMs` (like wx.login's code).
 */
export function mockLoginCode(userKey: string, issuedAtMs: number, random: string): string {
  return `mock:${userKey}:${issuedAtMs}-${random}`
}
