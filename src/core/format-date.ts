import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { zhCN } from "date-fns/locale/zh-CN";
import { parseCivil } from "./_lib/civil.js";
import { checkCalendarDate, checkEnum, throwIfIssues, type Issues } from "./_lib/check.js";
import type { CalendarDate } from "./dates.js";
import { LOCALES, type Locale } from "./locale.js";

/**
 * How much of a date {@link formatCalendarDate} writes out.
 *
 * @example
 * ```ts
 * const style: DateStyle = "long";
 * ```
 * @category Dates
 */
export type DateStyle = "short" | "long";

const PATTERNS: Readonly<Record<Locale, Readonly<Record<DateStyle, string>>>> = {
  en: { short: "d MMM yyyy", long: "EEEE, d MMMM yyyy" },
  "zh-CN": { short: "yyyy年M月d日", long: "yyyy年M月d日 EEEE" },
};

/**
 * A calendar date as people read it, in English or Chinese (formatted by date-fns with its
 * `en-US` and `zh-CN` locales, on a date pinned to UTC so the host's zone cannot shift it).
 *
 * @throws {ValidationError} when `date`, `locale` or `style` is invalid.
 * @example
 * ```ts
 * formatCalendarDate("2026-11-28", "en");          //=> "28 Nov 2026"
 * formatCalendarDate("2026-11-28", "zh-CN");       //=> "2026年11月28日"
 * formatCalendarDate("2026-11-28", "zh-CN", "long"); //=> "2026年11月28日 星期六"
 * ```
 * @category Dates
 */
export function formatCalendarDate(date: CalendarDate, locale: Locale = "en", style: DateStyle = "short"): string {
  const issues: Issues = [];
  checkCalendarDate(date, ["date"], issues);
  checkEnum(locale, LOCALES, ["locale"], issues);
  checkEnum(style, ["short", "long"] as const, ["style"], issues);
  throwIfIssues(issues);
  const { year, month, day } = parseCivil(date)!;
  // set the full year explicitly: the Date constructor reads years 0–99 as 1900–1999
  const pinned = new TZDate(2000, 0, 1, "UTC");
  pinned.setFullYear(year, month - 1, day);
  return format(pinned, PATTERNS[locale][style], { locale: locale === "zh-CN" ? zhCN : enUS });
}
