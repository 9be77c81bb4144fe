import { dataCategoryById } from '../../catalogue/data-categories'
import { purposeNames } from '../../catalogue/purpose-copy/names'
import type { PurposeId } from '../../catalogue/purposes'
import type { Purpose } from '../../catalogue/types'
import { useLang, useT } from '../../i18n/use-t'
import { choicesMessages } from '../../i18n/features/choices'
import { ConfirmSheet } from '../confirm-sheet'

interface Props {
  readonly purposes: readonly Purpose[]
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/** The data the backend deletes when these consents are withdrawn (catalogue ids). */
export function deletesOf(purposes: readonly Purpose[]): string[] {
  return [...new Set(purposes.flatMap((p) => p.deletesOnWithdrawal))]
}

/**
 * The one confirmation a withdrawal may need (§10.1(d)): only where data will be deleted, and
 * it names exactly what (§10.1(d)).
 */
export function WithdrawSheet({ purposes, onConfirm, onCancel }: Props) {
  // Opened from the choices pages only: its strings load with that subpackage, not at start.
  const t = useT(choicesMessages)
  const lang = useLang()
  const sep = t.purposeCard.listSeparator
  const names = deletesOf(purposes).map(
    (id) => dataCategoryById[id as keyof typeof dataCategoryById]?.name[lang] ?? id,
  )
  return (
    <ConfirmSheet
      title={t.withdrawConfirm.title(
        purposes.map((p) => purposeNames[p.id as PurposeId][lang]).join(sep),
      )}
      text={t.withdrawConfirm.deletes(names.join(sep))}
      confirmLabel={t.withdrawConfirm.confirm}
      cancelLabel={t.withdrawConfirm.cancel}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}
