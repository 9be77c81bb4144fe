/**
 * `npm run catalogue`: prints the purpose catalogue as JSON for docs and checks:
 * { policyVersion, purposes: [every field], dataCategories }. Each purpose is shown whole: its
 * rules (src/catalogue/purposes) with its words (src/catalogue/purpose-copy) beside them.
 */
import { currentPolicyVersion, dataCategories, purposeCopy, purposes } from '../src/catalogue'

const output = {
  policyVersion: currentPolicyVersion.version,
  // Optional fields as null, so every purpose shows every field.
  purposes: purposes.map((p) => {
    const { retention, ...words } = purposeCopy[p.id]
    return {
      ...p,
      ...words,
      retention: { ...p.retention, text: retention },
      channel: p.channel ?? null,
      wechatScope: p.wechatScope ?? null,
    }
  }),
  dataCategories,
}

process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
