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

const range = (from: string, days: number): string[] => {
  const out: string[] = []
  const d = new Date(`${from}T00:00:00Z`)
  for (let i = 0; i < days; i += 1) {
    out.push(d.toISOString().slice(0, 10))
    d.setUTCDate(d.getUTCDate() + 1)
  }
  return out
}

export const holidayYears: readonly HolidayYear[] = [
  {
    // 国办发明电〔2022〕16号
    year: 2023,
    projected: false,
    holidays: [
      ...range('2023-01-01', 2), // 元旦
      ...range('2023-01-21', 7), // 春节
      '2023-04-05', // 清明节
      ...range('2023-04-29', 5), // 劳动节
      ...range('2023-06-22', 3), // 端午节
      ...range('2023-09-29', 8), // 中秋节、国庆节
    ],
    makeUpWorkdays: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  },
  {
    // 国办发明电〔2023〕7号
    year: 2024,
    projected: false,
    holidays: [
      '2024-01-01', // 元旦
      ...range('2024-02-10', 8), // 春节
      ...range('2024-04-04', 3), // 清明节
      ...range('2024-05-01', 5), // 劳动节
      '2024-06-10', // 端午节
      ...range('2024-09-15', 3), // 中秋节
      ...range('2024-10-01', 7), // 国庆节
    ],
    makeUpWorkdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    // 国办发明电〔2024〕12号 (the first year under the 2024 revision: 13 holiday days)
    year: 2025,
    projected: false,
    holidays: [
      '2025-01-01', // 元旦
      ...range('2025-01-28', 8), // 春节
      ...range('2025-04-04', 3), // 清明节
      ...range('2025-05-01', 5), // 劳动节
      ...range('2025-05-31', 3), // 端午节
      ...range('2025-10-01', 8), // 国庆节、中秋节
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    // 国办发明电〔2025〕7号
    year: 2026,
    projected: false,
    holidays: [
      ...range('2026-01-01', 3), // 元旦
      ...range('2026-02-15', 9), // 春节
      ...range('2026-04-04', 3), // 清明节
      ...range('2026-05-01', 5), // 劳动节
      ...range('2026-06-19', 3), // 端午节
      ...range('2026-09-25', 3), // 中秋节
      ...range('2026-10-01', 7), // 国庆节
    ],
    makeUpWorkdays: [
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ],
  },
  {
    // PROJECTED: the State Council has not published the 2027 arrangement in this data set.
    // Built from the lunar dates (春节 2027-02-06, 端午 06-09, 中秋 09-15) and the pattern of
    // recent years; replace with the official notice once published.
    year: 2027,
    projected: true,
    holidays: [
      ...range('2027-01-01', 3), // 元旦 (projected)
      ...range('2027-02-05', 9), // 春节 (projected)
      ...range('2027-04-03', 3), // 清明节 (projected)
      ...range('2027-05-01', 5), // 劳动节 (projected)
      ...range('2027-06-09', 1), // 端午节 (projected)
      ...range('2027-09-15', 1), // 中秋节 (projected)
      ...range('2027-10-01', 7), // 国庆节 (projected)
    ],
    makeUpWorkdays: ['2027-02-20', '2027-04-25', '2027-09-26', '2027-10-09'], // projected
  },
]

export const holidays: ReadonlySet<string> = new Set(holidayYears.flatMap((y) => y.holidays))
export const makeUpWorkdays: ReadonlySet<string> = new Set(
  holidayYears.flatMap((y) => y.makeUpWorkdays),
)
export const holidayDataYears = { from: 2023, to: 2027 } as const
