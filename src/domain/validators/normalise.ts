/**
 * Shared input normalisation for the validators: people type plates and phone numbers with a
 * Chinese IME, so full-width letters/digits and ideographic spaces are common. Pure.
 */

/** Full-width ASCII (U+FF01–U+FF5E) to half-width; the ideographic space to a space. */
export function toHalfWidth(input: string): string {
  let out = ''
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += ch
  }
  return out
}

/** Removes every kind of whitespace plus the separators people put inside plates and numbers. */
export function stripSeparators(input: string): string {
  return input.replace(/[\s\u00b7\u2022\u30fb\u200b-\u200d\ufeff\-.·]/g, '')
}

export type ValidationResult<T, C extends string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: C }
