/** "128.5" -> 12850 fen; null unless a positive amount with at most two decimals. */
export function parseAmountFen(input: string): number | null {
  const s = input.trim().replace(/[，,]/g, '')
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(s)) return null
  const [whole = '0', frac = ''] = s.split('.')
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  return fen > 0 ? fen : null
}
