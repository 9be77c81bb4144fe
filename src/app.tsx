import type { PropsWithChildren } from 'react'
import { bootstrap } from './bootstrap'
import { afterFirstPaint } from './services/first-paint'
import { ServicesProvider } from './hooks/services-context'
import { registerPrivacyGate } from './hooks/use-privacy-gate'
import { installH5Accessibility, setDocumentLanguage } from './services/h5-a11y'
import { StoreProvider } from './store/store-context'
import './app.scss'

const { services, store } = bootstrap()
// §1.5: WeChat's privacy gate is answered by our popup; registered once, at launch.
registerPrivacyGate(services.privacy, store)
// WCAG 4.1.2, 2.1.1: Taro's H5 buttons get a role and focus; <html lang> follows the language.
// The buttons are fixed once the first screen has painted (notice LCP budget), in the same
// moment the page's below-the-fold part arrives.
afterFirstPaint(installH5Accessibility)
setDocumentLanguage(store.getState().lang)
store.subscribe((s) => setDocumentLanguage(s.lang))

function App({ children }: PropsWithChildren) {
  return (
    <ServicesProvider services={services}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </ServicesProvider>
  )
}

export default App
