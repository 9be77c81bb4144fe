// Component tests: load @tarojs/taro before anything else, so @tarojs/router and taro-h5
// do not meet half-initialised in their circular import (the @tarojs/router <-> taro-h5 cycle: load @tarojs/taro first).
import '@tarojs/taro'

// test-utils-react 0.1.1 still calls react-dom/test-utils' act, which React 18.3 flags as
// deprecated on every mount; that one warning is noise, every other console.error stays.
const consoleError = console.error
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return
  consoleError(...args)
}
