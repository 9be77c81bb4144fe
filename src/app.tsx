import type { PropsWithChildren } from 'react'
import { createIdGenerator } from './domain/ids'
import { ServicesProvider } from './hooks/services-context'
import { languageFromSystem } from './i18n'
import { createPlatformServices } from './services'
import { createAppStore } from './store/create-app-store'
import { StoreProvider } from './store/store-context'
import { storeDeps } from './store/store-deps'
import './app.scss'

const services = createPlatformServices()

const store = createAppStore({
  ...storeDeps({ now: Date.now, newId: createIdGenerator() }),
  storage: services.storage,
  initialLang: languageFromSystem(services.system.language()),
  // No personal data in the report, only what went wrong (§8.2).
  report: (issue) => console.warn(`[indigo] ${issue}`),
})

function App({ children }: PropsWithChildren) {
  return (
    <ServicesProvider services={services}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </ServicesProvider>
  )
}

export default App
