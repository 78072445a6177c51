const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Days between the two date systems' epochs: a serial of the 1904 system plus this is the 1900 serial of the same day. */
export const DAYS_1904 = 1462;

/**
 * The Excel serial number of a date read by ExcelJS (a JS Date whose UTC fields are the cell's date and time).
 * @example dateToSerial(new Date(Date.UTC(2023, 11, 31))) //=> 45291
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const days = (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
  return Math.round(days * 1e9) / 1e9;
}

/**
 * The UTC date of an Excel serial number.
 * @example serialToDate(45291).toISOString() //=> '2023-12-31T00:00:00.000Z'
 */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS));
}
