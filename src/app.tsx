import type { PropsWithChildren } from 'react'
import { bootstrap } from './bootstrap'
import { ServicesProvider } from './hooks/services-context'
import { StoreProvider } from './store/store-context'
import './app.scss'

const { services, store } = bootstrap()

function App({ children }: PropsWithChildren) {
  return (
    <ServicesProvider services={services}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </ServicesProvider>
  )
}

export default App
