/**
 * `npm run catalogue`: prints the purpose catalogue as JSON for docs and checks:
 * { policyVersion, purposes: [every field], dataCategories }.
 */
import { currentPolicyVersion, dataCategories, purposes } from '../src/catalogue'

const output = {
  policyVersion: currentPolicyVersion.version,
  // Optional fields as null, so every purpose shows every field.
  purposes: purposes.map((p) => ({
    ...p,
    channel: p.channel ?? null,
    wechatScope: p.wechatScope ?? null,
  })),
  dataCategories,
}

process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
