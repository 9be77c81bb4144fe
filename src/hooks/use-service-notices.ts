import { useCallback, useMemo, useRef } from 'react'
import {
  serviceNoticeById,
  serviceNoticesBySubject,
  type ServiceNoticeSubject,
} from '../catalogue/subscribe-templates'
import type { RecordSubscriptionBody } from '../contract/service-notices'
import { serviceNoticeRoutes } from '../contract/routes-service-notices'
import { createIdGenerator } from '../domain/ids'
import type { SubscribeAnswer } from '../services/subscribe-ports'
import { type FeatureCall, useApi } from './use-api'
import { useServices } from './services-context'

export type NoticeContext = RecordSubscriptionBody['context']
export type SubscribeAnswers = Readonly<Record<string, SubscribeAnswer>>

/**
 * Tells the backend what WeChat's dialog answered, one record per template, once the request or
 * receipt exists. A failed dialog asked nothing and is not sent; a template not in the
 * catalogue is never sent. Each record has its own key, so the one retry after a lost answer
 * is the same record on the server, never a second message credit. Plain async code (no
 * React), so contract tests run it as it is. Answers the records the backend took.
 */
export async function recordSubscribeAnswers(
  call: FeatureCall<typeof serviceNoticeRoutes>,
  answers: SubscribeAnswers,
  context: NoticeContext,
  newKey: () => string,
): Promise<number> {
  let recorded = 0
  for (const [templateId, answer] of Object.entries(answers)) {
    const template = serviceNoticeById[templateId]
    if (answer === 'failed' || !template) continue
    const body = {
      key: `sn-${newKey()}`,
      templateId: template.templateId as RecordSubscriptionBody['templateId'],
      answer,
      context,
    }
    let r = await call('recordServiceNoticeAnswer', { body })
    if (!r.ok && r.error.kind === 'network') r = await call('recordServiceNoticeAnswer', { body })
    // Still not through: dropped, not queued. WeChat holds the one-time credit, and the backend
    // not knowing of it only means no notice: the member reads the outcome in the app (the
    // request's page, the receipts list). Queueing would keep the answer on the device for an
    // event that may already have happened.
    if (r.ok) recorded += 1
  }
  return recorded
}

const noAnswers: Promise<SubscribeAnswers> = Promise.resolve({})

/**
 * §3.5 service notices by WeChat subscribe message, asked where the thing they report on starts:
 * `ask()` from the user's tap opens WeChat's dialog for `subject`'s templates; `record(context)`
 * sends the answers once the request or receipt exists. Saying no, or a dialog that fails,
 * never stops the submit or upload: nothing waits on the answer but its own record.
 */
export function useServiceNotices(subject: ServiceNoticeSubject) {
  const { subscribe } = useServices()
  const { call } = useApi(serviceNoticeRoutes)
  const newKey = useMemo(() => createIdGenerator(), [])
  const held = useRef<Promise<SubscribeAnswers> | null>(null)

  /**
   * Call synchronously in the tap's handler, before anything is awaited (WeChat opens the
   * dialog only from a tap). Settles when the user answered; never rejects.
   */
  const ask = useCallback((): Promise<SubscribeAnswers> => {
    const ids = serviceNoticesBySubject[subject].map((t) => t.templateId)
    const answers = subscribe ? subscribe.request(ids).catch(() => ({})) : noAnswers
    held.current = answers
    return answers
  }, [subscribe, subject])

  /** The same, unless an answer is already held: a second tap on the same form asks no more. */
  const askOnce = useCallback(() => held.current ?? ask(), [ask])

  /** Sends the held answers for `context` (and forgets them: one event, one set of answers). */
  const record = useCallback(
    async (context: NoticeContext): Promise<number> => {
      const answers = held.current
      held.current = null
      if (!answers) return 0
      return recordSubscribeAnswers(call, await answers, context, newKey)
    },
    [call, newKey],
  )

  return useMemo(() => ({ ask, askOnce, record }), [ask, askOnce, record])
}
