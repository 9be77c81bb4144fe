import { Button, Text, View } from '@tarojs/components'
import { type ComponentType, useEffect, useState } from 'react'
import { usePrivacyPopup } from '../../hooks/use-privacy-gate'
import { useT } from '../../i18n/use-t'
import './index.scss'

const AGREE_BUTTON_ID = 'privacy-popup-agree'

/**
 * Our answer to WeChat's onNeedPrivacyAuthorization (§1.3, §1.5): shown when WeChat asks,
 * reports `exposureAuthorization` once it is on screen, then `agree` (through the
 * agreePrivacyAuthorization button, which is what satisfies WeChat's gate) or `disagree`.
 */
export function PrivacyPopup() {
  const t = useT()
  const { ask, contractName, exposed, agree, disagree, openContract } = usePrivacyPopup()
  // After "decline" WeChat fails the call that asked: the page says calmly why nothing happened.
  const [declined, setDeclined] = useState(false)
  useEffect(() => {
    if (ask) {
      setDeclined(false)
      exposed()
    }
  }, [ask, exposed])
  if (!ask) {
    if (!declined) return null
    return (
      <View className="privacy-popup__declined" role="status">
        <Text className="privacy-popup__declined-text">{t.privacyPopup.declined}</Text>
        <Button className="privacy-popup__dismiss" onClick={() => setDeclined(false)}>
          {t.privacyPopup.dismiss}
        </Button>
      </View>
    )
  }
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
          <Button
            className="privacy-popup__disagree"
            onClick={() => {
              disagree()
              setDeclined(true)
            }}
          >
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

/**
 * A page that can answer WeChat's privacy ask. WeChat holds a privacy API called on any page
 * (getPhoneNumber on the member card, chooseMedia on receipts, getLocation in the store finder,
 * the clipboard on the export) until our popup answers; a page without one leaves the tap
 * hanging. Every page's default export goes through this, early returns included.
 */
export function withPrivacyPopup<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function PageWithPrivacyPopup(props: P) {
    return (
      <>
        <Page {...props} />
        <PrivacyPopup />
      </>
    )
  }
  PageWithPrivacyPopup.displayName = `WithPrivacyPopup(${Page.displayName ?? Page.name})`
  return PageWithPrivacyPopup
}
