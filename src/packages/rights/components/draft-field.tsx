import { Input, Text, Textarea } from '@tarojs/components'
import { purposeNames } from '../../../catalogue/purpose-copy/names'
import { purposes } from '../../../catalogue/purposes'
import {
  requestDataCategories,
  type RightsField,
  type RightsRequestType,
} from '../../../catalogue/rights'
import type { Lang } from '../../../catalogue/types'
import { FormField } from '../../../components/form-field'
import { accessibleName } from '../../../components/form-field/accessible-name'
import { OptionList, type Option } from '../../../components/option-list'
import type { DraftValue, FieldErrorCode } from '../../../domain/rights-form'
import type { RightsT } from '../../../i18n/features/rights'

interface Props {
  readonly type: RightsRequestType
  readonly field: RightsField
  readonly value: DraftValue | undefined
  readonly error: FieldErrorCode | undefined
  readonly onChange: (value: DraftValue) => void
  readonly lang: Lang
  readonly t: RightsT
}

/** §10.1(d) withdrawals concern consent-based purposes; §10.1(b) any purpose. */
function purposeOptions(type: RightsRequestType, lang: Lang): Option[] {
  return purposes
    .filter((p) => type !== 'withdraw-consent' || !p.required)
    .map((p) => ({ value: p.id, label: purposeNames[p.id][lang] }))
}

/** One catalogue field of a request form, drawn by its kind. */
export function DraftField({ type, field, value, error, onChange, lang, t }: Props) {
  const f = t.rightsForm
  const text = typeof value === 'string' ? value : ''
  const list = Array.isArray(value) ? (value as readonly string[]) : []
  const common = {
    name: field.id,
    label: field.label[lang],
    // A field with a default always has a value: it is a choice, not an optional field.
    ...(field.required || field.default !== undefined ? {} : { note: f.optional }),
    ...(error ? { error: f.errors[error] } : {}),
  }
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'date':
      return (
        <FormField {...common}>
          <Input
            className="form-field__input"
            type="text"
            value={text}
            maxlength={field.kind === 'date' ? 10 : field.kind === 'email' ? 254 : 200}
            placeholder={field.kind === 'date' ? f.datePlaceholder : ''}
            {...accessibleName(field.label[lang])}
            onInput={(e) => onChange(e.detail.value)}
          />
        </FormField>
      )
    case 'long-text':
      return (
        <FormField {...common}>
          <Textarea
            className="form-field__textarea"
            value={text}
            maxlength={2000}
            {...accessibleName(field.label[lang])}
            onInput={(e) => onChange(e.detail.value)}
          />
        </FormField>
      )
    case 'choice':
      return (
        <FormField {...common}>
          <OptionList
            label={field.label[lang]}
            multiple={false}
            options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))}
            selected={text ? [text] : field.default ? [field.default] : []}
            onChange={(v) => onChange(v[0] ?? field.default ?? '')}
          />
        </FormField>
      )
    case 'categories':
    case 'purposes': {
      const options =
        field.kind === 'purposes'
          ? purposeOptions(type, lang)
          : requestDataCategories.map((c) => ({ value: c, label: f.categories[c] }))
      return (
        <FormField {...common}>
          <Text
            className="rights__select-all"
            role="button"
            onClick={() => onChange(options.map((o) => o.value))}
          >
            {f.selectAll}
          </Text>
          <OptionList
            label={field.label[lang]}
            multiple
            options={options}
            selected={list}
            onChange={onChange}
          />
        </FormField>
      )
    }
  }
}
