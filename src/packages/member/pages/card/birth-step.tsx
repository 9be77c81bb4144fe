import { Button, Picker, Text, View } from '@tarojs/components'
import { EARLIEST_BIRTH_DATE, type useMemberSignUp } from '../../../../hooks/use-member-signup'
import { useT } from '../../../../i18n/use-t'
import { memberMessages } from '../../../../i18n/features/member'

/**
 * Sign-up's first step (§1.6, §12): the date of birth from a date picker, checked before it is
 * kept. The picker opens on a date but nothing counts as chosen until the user confirms one.
 */
export function BirthStep({ signUp }: { signUp: ReturnType<typeof useMemberSignUp> }) {
  const s = useT(memberMessages).member.signUp
  return (
    <View className="member-section member-birth">
      <Text className="member-section__title" role="heading" aria-level={2}>
        {s.heading}
      </Text>
      <Text className="member-section__note">{s.intro}</Text>
      <Text className="member-birth__label">{s.label}</Text>
      <Picker
        mode="date"
        value={signUp.value || '2000-01-01'}
        start={EARLIEST_BIRTH_DATE}
        end={signUp.today}
        onChange={(e) => signUp.choose(String(e.detail.value))}
      >
        <View className="member-birth__value" aria-label={s.label}>
          <Text>{signUp.value || s.choose}</Text>
        </View>
      </Picker>
      {signUp.problem && (
        <Text className="member-page__error member-birth__error" role="alert">
          {s.problems[signUp.problem]}
        </Text>
      )}
      <Text className="member-section__note">{s.childNote}</Text>
      <Button className="member-btn member-birth__submit" onClick={signUp.submit}>
        {s.submit}
      </Button>
    </View>
  )
}
