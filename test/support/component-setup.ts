// Component tests: load @tarojs/taro before anything else, so @tarojs/router and taro-h5
// do not meet half-initialised in their circular import (toolchain note 5).
import '@tarojs/taro'
