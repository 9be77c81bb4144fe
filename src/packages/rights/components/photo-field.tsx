import { Button, Text, View } from '@tarojs/components'
import type { AttachmentKind } from '../../../catalogue/rights'
import { FormField } from '../../../components/form-field'
import type { DraftPhoto, FieldErrorCode } from '../../../domain/rights-form'
import type { PhotoSource } from '../../../hooks/use-rights-draft'
import type { RightsT } from '../../../i18n/features/rights'
import './photo-field.scss'

interface Props {
  readonly kind: AttachmentKind
  readonly required: boolean
  readonly photo: DraftPhoto | undefined
  readonly error: FieldErrorCode | undefined
  readonly onPick: (source: PhotoSource) => void
  readonly onRemove: () => void
  readonly t: RightsT
}

/**
 * §10.1: a photo that goes with the request (evidence for a correction, proof of relationship
 * for a guardian or next of kin). Picked with wx.chooseMedia through the services adapter.
 */
export function PhotoField({ kind, required, photo, error, onPick, onRemove, t }: Props) {
  const f = t.rightsForm
  return (
    <FormField
      name={`photos.${kind}`}
      label={f.photos[kind]}
      hint={f.photoHints[kind]}
      {...(required ? {} : { note: f.optional })}
      {...(error ? { error: f.errors[error] } : {})}
    >
      {photo ? (
        <View className="rights__photo">
          <Text className="rights__photo-chosen">
            {f.photoChosen(Math.max(1, Math.round(photo.sizeBytes / 1024)))}
          </Text>
          <Button className="rights__secondary" onClick={onRemove}>
            {f.photoRemove}
          </Button>
        </View>
      ) : (
        <View className="rights__photo">
          <Button className="rights__secondary" onClick={() => onPick('album')}>
            {f.photoAlbum}
          </Button>
          <Button className="rights__secondary" onClick={() => onPick('camera')}>
            {f.photoCamera}
          </Button>
        </View>
      )}
    </FormField>
  )
}
