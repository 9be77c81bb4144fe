import Taro from '@tarojs/taro'
import type { MediaPicker, PickedImage, ReceiptImageType } from '../member-ports'

function typeOf(path: string): ReceiptImageType | null {
  const ext = /\.(\w+)$/.exec(path)?.[1]?.toLowerCase()
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg'
  if (ext === 'png') return 'image/png'
  if (ext === 'webp') return 'image/webp'
  return null
}

function readBase64(filePath: string): Promise<string | null> {
  return new Promise((resolve) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (res) => resolve(typeof res.data === 'string' ? res.data : null),
      fail: () => resolve(null),
    })
  })
}

async function sizeOf(filePath: string): Promise<number> {
  try {
    const info = await Taro.getFileInfo({ filePath })
    return 'size' in info ? info.size : Number.POSITIVE_INFINITY
  } catch {
    return Number.POSITIVE_INFINITY
  }
}

/**
 * wx.chooseMedia for a receipt photo (§2.2(a)(v)). Called only after the receipt-photos
 * consent; WeChat's own privacy check (__usePrivacyCheck__) still applies to it.
 */
export const wechatMediaPicker: MediaPicker = {
  async choose(source) {
    try {
      const res = await Taro.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sourceType: [source],
        sizeType: ['compressed'],
      })
      const file = res.tempFiles[0]
      const mimeType = file ? typeOf(file.tempFilePath) : null
      if (!file || !mimeType) return null
      const picked: PickedImage = { path: file.tempFilePath, mimeType, sizeBytes: file.size }
      return picked
    } catch {
      // The user closed the picker: nothing happened.
      return null
    }
  },
  async read(image, maxBytes, onProgress) {
    let path = image.path
    let mimeType = image.mimeType
    // A phone photo is often larger than the 2 MiB the backend takes: recompress as JPEG.
    for (const quality of [80, 50, 30]) {
      if ((await sizeOf(path)) <= maxBytes) break
      try {
        path = (await Taro.compressImage({ src: image.path, quality })).tempFilePath
        mimeType = 'image/jpeg'
      } catch {
        return null
      }
    }
    if ((await sizeOf(path)) > maxBytes) return null
    onProgress(0.5)
    const base64 = await readBase64(path)
    onProgress(1)
    return base64 ? { mimeType, base64 } : null
  },
}
