import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { timestampDate } from "@bufbuild/protobuf/wkt";

export type TimeValue = Date | Timestamp | string | undefined;

/** A Date from a protobuf Timestamp, an RFC 3339 string or a Date; undefined when absent or invalid. */
export function toDate(value: TimeValue): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : timestampDate(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "5 minutes ago", "in 3 days", "just now" — in the browser's locale. */
// Building an Intl formatter costs far more than formatting: a long list renders one per row otherwise.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? "";
  let format = relativeFormats.get(key);
  if (!format) relativeFormats.set(key, (format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" })));
  return format;
}

export function formatRelative(date: Date, now: Date = new Date(), locale?: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  const format = relativeFormat(locale);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), "minute");
}

/** Exact time in UTC, e.g. "2026-11-20 12:00:05 UTC" — what a tooltip shows. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** Date and time in the browser's zone, e.g. "Nov 20, 2026, 1:00 PM". */
export function formatDateTime(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Date only in the browser's zone. */
export function formatDate(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}
