/**
 * What the member features need from the platform (§3.1(m)): photos for receipts, location
 * for the store finder, the phone number button, and the car park system. The weapp adapters
 * live in ./wechat, the fakes (H5 and tests) in ./fakes.
 */

export type ReceiptImageType = 'image/jpeg' | 'image/png' | 'image/webp'

export type ImageSource = 'camera' | 'album'

/** A photo the user picked, still on the device. */
export interface PickedImage {
  readonly path: string
  readonly mimeType: ReceiptImageType
  readonly sizeBytes: number
}

export interface MediaPicker {
  /** wx.chooseMedia from the camera or the album; null when the user cancelled. */
  choose(source: ImageSource): Promise<PickedImage | null>
  /**
   * The photo's bytes as base64, compressed first when above `maxBytes`; `onProgress` gets
   * 0..1 while it is read. null when it cannot be made small enough or read.
   */
  read(
    image: PickedImage,
    maxBytes: number,
    onProgress: (fraction: number) => void,
  ): Promise<{ mimeType: ReceiptImageType; base64: string } | null>
}

export interface GeoPoint {
  readonly latitude: number
  readonly longitude: number
  /** metres, when the platform says */
  readonly accuracy?: number
}

export interface LocationSource {
  /**
   * wx.getLocation (gcj02): only after precise-location consent and scope.userLocation. The
   * only location the app reads: no fuzzy location (src/catalogue/wechat-privacy-apis.ts).
   */
  precise(): Promise<GeoPoint | null>
}

export type PhoneCodeResult =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly reason: 'denied' | 'unavailable' }

export interface PhoneBinding {
  /**
   * 'button-event': WeChat answers the getPhoneNumber button's tap with an event;
   * 'click': H5 ignores openType, so the plain tap asks the fake for a mock code.
   */
  readonly trigger: 'button-event' | 'click'
  /**
   * The code from the button's event detail (weapp) or a mock code (fake). Only the backend
   * turns it into the number (POST /v1/me/phone): the app never sends a number it typed.
   */
  codeFrom(detail?: unknown): PhoneCodeResult
}

/** One stay in the car park, as the car park system reports it (mock). */
export interface ParkingSession {
  readonly id: string
  readonly plate: string
  readonly enteredAt: number
  /** absent while the car is still inside */
  readonly leftAt?: number
  /** The fee the car park system charges, up to leaving or to `asOf` while inside. */
  readonly feeFen: number
  /** When the car park system worked the fee out. */
  readonly asOf: number
}

export interface ParkingLot {
  /** Stays of these plates, newest first. */
  sessions(plates: readonly string[]): Promise<ParkingSession[]>
}
