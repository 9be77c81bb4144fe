import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { rightsRequestTypes, type RightsRequestType } from '../../../../catalogue/rights'
import { useNavigation } from '../../../../hooks/use-navigation'
import { useT } from '../../../../i18n/use-t'
import { rightsMessages } from '../../../../i18n/features/rights'
import { RightsForm } from '../../components/rights-form'
import '../../rights.scss'
import { withPrivacyPopup } from '../../../../components/privacy-popup'

const isType = (v: string | undefined): v is RightsRequestType =>
  (rightsRequestTypes as readonly string[]).includes(v ?? '')

/** `?type=<request type>[&scope=account]`: one form per §10.1 request type. */
function RightsFormPage() {
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

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(RightsFormPage)
