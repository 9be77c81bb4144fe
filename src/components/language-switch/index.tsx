import { Button } from '@tarojs/components'
import { useT } from '../../i18n/use-t'
import { useAppStore } from '../../store/store-context'
import './index.scss'

/** zh-CN ⇄ en; the choice persists with the store. */
export function LanguageSwitch() {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const setLang = useAppStore((s) => s.setLang)
  return (
    <Button
      className="language-switch"
      size="mini"
      aria-label={t.common.switchLanguageLabel}
      onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
    >
      {t.common.switchLanguage}
    </Button>
  )
}
