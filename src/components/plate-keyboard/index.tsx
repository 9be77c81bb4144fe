import { Text, View } from '@tarojs/components'
import { provinceAbbreviations } from '../../domain/validators/plate'
import { useT } from '../../i18n/use-t'
import { memberMessages } from '../../i18n/features/member'
import './index.scss'

const DIGITS = '1234567890'.split('')
// Chinese plates never use I or O, so the keyboard does not offer them.
const LETTERS = 'QWERTYUPASDFGHJKLZXCVBNM'.split('')
const SUFFIXES = ['学', '警', '挂']
const MAX = 8

interface Props {
  readonly value: string
  readonly onChange: (value: string) => void
  /** The page's action for the typed plate (e.g. "bind"); off while `busy`. */
  readonly doneLabel: string
  readonly busy?: boolean
  readonly onDone: () => void
}

/**
 * A plate keyboard (§2.1(c)): first the province, then the issuing letter, then letters and
 * digits; the 8th box is the new-energy one. Offering only what may come next keeps typing
 * errors out, and the shared validator still checks the result.
 */
export function PlateKeyboard({ value, onChange, doneLabel, busy = false, onDone }: Props) {
  const t = useT(memberMessages).member.parking
  const chars = [...value]
  const at = chars.length
  const press = (ch: string) => at < MAX && onChange(value + ch)
  const key = (ch: string, enabled: boolean) => (
    <View
      key={ch}
      className={`plate-kb__key${enabled ? '' : ' plate-kb__key--off'}`}
      role="button"
      aria-label={ch}
      aria-disabled={!enabled}
      onClick={() => enabled && press(ch)}
    >
      <Text>{ch}</Text>
    </View>
  )

  return (
    <View className="plate-kb" aria-label={t.keyboardLabel}>
      <View className="plate-kb__boxes">
        {Array.from({ length: MAX }, (_, i) => (
          <View
            key={i}
            className={`plate-kb__box${i === at ? ' plate-kb__box--active' : ''}${i === MAX - 1 ? ' plate-kb__box--ne' : ''}`}
          >
            <Text className="plate-kb__char">{chars[i] ?? ''}</Text>
            {i === MAX - 1 && !chars[i] && <Text className="plate-kb__ne">{t.newEnergy}</Text>}
          </View>
        ))}
      </View>
      <View className="plate-kb__pad">
        {at === 0 ? (
          <View className="plate-kb__grid">{provinceAbbreviations.map((p) => key(p, true))}</View>
        ) : (
          <>
            <View className="plate-kb__grid">{DIGITS.map((d) => key(d, at >= 2 && at < MAX))}</View>
            <View className="plate-kb__grid">{LETTERS.map((l) => key(l, at < MAX))}</View>
            {at === 6 && (
              <View className="plate-kb__grid">{SUFFIXES.map((s) => key(s, true))}</View>
            )}
          </>
        )}
        <View className="plate-kb__actions">
          <View
            className="plate-kb__action"
            role="button"
            aria-label={t.keyboardDelete}
            onClick={() => onChange(chars.slice(0, -1).join(''))}
          >
            <Text>{t.keyboardDelete}</Text>
          </View>
          <View
            className={`plate-kb__action plate-kb__action--done${busy ? ' plate-kb__action--busy' : ''}`}
            role="button"
            aria-label={doneLabel}
            aria-disabled={busy}
            onClick={() => !busy && onDone()}
          >
            <Text>{doneLabel}</Text>
          </View>
        </View>
      </View>
    </View>
  )
}
