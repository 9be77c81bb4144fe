/**
 * PRC public holidays (days off) and official make-up working days (调休上班), as ISO dates,
 * from the State Council General Office's annual notices. DATA only: the working-day
 * arithmetic is in src/domain/working-days.ts. Used for the §10 rights-request due dates.
 *
 * Only the dates that change the plain Monday–Friday rule matter: weekday holidays, and
 * weekend days that are working days. Weekend days inside a holiday are listed for clarity.
 */

export interface HolidayYear {
  readonly year: number
  /** true when the State Council notice for the year was not yet published: a projection. */
  readonly projected: boolean
  readonly holidays: readonly string[]
  readonly makeUpWorkdays: readonly string[]
}

// One festival per line, as the State Council notices list them.
// prettier-ignore
export const holidayYears: readonly HolidayYear[] = [
  {
    // 国办发明电〔2022〕16号
    year: 2023,
    projected: false,
    holidays: [
      '2023-01-01', '2023-01-02', // 元旦
      '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-01-27', // 春节
      '2023-04-05', // 清明节
      '2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03', // 劳动节
      '2023-06-22', '2023-06-23', '2023-06-24', // 端午节
      '2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05', '2023-10-06', // 中秋节、国庆节
    ],
    makeUpWorkdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    // 国办发明电〔2023〕7号
    year: 2024,
    projected: false,
    holidays: [
      '2024-01-01', // 元旦
      '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17', // 春节
      '2024-04-04', '2024-04-05', '2024-04-06', // 清明节
      '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05', // 劳动节
      '2024-06-10', // 端午节
      '2024-09-15', '2024-09-16', '2024-09-17', // 中秋节
      '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07', // 国庆节
    ],
    makeUpWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    // 国办发明电〔2024〕12号 (the first year under the 2024 revision: 13 holiday days)
    year: 2025,
    projected: false,
    holidays: [
      '2025-01-01', // 元旦
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', // 春节
      '2025-04-04', '2025-04-05', '2025-04-06', // 清明节
      '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05', // 劳动节
      '2025-05-31', '2025-06-01', '2025-06-02', // 端午节
      '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08', // 国庆节、中秋节
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    // 国办发明电〔2025〕7号
    year: 2026,
    projected: false,
    holidays: [
      '2026-01-01', '2026-01-02', '2026-01-03', // 元旦
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', // 春节
      '2026-04-04', '2026-04-05', '2026-04-06', // 清明节
      '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', // 劳动节
      '2026-06-19', '2026-06-20', '2026-06-21', // 端午节
      '2026-09-25', '2026-09-26', '2026-09-27', // 中秋节
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', // 国庆节
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    // PROJECTED: the State Council has not published the 2027 arrangement in this data set.
    // Built from the lunar dates (春节 2027-02-06, 端午 06-09, 中秋 09-15) and the pattern of
    // recent years; replace with the official notice once published.
    year: 2027,
    projected: true,
    holidays: [
      '2027-01-01', '2027-01-02', '2027-01-03', // 元旦 (projected)
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', // 春节 (projected)
      '2027-04-03', '2027-04-04', '2027-04-05', // 清明节 (projected)
      '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05', // 劳动节 (projected)
      '2027-06-09', // 端午节 (projected)
      '2027-09-15', // 中秋节 (projected)
      '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07', // 国庆节 (projected)
    ],
    makeUpWorkdays: ['2027-02-20', '2027-04-25', '2027-09-26', '2027-10-09'], // projected
  },
]

export const holidays: ReadonlySet<string> = new Set(holidayYears.flatMap((y) => y.holidays))
export const makeUpWorkdays: ReadonlySet<string> = new Set(
  holidayYears.flatMap((y) => y.makeUpWorkdays),
)
export const holidayDataYears = { from: 2023, to: 2027 } as const
