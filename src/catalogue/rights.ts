/**
 * The §10.1 data-subject rights as request types, with the fields each request needs. DATA
 * only: the workflow is src/domain/rights-request.ts and the contract builds its request
 * schemas from these field lists, so the form, the client and the server agree.
 */
import type { OnBehalfOf, RightsRequestType } from './rights-types'
import type { Bilingual } from './types'

export {
  attachmentKinds,
  onBehalfOfValues,
  requestDataCategories,
  rightsRequestTypes,
  type AttachmentKind,
  type OnBehalfOf,
  type RequestDataCategory,
  type RightsRequestType,
} from './rights-types'

export type RightsFieldKind =
  | 'text' // up to 200 characters
  | 'long-text' // up to 2000 characters
  | 'date' // YYYY-MM-DD
  | 'email'
  | 'purposes' // purpose ids from the purpose catalogue
  | 'categories' // RequestDataCategory values
  | 'choice'

export interface RightsField {
  readonly id: string
  readonly kind: RightsFieldKind
  readonly required: boolean
  readonly label: Bilingual
  readonly options?: readonly { readonly value: string; readonly label: Bilingual }[]
  /** A choice with a default is shown with it selected: it always has a value, never "optional". */
  readonly default?: string
}

export interface RightDefinition {
  readonly type: RightsRequestType
  /** The §10.1 item (and §9.3 for automated decisions) this request type exercises. */
  readonly policyRefs: readonly string[]
  readonly name: Bilingual
  readonly description: Bilingual
  readonly fields: readonly RightsField[]
}

const categoriesField: RightsField = {
  id: 'categories',
  kind: 'categories',
  required: true,
  label: { 'zh-CN': '涉及的个人信息类别', en: 'Categories of personal information' },
}
const purposesField: RightsField = {
  id: 'purposeIds',
  kind: 'purposes',
  required: true,
  label: { 'zh-CN': '涉及的处理目的', en: 'Processing purposes concerned' },
}
const reasonField = (required: boolean): RightsField => ({
  id: 'reason',
  kind: 'long-text',
  required,
  label: { 'zh-CN': '理由或说明', en: 'Reason or explanation' },
})

export const rights: readonly RightDefinition[] = [
  {
    type: 'access-copy',
    policyRefs: ['10.1(a)'],
    name: { 'zh-CN': '查阅、复制个人信息', en: 'Access and copy my information' },
    description: {
      'zh-CN': '获取我们持有的您的个人信息副本（JSON 格式）。',
      en: 'Get a copy of the personal information we hold about you (as JSON).',
    },
    fields: [
      categoriesField,
      // The export is JSON; the app reads it as a summary. No CSV: nested records (the consent
      // ledger, request histories) do not fit one table. Left out, the readable summary is shown.
      {
        id: 'format',
        kind: 'choice',
        required: false,
        default: 'readable',
        label: { 'zh-CN': '导出格式', en: 'Format' },
        options: [
          {
            value: 'readable',
            label: {
              'zh-CN': '在小程序中阅读的摘要，并附完整 JSON',
              en: 'A readable summary in the mini program, with the full JSON',
            },
          },
          {
            value: 'json',
            label: {
              'zh-CN': '仅 JSON（机器可读，便于保存或转交）',
              en: 'JSON only (machine-readable, to keep or pass on)',
            },
          },
        ],
      },
    ],
  },
  {
    type: 'correct-supplement',
    policyRefs: ['10.1(a)'],
    name: { 'zh-CN': '更正、补充个人信息', en: 'Correct or complete my information' },
    description: {
      'zh-CN': '您的个人信息不准确或不完整时，请求我们更正或补充。',
      en: 'Ask us to correct inaccurate or complete incomplete personal information.',
    },
    fields: [
      {
        id: 'field',
        kind: 'choice',
        required: true,
        label: { 'zh-CN': '需要更正的信息', en: 'Information to correct' },
        options: [
          { value: 'nickname', label: { 'zh-CN': '昵称', en: 'Nickname' } },
          { value: 'phone', label: { 'zh-CN': '手机号码', en: 'Mobile number' } },
          { value: 'email', label: { 'zh-CN': '电子邮箱', en: 'Email address' } },
          { value: 'birth-date', label: { 'zh-CN': '出生日期', en: 'Date of birth' } },
          { value: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
        ],
      },
      {
        id: 'currentValue',
        kind: 'text',
        required: false,
        label: { 'zh-CN': '当前内容', en: 'Current value' },
      },
      {
        id: 'correctedValue',
        kind: 'text',
        required: true,
        label: { 'zh-CN': '正确内容', en: 'Correct value' },
      },
      reasonField(false),
    ],
  },
  {
    type: 'restrict-reject',
    policyRefs: ['10.1(b)'],
    name: { 'zh-CN': '限制或拒绝处理', en: 'Restrict or refuse processing' },
    description: {
      'zh-CN': '请求我们限制或停止为特定目的处理您的个人信息。',
      en: 'Ask us to restrict, or stop, processing your information for particular purposes.',
    },
    fields: [
      purposesField,
      {
        id: 'mode',
        kind: 'choice',
        required: true,
        label: { 'zh-CN': '请求内容', en: 'What you ask for' },
        options: [
          { value: 'restrict', label: { 'zh-CN': '限制处理', en: 'Restrict processing' } },
          { value: 'reject', label: { 'zh-CN': '拒绝处理', en: 'Refuse processing' } },
        ],
      },
      reasonField(false),
    ],
  },
  {
    type: 'delete-deregister',
    policyRefs: ['10.1(c)'],
    name: { 'zh-CN': '删除个人信息或注销账户', en: 'Delete my information or close my account' },
    description: {
      'zh-CN': '请求删除我们持有的您的个人信息，或注销会员账户。完成后仅保留完成删除的最小记录。',
      en: 'Ask us to delete your personal information or close your membership. Afterwards we keep only a minimal record that it was done.',
    },
    fields: [
      {
        id: 'scope',
        kind: 'choice',
        required: true,
        label: { 'zh-CN': '删除范围', en: 'What to delete' },
        options: [
          {
            value: 'account',
            label: {
              'zh-CN': '注销账户并删除全部信息',
              en: 'Close the account and delete everything',
            },
          },
          {
            value: 'categories',
            label: { 'zh-CN': '仅删除所选类别', en: 'Only the selected categories' },
          },
        ],
      },
      { ...categoriesField, required: false },
      {
        id: 'ground',
        kind: 'choice',
        required: true,
        label: { 'zh-CN': '删除理由', en: 'Ground for deletion' },
        options: [
          {
            value: 'purpose-fulfilled',
            label: {
              'zh-CN': '处理目的已实现、无法实现或不再必要',
              en: 'The purpose is fulfilled, cannot be fulfilled or is no longer necessary',
            },
          },
          {
            value: 'service-ceased',
            label: { 'zh-CN': '停止提供服务', en: 'The service has ceased' },
          },
          {
            value: 'retention-ended',
            label: { 'zh-CN': '保存期限已届满', en: 'The retention period has ended' },
          },
          {
            value: 'consent-withdrawn',
            label: { 'zh-CN': '已撤回同意', en: 'Consent has been withdrawn' },
          },
          {
            value: 'unlawful',
            label: { 'zh-CN': '处理违反法律法规', en: 'The processing breaches the law' },
          },
          { value: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
        ],
      },
      reasonField(false),
    ],
  },
  {
    type: 'withdraw-consent',
    policyRefs: ['10.1(d)'],
    name: { 'zh-CN': '撤回同意', en: 'Withdraw my consent' },
    description: {
      'zh-CN': '撤回您对特定目的的同意。撤回不影响此前基于同意已进行的处理。',
      en: 'Withdraw consent for particular purposes. This does not affect processing already done.',
    },
    fields: [purposesField],
  },
  {
    type: 'transfer',
    policyRefs: ['10.1(e)'],
    name: { 'zh-CN': '转移个人信息', en: 'Transfer my information' },
    description: {
      'zh-CN': '在符合监管规定的情况下，请求将您的个人信息转移至您指定的其他机构。',
      en: 'Ask us to transfer your information to another organisation, where the rules of the authorities allow it.',
    },
    fields: [
      {
        id: 'recipientName',
        kind: 'text',
        required: true,
        label: { 'zh-CN': '接收机构名称', en: 'Receiving organisation' },
      },
      {
        id: 'recipientContact',
        kind: 'email',
        required: true,
        label: { 'zh-CN': '接收机构联系邮箱', en: 'Receiving organisation email' },
      },
      categoriesField,
    ],
  },
  {
    type: 'automated-decision',
    policyRefs: ['10.1(f)', '9.3(a)', '9.3(b)'],
    name: { 'zh-CN': '自动化决策的说明或拒绝', en: 'Explain or refuse an automated decision' },
    description: {
      'zh-CN':
        '请求说明对您有重大影响的自动化决策，或拒绝仅通过自动化决策作出决定、退出个性化推送。',
      en: 'Ask for an explanation of an automated decision with a material impact on you, refuse such processing, or opt out of personalised marketing.',
    },
    fields: [
      {
        id: 'decision',
        kind: 'long-text',
        required: true,
        label: { 'zh-CN': '涉及的决策', en: 'The decision concerned' },
      },
      {
        id: 'want',
        kind: 'choice',
        required: true,
        label: { 'zh-CN': '请求内容', en: 'What you ask for' },
        options: [
          { value: 'explain', label: { 'zh-CN': '予以说明', en: 'An explanation' } },
          {
            value: 'refuse',
            label: { 'zh-CN': '拒绝自动化决策', en: 'Refuse automated decision-making' },
          },
          // §9.3(b): an explanation and a refusal may be asked for together.
          {
            value: 'explain-and-refuse',
            label: {
              'zh-CN': '予以说明，并拒绝自动化决策',
              en: 'Both: an explanation, and refuse automated decision-making',
            },
          },
          {
            value: 'opt-out-marketing',
            label: { 'zh-CN': '退出个性化推送', en: 'Opt out of personalised marketing' },
          },
        ],
      },
    ],
  },
  {
    type: 'explain-rules',
    policyRefs: ['10.1(g)'],
    name: { 'zh-CN': '解释个人信息处理规则', en: 'Explain your processing rules' },
    description: {
      'zh-CN': '请求我们解释处理您个人信息的规则。',
      en: 'Ask us to explain our rules for processing your personal information.',
    },
    fields: [
      {
        id: 'question',
        kind: 'long-text',
        required: true,
        label: { 'zh-CN': '您的问题', en: 'Your question' },
      },
    ],
  },
]

export const rightByType: Readonly<Record<RightsRequestType, RightDefinition>> = Object.fromEntries(
  rights.map((r) => [r.type, r]),
) as Record<RightsRequestType, RightDefinition>

/** What the person acting for someone else must tell us about the data subject (§10.1, §12.3). */
export const subjectFields: Readonly<Record<Exclude<OnBehalfOf, 'self'>, readonly RightsField[]>> =
  {
    'guardian-of-minor': [
      {
        id: 'name',
        kind: 'text',
        required: true,
        label: { 'zh-CN': '未成年人姓名', en: "Minor's name" },
      },
      {
        id: 'birthDate',
        kind: 'date',
        required: true,
        label: { 'zh-CN': '未成年人出生日期', en: "Minor's date of birth" },
      },
      {
        id: 'relationship',
        kind: 'text',
        required: true,
        label: { 'zh-CN': '与未成年人的关系', en: 'Relationship to the minor' },
      },
    ],
    'next-of-kin': [
      {
        id: 'name',
        kind: 'text',
        required: true,
        label: { 'zh-CN': '已故者姓名', en: "Deceased person's name" },
      },
      {
        id: 'dateOfDeath',
        kind: 'date',
        required: true,
        label: { 'zh-CN': '死亡日期', en: 'Date of death' },
      },
      {
        id: 'relationship',
        kind: 'text',
        required: true,
        label: { 'zh-CN': '与已故者的关系', en: 'Relationship to the deceased' },
      },
    ],
  }
