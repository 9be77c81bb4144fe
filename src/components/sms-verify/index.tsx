import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useRightsErrorText } from '../../hooks/use-rights-requests'
import {
  useRightsVerification,
  type VerificationProblem,
} from '../../hooks/use-rights-verification'
import { useT } from '../../i18n/use-t'
import { rightsMessages } from '../../i18n/features/rights'
import { FormField } from '../form-field'
import { accessibleName } from '../form-field/accessible-name'
import './index.scss'

/**
 * `disabled` only when true: H5 writes disabled={false} as the attribute disabled="false", and
 * Taro's own [disabled] styles then grey out a button that works.
 */
const off = (disabled: boolean) => (disabled ? { disabled: true } : {})

interface Props {
  /** The label of the final button, e.g. "Verify and send". */
  readonly actionLabel: string
  /** Gets the single-use token; the parent sends the request with it. */
  readonly onVerified: (token: string) => Promise<void>
  /** Set while the parent is sending: the button stays disabled. */
  readonly busy?: boolean
  /**
   * Runs first, synchronously, when the final button is tapped: the place for what WeChat
   * allows only from a tap (a subscribe-message dialog, §3.5). Nothing waits for it.
   */
  readonly onTap?: () => void
}

/**
 * §10.3 identity verification: a code to the member's phone (added first when the account has
 * none), a resend countdown, and the server's attempt limits in the person's language.
 */
export function SmsVerify({ actionLabel, onVerified, busy = false, onTap }: Props) {
  const t = useT(rightsMessages)
  const errorText = useRightsErrorText()
  const v = useRightsVerification()
  const [code, setCode] = useState('')
  const [phone, setPhone] = useState('')

  const problemText = (p: VerificationProblem | null): string | undefined => {
    if (!p) return undefined
    if (p.kind === 'code-format') return t.rightsVerify.codeInvalid
    if (p.kind === 'phone') return t.rightsVerify.phoneErrors[p.code]
    return errorText(p.error)
  }
  const problem = problemText(v.problem)
  const working = busy || v.phase === 'verifying' || v.phase === 'verified'

  if (v.phase === 'no-phone') {
    return (
      <View className="sms-verify">
        <Text className="sms-verify__title">{t.rightsVerify.title}</Text>
        <Text className="sms-verify__text">{t.rightsVerify.noPhone}</Text>
        <FormField name="phone" label={t.rightsVerify.phoneLabel} error={problem}>
          <Input
            className="form-field__input sms-verify__phone"
            type="number"
            maxlength={11}
            value={phone}
            placeholder={t.rightsVerify.phonePlaceholder}
            {...accessibleName(t.rightsVerify.phoneLabel)}
            onInput={(e) => setPhone(e.detail.value)}
          />
        </FormField>
        <Button className="sms-verify__primary" onClick={() => void v.savePhone(phone)}>
          {t.rightsVerify.savePhone}
        </Button>
      </View>
    )
  }

  const sent = v.maskedPhone !== null
  const wait = v.secondsUntilResend
  return (
    <View className="sms-verify">
      <Text className="sms-verify__title">{t.rightsVerify.title}</Text>
      <Text className="sms-verify__text">
        {sent ? t.rightsVerify.sentTo(v.maskedPhone ?? '') : t.rightsVerify.intro}
      </Text>
      {sent ? (
        <FormField name="code" label={t.rightsVerify.codeLabel} error={problem}>
          <View className="sms-verify__row">
            <Input
              className="form-field__input sms-verify__code"
              type="number"
              maxlength={6}
              value={code}
              placeholder={t.rightsVerify.codePlaceholder}
              {...accessibleName(t.rightsVerify.codeLabel)}
              onInput={(e) => setCode(e.detail.value)}
            />
            <Button
              className={`sms-verify__resend${wait > 0 || v.phase === 'sending' ? ' sms-verify__resend--off' : ''}`}
              {...off(wait > 0 || v.phase === 'sending')}
              onClick={() => void v.send()}
            >
              {wait > 0 ? t.rightsVerify.resendIn(wait) : t.rightsVerify.resend}
            </Button>
          </View>
        </FormField>
      ) : (
        problem && (
          <Text className="sms-verify__error" role="alert">
            {problem}
          </Text>
        )
      )}
      {sent ? (
        <Button
          className={`sms-verify__primary${working ? ' sms-verify__primary--off' : ''}`}
          {...off(working)}
          onClick={async () => {
            if (working) return
            onTap?.()
            const token = await v.verify(code)
            if (token) await onVerified(token)
          }}
        >
          {working ? t.rightsVerify.verifying : actionLabel}
        </Button>
      ) : (
        <Button
          className={`sms-verify__primary${wait > 0 ? ' sms-verify__primary--off' : ''}`}
          {...off(v.phase === 'sending' || wait > 0)}
          onClick={() => void v.send()}
        >
          {wait > 0 ? t.rightsVerify.resendIn(wait) : t.rightsVerify.send}
        </Button>
      )}
    </View>
  )
}
