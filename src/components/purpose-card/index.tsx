import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { dataCategoryById } from '../../catalogue/data-categories'
import { businessFunctions } from '../../catalogue/policy/business-functions'
import { purposeCopy } from '../../catalogue/purpose-copy'
import type { PurposeId } from '../../catalogue/purposes'
import type { Purpose } from '../../catalogue/types'
import type { PurposeState } from '../../domain/consent-event'
import { useNavigation } from '../../hooks/use-navigation'
import { useLang, useT } from '../../i18n/use-t'
import { choicesMessages } from '../../i18n/features/choices'
import { ConsentSwitch } from '../consent-switch'
import './index.scss'

interface Props {
  readonly purpose: Purpose
  readonly state: PurposeState | undefined
  /** Granting is not possible here right now; withdrawing always is. */
  readonly grantDisabled?: boolean
  readonly onToggle: (purpose: Purpose, on: boolean) => void
}

/**
 * One purpose of the catalogue with everything the user needs to decide (§7.3, §10.1(d)): what
 * and why, what is collected and where, how long it is kept, the legal basis, who receives it,
 * what happens if refused, and the policy paragraphs it rests on.
 */
export function PurposeCard({ purpose, state, grantDisabled = false, onToggle }: Props) {
  // Shown on the choices pages only: its strings and words load with that subpackage, not at start.
  const t = useT(choicesMessages)
  const lang = useLang()
  const { go } = useNavigation()
  const c = t.purposeCard
  const [open, setOpen] = useState(false)
  const copy = purposeCopy[purpose.id as PurposeId]
  // Necessary purposes are always "granted" in the derived state; only a real choice is "on".
  const granted = !purpose.required && state?.granted === true
  const data = purpose.dataCategories
    .map((id) => dataCategoryById[id as keyof typeof dataCategoryById]?.name[lang] ?? id)
    .join(c.listSeparator)
  const where = purpose.businessFunctions
    .map((id) => businessFunctions.find((b) => b.id === id)?.name[lang] ?? id)
    .join(c.listSeparator)
  const refs = purpose.policyRefs.filter((r) => !r.startsWith('BF.'))
  const status = purpose.required
    ? c.necessary
    : state?.status === 'needs-reconsent'
      ? c.needsReconsent
      : state?.status === 'needs-guardian'
        ? c.needsGuardian
        : granted
          ? c.on
          : c.off
  const rows: [string, string][] = [
    [c.data, data],
    [c.where, where],
    [c.retention, copy.retention[lang]],
    [c.basis, t.legalBasis[purpose.legalBasis]],
    [c.recipients, copy.recipients[lang]],
    [c.ifRefused, copy.ifRefused[lang]],
  ]
  return (
    <View className={`purpose-card purpose-card--${purpose.id}`}>
      <View className="purpose-card__head">
        <View className="purpose-card__heading">
          <Text className="purpose-card__name">{copy.name[lang]}</Text>
          <View className="purpose-card__tags">
            <Text className={`purpose-card__status${granted ? ' purpose-card__status--on' : ''}`}>
              {status}
            </Text>
            {purpose.separateConsent && <Text className="purpose-card__tag">{c.separateTag}</Text>}
            {purpose.sensitive && (
              <Text className="purpose-card__tag purpose-card__tag--sensitive">
                {c.sensitiveTag}
              </Text>
            )}
          </View>
        </View>
        {!purpose.required && (
          <ConsentSwitch
            checked={granted}
            label={c.switchLabel(copy.name[lang])}
            // §12.2: a child's optional purposes wait for the guardian; withdrawing always works.
            disabled={!granted && (grantDisabled || state?.status === 'needs-guardian')}
            onToggle={() => onToggle(purpose, !granted)}
          />
        )}
      </View>
      <Text className="purpose-card__desc">{copy.description[lang]}</Text>
      {purpose.required && <Text className="purpose-card__note">{c.necessaryNote}</Text>}
      {/* The details are one tap away so that the switches stay easy to find among 26 cards. */}
      <Text
        className="purpose-card__more"
        role="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? c.lessDetails : c.moreDetails}
      </Text>
      {open &&
        rows.map(([label, value]) => (
          <View key={label} className="purpose-card__row">
            <Text className="purpose-card__label">{label}</Text>
            <Text className="purpose-card__value">{value}</Text>
          </View>
        ))}
      <View className="purpose-card__row">
        <Text className="purpose-card__label">{c.refs}</Text>
        <View className="purpose-card__refs">
          {refs.map((ref) => (
            <Text
              key={ref}
              className="purpose-card__ref"
              role="link"
              onClick={() => go({ page: 'policy', section: ref })}
            >
              §{ref}
            </Text>
          ))}
        </View>
      </View>
    </View>
  )
}
