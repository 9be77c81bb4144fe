import { createContext, type PropsWithChildren, useContext } from 'react'
import type { Services } from '../services'

const ServicesContext = createContext<Services | null>(null)

/** Platform services (WeChat adapters or fakes), provided at the root and in tests. */
export function ServicesProvider({
  services,
  children,
}: PropsWithChildren<{ services: Services }>) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
}

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices outside ServicesProvider')
  return services
}
