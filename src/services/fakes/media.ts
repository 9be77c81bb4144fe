import type { ImageSource, MediaPicker, PickedImage } from '../member-ports'

/** A 1×1 JPEG: the mock backend checks the JPEG magic bytes, so this uploads like a photo. */
export const SAMPLE_RECEIPT_JPEG =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA='

/**
 * Stands in for wx.chooseMedia on H5 and in tests: "picks" a sample receipt photo. `cancel`
 * plays a user who closes the picker; `chosen` records which source was asked for.
 */
export function createFakeMediaPicker(opts: { cancel?: boolean; base64?: string } = {}) {
  const chosen: ImageSource[] = []
  const base64 = opts.base64 ?? SAMPLE_RECEIPT_JPEG
  const picker: MediaPicker & { readonly chosen: readonly ImageSource[] } = {
    async choose(source) {
      chosen.push(source)
      if (opts.cancel) return null
      const image: PickedImage = {
        path: `fake://${source}/receipt.jpg`,
        mimeType: 'image/jpeg',
        sizeBytes: Math.floor((base64.length * 3) / 4),
      }
      return image
    },
    async read(image, maxBytes, onProgress) {
      if (image.sizeBytes > maxBytes) return null
      onProgress(0.5)
      onProgress(1)
      return { mimeType: image.mimeType, base64 }
    },
    get chosen() {
      return chosen
    },
  }
  return picker
}
