import { Text, View } from '@tarojs/components'
import { maskPhone } from '../../domain/validators/phone'
import { useT } from '../../i18n/use-t'
import { memberMessages } from '../../i18n/features/member'
import './index.scss'

interface Props {
  readonly balance: number
  readonly phone?: string
}

/** The member card (§3.1(m)): the points balance; the phone only masked (§8.2). */
export function MemberCard({ balance, phone }: Props) {
  const t = useT(memberMessages)
  const c = t.member.card
  return (
    <View className="member-card" aria-label={c.cardLabel}>
      <Text className="member-card__brand">{t.app.brand}</Text>
      <Text className="member-card__label">{c.cardLabel}</Text>
      <View className="member-card__row">
        <View>
          <Text className="member-card__caption">{c.points}</Text>
          <Text className="member-card__points">{balance}</Text>
        </View>
        <View className="member-card__phone-box">
          <Text className="member-card__caption">{c.phone}</Text>
          <Text className="member-card__phone">{phone ? maskPhone(phone) : c.phoneNone}</Text>
        </View>
      </View>
    </View>
  )
}
