import { Button, Text, View } from '@tarojs/components'
import { useT } from '../../i18n/use-t'
import { memberMessages } from '../../i18n/features/member'
import { useAppStore } from '../../store/store-context'
import './index.scss'

interface Props {
  /** The purposes this page depends on: only their deletions are shown here. */
  readonly purposeIds: readonly string[]
}

/**
 * §10.1(d), what a withdrawal costs: after a withdrawal reached the backend, what it deleted (the
 * plates, the receipt photos; a location that was never stored says so), until dismissed.
 */
export function DeletedNotice({ purposeIds }: Props) {
  const d = useT(memberMessages).member.deleted
  const all = useAppStore((s) => s.deletedByWithdrawal)
  const dismiss = useAppStore((s) => s.dismissDeleted)
  const mine = all.filter((x) => purposeIds.includes(x.purposeId))
  if (mine.length === 0) return null
  // The same category withdrawn twice (another device) adds up rather than repeating.
  const byCategory = new Map<string, number>()
  for (const x of mine) byCategory.set(x.category, (byCategory.get(x.category) ?? 0) + x.count)
  return (
    <View className="deleted-notice" role="status">
      <Text className="deleted-notice__title">{d.title}</Text>
      {[...byCategory].map(([category, count]) => (
        <Text key={category} className="deleted-notice__item">
          {d.item(
            (d.categories as Readonly<Record<string, string | undefined>>)[category] ?? category,
            count,
          )}
        </Text>
      ))}
      <Button className="deleted-notice__dismiss" size="mini" onClick={() => dismiss(purposeIds)}>
        {d.dismiss}
      </Button>
    </View>
  )
}
