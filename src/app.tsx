import type { PropsWithChildren } from 'react'
import { bootstrap } from './bootstrap'
import { ServicesProvider } from './hooks/services-context'
import { registerPrivacyGate } from './hooks/use-privacy-gate'
import { StoreProvider } from './store/store-context'
import './app.scss'

const { services, store } = bootstrap()
// Issue 4 §2: WeChat's privacy gate is answered by our popup; registered once, at launch.
registerPrivacyGate(services.privacy, store)

function App({ children }: PropsWithChildren) {
  return (
    <ServicesProvider services={services}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </ServicesProvider>
  )
}

export default App
