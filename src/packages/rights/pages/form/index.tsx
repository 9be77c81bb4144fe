import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { rightsRequestTypes, type RightsRequestType } from '../../../../catalogue/rights'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useT } from '../../../../i18n/use-t'
import { rightsMessages } from '../../../../i18n/features/rights'
import { RightsForm } from '../../components/rights-form'
import '../../rights.scss'

const isType = (v: string | undefined): v is RightsRequestType =>
  (rightsRequestTypes as readonly string[]).includes(v ?? '')

/** `?type=<request type>[&scope=account]`: one form per §10.1 request type. */
export default function RightsFormPage() {
  const t = useT(rightsMessages)
  const { params } = useNavigation()
  const { type, scope } = useMemo(() => params(), [params])
  if (!isType(type)) {
    return (
      <View className="rights">
        <Text className="rights__error">{t.rightsErrors.generic}</Text>
      </View>
    )
  }
  return <RightsForm type={type} account={type === 'delete-deregister' && scope === 'account'} />
}
