import { Button, Text, View } from '@tarojs/components'
import type { RightsRequestDto } from '../../../contract/rights-requests'
import { useNavigation } from '../../../hooks/use-navigation'
import { useT } from '../../../i18n/use-t'
import { rightsMessages } from '../../../i18n/features/rights'

export interface Submitted {
  readonly request: RightsRequestDto
  readonly deregistration: boolean
}

/** What happens next, once the request is in; after deregistration only the way back to start. */
export function SubmittedPanel({ submitted }: { submitted: Submitted }) {
  const t = useT(rightsMessages)
  const { go } = useNavigation()
  const { request, deregistration } = submitted
  const due = request.dueDate ?? ''
  // §10.3: a due date over a year whose holidays are not published yet is shown as an estimate.
  const estimated = request.dueDateEstimated === true
  return (
    <View className="rights rights-done" role="status">
      <Text className="rights__title" role="heading" aria-level={1}>
        {deregistration ? t.rightsDone.deregisteredTitle : t.rightsDone.title}
      </Text>
      <Text className="rights__intro">
        {deregistration
          ? t.rightsDone.deregisteredText(due, estimated)
          : t.rightsDone.text(due, estimated)}
      </Text>
      {deregistration ? (
        <Button className="rights__primary" onClick={() => go({ page: 'home' })}>
          {t.rightsDone.backHome}
        </Button>
      ) : (
        <Button
          className="rights__primary"
          onClick={() => go({ page: 'rights-request', id: request.id })}
        >
          {t.rightsDone.viewRequest}
        </Button>
      )}
    </View>
  )
}
