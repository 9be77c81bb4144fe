/**
 * Random ids for consent events and devices. WeChat's JS engine has no crypto.randomUUID, so
 * the random source is injected (Math.random in the app, a seeded one in tests).
 */
export function createIdGenerator(random: () => number = Math.random): () => string {
  return () => {
    let out = ''
    for (let i = 0; i < 32; i += 1) {
      out += Math.floor(random() * 16).toString(16)
      if (i === 7 || i === 11 || i === 15 || i === 19) out += '-'
    }
    return out
  }
}
