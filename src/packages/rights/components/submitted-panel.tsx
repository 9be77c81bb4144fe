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
  return (
    <View className="rights rights-done" role="status">
      <Text className="rights__title" role="heading" aria-level={1}>
        {deregistration ? t.rightsDone.deregisteredTitle : t.rightsDone.title}
      </Text>
      <Text className="rights__intro">
        {deregistration ? t.rightsDone.deregisteredText(due) : t.rightsDone.text(due)}
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
