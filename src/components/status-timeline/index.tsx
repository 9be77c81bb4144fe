import { Text, View } from '@tarojs/components'
import './index.scss'

export interface TimelineStep {
  readonly key: string
  readonly label: string
  readonly time: string
  readonly note?: string
}

/** §10.1 tracking: each status the request went through, oldest first, the current one marked. */
export function StatusTimeline({
  steps,
  label,
}: {
  steps: readonly TimelineStep[]
  label: string
}) {
  return (
    <View className="status-timeline" role="list" aria-label={label}>
      {steps.map((s, i) => (
        <View
          key={s.key}
          role="listitem"
          className={`status-timeline__step${i === steps.length - 1 ? ' status-timeline__step--current' : ''}`}
        >
          <View className="status-timeline__dot" />
          <View className="status-timeline__body">
            <Text className="status-timeline__label">{s.label}</Text>
            <Text className="status-timeline__time">{s.time}</Text>
            {s.note ? <Text className="status-timeline__note">{s.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
