import { Button, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { usePrivacyPopup } from '../../hooks/use-privacy-gate'
import { useT } from '../../i18n/use-t'
import './index.scss'

const AGREE_BUTTON_ID = 'privacy-popup-agree'

/**
 * Our answer to WeChat's onNeedPrivacyAuthorization (issue 4 §2): shown when WeChat asks,
 * reports `exposureAuthorization` once it is on screen, then `agree` (through the
 * agreePrivacyAuthorization button, which is what satisfies WeChat's gate) or `disagree`.
 */
export function PrivacyPopup() {
  const t = useT()
  const { ask, contractName, exposed, agree, disagree, openContract } = usePrivacyPopup()
  useEffect(() => {
    if (ask) exposed()
  }, [ask, exposed])
  if (!ask) return null
  // H5's Button ignores openType and never fires onAgreePrivacyAuthorization: a tap agrees.
  // On WeChat only the open-type event may answer, so WeChat has recorded the agreement first.
  const onClickAgree = process.env.TARO_ENV === 'weapp' ? undefined : () => agree(AGREE_BUTTON_ID)
  return (
    <View className="privacy-popup" role="dialog" aria-modal aria-label={t.privacyPopup.title}>
      <View className="privacy-popup__mask" aria-hidden />
      <View className="privacy-popup__panel">
        <Text className="privacy-popup__title">{t.privacyPopup.title}</Text>
        <Text className="privacy-popup__body">{t.privacyPopup.body(contractName)}</Text>
        <Text className="privacy-popup__link" role="link" onClick={() => void openContract()}>
          {t.privacyPopup.openContract}
        </Text>
        <View className="privacy-popup__actions">
          <Button className="privacy-popup__disagree" onClick={disagree}>
            {t.privacyPopup.disagree}
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="privacy-popup__agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => agree(AGREE_BUTTON_ID)}
            onClick={onClickAgree}
          >
            {t.privacyPopup.agree}
          </Button>
        </View>
      </View>
    </View>
  )
}
