import { rightByType, rightsRequestTypes } from '../../../src/catalogue/rights'
import { detailsSchemaFor, subjectSchemaFor } from '../../../src/contract/rights-requests'
import {
  closesOwnAccount,
  draftToBody,
  isSameSubmission,
  newDraft,
  photoKindsFor,
  photosToSend,
  validateDraft,
  visibleFields,
  type RightsDraft,
} from '../../../src/domain/rights-form'

const TODAY = '2026-11-24'
const draft = (type: RightsDraft['type'], over: Partial<RightsDraft> = {}): RightsDraft => ({
  ...newDraft(type, 'key-12345678', 1000),
  ...over,
})

/** Fills every required field with a value the contract accepts. */
function filled(type: RightsDraft['type']): RightsDraft {
  const details: Record<string, string | string[]> = {}
  for (const f of rightByType[type].fields) {
    if (!f.required) continue
    if (f.kind === 'choice') details[f.id] = f.options?.[0]?.value ?? ''
    else if (f.kind === 'categories') details[f.id] = ['profile']
    else if (f.kind === 'purposes') details[f.id] = ['marketing-sms']
    else if (f.kind === 'email') details[f.id] = 'dpo@Example.COM'
    else details[f.id] = '  some text  '
  }
  return draft(type, { details, confirmed: true })
}

describe('§10.1 request forms: exactly the fields each type needs, checked field by field', () => {
  it.each(rightsRequestTypes)('§10.1 an empty %s form names every required field', (type) => {
    const errors = validateDraft(draft(type), TODAY)
    const required = visibleFields(draft(type)).filter((f) => f.required)
    expect(Object.keys(errors).sort()).toEqual(required.map((f) => `details.${f.id}`).sort())
    expect(Object.values(errors).every((e) => e === 'required')).toBe(true)
  })

  it.each(rightsRequestTypes)(
    '§10.1 a filled %s form becomes a body the contract accepts',
    (type) => {
      const d = filled(type)
      expect(validateDraft(d, TODAY)).toEqual({})
      const body = draftToBody(d)
      expect(detailsSchemaFor[type].safeParse(body.details).success).toBe(true)
      // Trimmed, and the email domain lower-cased as the server stores it.
      for (const v of Object.values(body.details))
        if (typeof v === 'string') expect(v).toBe(v.trim())
      if (type === 'transfer') expect(body.details['recipientContact']).toBe('dpo@example.com')
    },
  )

  it('§10.1(b) restricting or refusing processing names the purposes and which of the two', () => {
    const errors = validateDraft(draft('restrict-reject'), TODAY)
    expect(errors).toMatchObject({ 'details.purposeIds': 'required', 'details.mode': 'required' })
    const mode = rightByType['restrict-reject'].fields.find((f) => f.id === 'mode')
    expect(mode?.options?.map((o) => o.value)).toEqual(['restrict', 'reject'])
    const body = draftToBody(filled('restrict-reject'))
    expect(body.details).toMatchObject({ purposeIds: ['marketing-sms'], mode: 'restrict' })
  })

  it('§10.1(f) §9.3(b) an automated-decision request names the decision and asks to explain or refuse it', () => {
    const errors = validateDraft(draft('automated-decision'), TODAY)
    expect(errors).toMatchObject({ 'details.decision': 'required', 'details.want': 'required' })
    const want = rightByType['automated-decision'].fields.find((f) => f.id === 'want')
    expect(want?.options?.map((o) => o.value)).toEqual(
      expect.arrayContaining(['explain', 'refuse', 'opt-out-marketing']),
    )
    expect(rightByType['automated-decision'].policyRefs).toEqual(
      expect.arrayContaining(['10.1(f)', '9.3(b)']),
    )
  })

  it('§10.1(c) deleting categories asks for them; closing the account does not, but needs confirmation', () => {
    const cats = draft('delete-deregister', { details: { scope: 'categories', ground: 'other' } })
    expect(validateDraft(cats, TODAY)).toEqual({ 'details.categories': 'required' })
    const account = draft('delete-deregister', {
      details: { scope: 'account', ground: 'other', categories: ['profile'] },
    })
    expect(validateDraft(account, TODAY)).toEqual({ confirmed: 'confirm-required' })
    expect(validateDraft({ ...account, confirmed: true }, TODAY)).toEqual({})
    // Categories chosen before switching to "account" are not sent.
    expect(draftToBody({ ...account, confirmed: true }).details).toEqual({
      scope: 'account',
      ground: 'other',
    })
  })

  it("§10.1(c) §12.3 only closing one's own account wipes the device: a guardian or next of kin closing another account keeps theirs", () => {
    const details = { scope: 'account', ground: 'other' }
    expect(closesOwnAccount(draft('delete-deregister', { details }))).toBe(true)
    for (const onBehalfOf of ['guardian-of-minor', 'next-of-kin'] as const)
      expect(closesOwnAccount(draft('delete-deregister', { details, onBehalfOf }))).toBe(false)
    // Deleting some categories closes nothing; nor does any other request type.
    const cats = { scope: 'categories', categories: ['profile'] }
    expect(closesOwnAccount(draft('delete-deregister', { details: cats }))).toBe(false)
    expect(closesOwnAccount(draft('access-copy', { details }))).toBe(false)
    // The request read back from the server (after a restart mid-send) is judged the same way.
    expect(
      closesOwnAccount({ type: 'delete-deregister', onBehalfOf: 'next-of-kin', details }),
    ).toBe(false)
  })

  it('§10.1 a guardian acts for a minor: the birth date must be real, past, and under 18', () => {
    const proof = { path: 'wxfile://p.jpg', mimeType: 'image/jpeg' as const, sizeBytes: 1 }
    const base = { ...filled('explain-rules'), photos: { 'relationship-proof': proof } }
    const g = (birthDate: string) =>
      validateDraft(
        {
          ...base,
          onBehalfOf: 'guardian-of-minor',
          subject: { name: '小明', relationship: '父亲', birthDate },
        },
        TODAY,
      )
    expect(g('2015-02-30')).toEqual({ 'subject.birthDate': 'date-invalid' })
    expect(g('2027-01-01')).toEqual({ 'subject.birthDate': 'date-in-future' })
    expect(g('2008-11-24')).toEqual({ 'subject.birthDate': 'subject-not-minor' })
    expect(g('2008-11-25')).toEqual({})
    // Full-width digits typed with a Chinese IME are fine.
    expect(g('２０１５-０５-０１')).toEqual({})
    const body = draftToBody({
      ...base,
      onBehalfOf: 'guardian-of-minor',
      subject: { name: '小明', relationship: '父亲', birthDate: '２０１５-０５-０１' },
    })
    expect(subjectSchemaFor['guardian-of-minor'].safeParse(body.subject).success).toBe(true)
    expect(body.subject?.['birthDate']).toBe('2015-05-01')
  })

  it('§10.1 next of kin need the name, the date of death, the relationship and its proof', () => {
    const d = { ...filled('access-copy'), onBehalfOf: 'next-of-kin' as const }
    expect(Object.keys(validateDraft(d, TODAY)).sort()).toEqual([
      'photos.relationship-proof',
      'subject.dateOfDeath',
      'subject.name',
      'subject.relationship',
    ])
    expect(draftToBody(filled('access-copy')).subject).toBeUndefined()
  })

  it('§10.1(e) a bad recipient email is named by the shared validator', () => {
    const d = filled('transfer')
    const bad = { ...d, details: { ...d.details, recipientContact: 'dpo@localhost' } }
    expect(validateDraft(bad, TODAY)).toEqual({ 'details.recipientContact': 'email-bad-domain' })
  })

  it('§10.1(g) too long or control characters are refused before sending', () => {
    const long = draft('explain-rules', { details: { question: 'x'.repeat(2001) } })
    expect(validateDraft(long, TODAY)).toEqual({ 'details.question': 'too-long' })
    const ctrl = draft('explain-rules', { details: { question: 'why\u0007' } })
    expect(validateDraft(ctrl, TODAY)).toEqual({ 'details.question': 'bad-characters' })
  })

  it('§10.3 a lost answer is recognised: same content, sent since the attempt began', () => {
    const d = { ...filled('explain-rules'), sendingSince: 10_000_000 }
    const req = {
      type: 'explain-rules',
      onBehalfOf: 'self',
      details: { question: 'some text' },
      submittedAt: 10_000_500,
    }
    expect(isSameSubmission(req, d)).toBe(true)
    expect(isSameSubmission({ ...req, details: { question: 'other' } }, d)).toBe(false)
    expect(isSameSubmission({ ...req, submittedAt: 10_000_000 - 11 * 60_000 }, d)).toBe(false)
    expect(isSameSubmission(req, { ...d, sendingSince: undefined })).toBe(false)
  })

  it('§10.1(a) an access request is read as a summary unless JSON only is asked for; the contract knows no CSV', () => {
    expect(draft('access-copy').details['format']).toBe('readable')
    const format = rightByType['access-copy'].fields.find((f) => f.id === 'format')
    expect(format?.options?.map((o) => o.value)).toEqual(['readable', 'json'])
    expect(
      detailsSchemaFor['access-copy'].safeParse({ categories: ['profile'], format: 'csv' }).success,
    ).toBe(false)
    expect(
      draftToBody(draft('access-copy', { details: { categories: ['profile'], format: 'json' } }))
        .details,
    ).toEqual({
      categories: ['profile'],
      format: 'json',
    })
  })

  it('§10.1 a field with a default is a choice offering it, and every new draft starts with it selected', () => {
    const withDefault = rightsRequestTypes.flatMap((type) =>
      rightByType[type].fields.filter((f) => f.default !== undefined).map((f) => ({ type, f })),
    )
    expect(withDefault.map(({ type, f }) => `${type}.${f.id}`)).toEqual(['access-copy.format'])
    for (const { type, f } of withDefault) {
      expect(f.kind).toBe('choice')
      expect(f.options?.map((o) => o.value)).toContain(f.default)
      expect(draft(type).details[f.id]).toBe(f.default)
    }
  })

  it('§9.3(b) an explanation and a refusal can be asked for together', () => {
    const want = rightByType['automated-decision'].fields.find((f) => f.id === 'want')
    expect(want?.options?.map((o) => o.value)).toContain('explain-and-refuse')
    expect(
      detailsSchemaFor['automated-decision'].safeParse({
        decision: 'x',
        want: 'explain-and-refuse',
      }).success,
    ).toBe(true)
  })

  it('§10.1 photos: evidence optional on corrections only; proof of relationship required when acting for someone else', () => {
    expect(photoKindsFor(draft('correct-supplement'))).toEqual([
      { kind: 'evidence', required: false },
    ])
    expect(photoKindsFor(draft('explain-rules'))).toEqual([])
    expect(photoKindsFor(draft('explain-rules', { onBehalfOf: 'next-of-kin' }))).toEqual([
      { kind: 'relationship-proof', required: true },
    ])
    const guardian = draft('explain-rules', {
      onBehalfOf: 'guardian-of-minor',
      subject: { name: '小明', birthDate: '2015-03-01', relationship: '父亲' },
      details: { question: 'q' },
    })
    expect(validateDraft(guardian, TODAY)).toEqual({
      'photos.relationship-proof': 'proof-required',
    })
    const photo = { path: 'wxfile://proof.jpg', mimeType: 'image/jpeg' as const, sizeBytes: 2048 }
    const withProof = { ...guardian, photos: { 'relationship-proof': photo, evidence: photo } }
    expect(validateDraft(withProof, TODAY)).toEqual({})
    // Evidence is not offered for this type, so it does not go with the request.
    expect(photosToSend(withProof)).toEqual([{ kind: 'relationship-proof', photo }])
    // Back to "for myself": the proof stays behind.
    expect(photosToSend({ ...withProof, onBehalfOf: 'self' })).toEqual([])
  })
})
