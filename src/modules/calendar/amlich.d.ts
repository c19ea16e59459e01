/** Types for `amlich` 0.0.2 (Hồ Ngọc Đức's astronomical algorithm, CommonJS, no bundled types). */
declare module 'amlich' {
  interface Amlich {
    /** Returns [day, month, year]; [0, 0, 0] for a leap month that does not exist. */
    convertLunar2Solar(
      lunarDay: number,
      lunarMonth: number,
      lunarYear: number,
      lunarLeap: 0 | 1,
      timeZone: number,
    ): [number, number, number]
    /** Returns [lunarDay, lunarMonth, lunarYear, lunarLeap (0 | 1)]. */
    convertSolar2Lunar(
      day: number,
      month: number,
      year: number,
      timeZone: number,
    ): [number, number, number, number]
    jdFromDate(day: number, month: number, year: number): number
    jdToDate(julianDay: number): [number, number, number]
  }
  const amlich: Amlich
  export default amlich
}
