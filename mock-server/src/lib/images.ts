/**
 * A photo sent as base64 (receipts, §2.2(a)(v); rights request evidence and proof, §10.1): valid
 * base64, within its size limit, and of the type it declares (magic bytes), before it is kept.
 */
import { apiError, errors, type ApiError } from './errors'

const MAGIC: Readonly<Record<string, (b: Buffer) => boolean>> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) =>
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP',
}

export function checkImage(
  mimeType: string,
  base64: string,
  maxBytes: number,
): { bytes: Buffer } | ApiError {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    return errors.bad(
      'bad-image-encoding',
      '图片数据不是有效的 base64。',
      'The image is not valid base64.',
    )
  }
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length > maxBytes) return { ...errors.tooLarge(), details: { maxBytes } }
  if (!MAGIC[mimeType]?.(bytes)) {
    return apiError(
      415,
      'image-type-mismatch',
      '图片内容与声明的类型不符（仅支持 JPEG、PNG、WebP）。',
      'The image does not match its type (JPEG, PNG or WebP only).',
    )
  }
  return { bytes }
}
