import { unmountAll } from './render'

afterEach(() => unmountAll())
