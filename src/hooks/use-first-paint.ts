import { useEffect, useState } from 'react'
import { afterFirstPaint, firstPaintDone } from '../services/first-paint'

/**
 * False while the app's first screen has not been painted yet (H5), true afterwards and at once
 * everywhere else (WeChat, tests, any later page). A page renders what is below the fold only
 * once it is true, so the first paint waits for what the user sees first (LCP budget, bench/).
 */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(firstPaintDone)
  useEffect(() => (done ? undefined : afterFirstPaint(() => setDone(true))), [done])
  return done
}
