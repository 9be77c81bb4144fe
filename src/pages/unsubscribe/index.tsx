import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
// The names only (not every purpose's description): this page is in the main package.
import { LanguageSwitch } from '../../components/language-switch'
import { useNavigation } from '../../hooks/use-navigation'
import { useUnsubscribe } from '../../hooks/use-unsubscribe'
import { purposeName } from '../../i18n/purpose-name'
import { useLang, useT } from '../../i18n/use-t'
import './index.scss'
import { withPrivacyPopup } from '../../components/privacy-popup'

/**
 * §3.4(b): the page an SMS or email unsubscribe link opens (`pages/unsubscribe/index?token=`).
 * One tap, no login, no notice first: stopping marketing must never be harder than that. The
 * backend reads who and which channel from the signed token.
 */
function Unsubscribe() {
  const t = useT()
  const u = t.unsubscribe
  const lang = useLang()
  const { go, params } = useNavigation()
  const [token] = useState(() => params().token)
  const { state, unsubscribe } = useUnsubscribe(token)

  const names = (ids: readonly string[]) =>
    ids.map((id) => purposeName(id, lang)).join(lang === 'zh-CN' ? '、' : ', ')

  return (
    <View className="unsubscribe">
      <View className="unsubscribe__bar">
        <Text className="unsubscribe__title" role="heading" aria-level={1}>
          {state.phase === 'done' ? u.done : u.title}
        </Text>
        <LanguageSwitch />
      </View>

      {!token && <Text className="unsubscribe__error">{u.missingToken}</Text>}

      {token && state.phase !== 'done' && (
        <View className="unsubscribe__card">
          <Text className="unsubscribe__intro">{u.intro}</Text>
          <Button
            className="unsubscribe__action"
            disabled={state.phase === 'working' || undefined}
            onClick={() => void unsubscribe()}
          >
            {state.phase === 'working' ? u.working : u.action}
          </Button>
          {state.phase === 'failed' && (
            <Text className="unsubscribe__error" role="alert">
              {state.error.kind === 'network'
                ? u.network
                : `${u.failed}${state.error.localized?.[lang] ?? state.error.message}`}
            </Text>
          )}
        </View>
      )}

      {state.phase === 'done' && (
        <View className="unsubscribe__card unsubscribe__done" role="status">
          <Text className="unsubscribe__message">{state.message[lang]}</Text>
          <Text className="unsubscribe__channels">
            {state.unsubscribed.length > 0 ? u.channels(names(state.unsubscribed)) : u.nothingLeft}
          </Text>
        </View>
      )}

      <Text className="unsubscribe__note">{u.serviceNote}</Text>
      <Text
        className="unsubscribe__manage"
        role="link"
        onClick={() => go({ page: 'marketing-preferences' })}
      >
        {u.manage}
      </Text>
    </View>
  )
}

// WeChat asks from whatever page calls a privacy API: every page can answer it (§1.5).
export default withPrivacyPopup(Unsubscribe)
