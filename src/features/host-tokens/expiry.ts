import type { BadgeTone } from "../../components/ui/badge";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Tokens expiring within this many days are flagged (the overview uses the same week). */
export const EXPIRY_WARNING_DAYS = 7;

export interface ExpiryBadge {
  tone: BadgeTone;
  label: string;
}

/** The expiry badge of a host token at `now`: expired / expires in N days (or hours) / no expiry. */
export function expiryBadge(expiresAt: Date | undefined, now: Date): ExpiryBadge {
  if (!expiresAt) return { tone: "muted", label: "No expiry" };
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return { tone: "danger", label: "Expired" };
  if (left < DAY_MS) {
    const hours = Math.max(1, Math.floor(left / HOUR_MS));
    return { tone: "warning", label: `Expires in ${hours} ${hours === 1 ? "hour" : "hours"}` };
  }
  const days = Math.floor(left / DAY_MS);
  return {
    tone: days < EXPIRY_WARNING_DAYS ? "warning" : "success",
    label: `Expires in ${days} ${days === 1 ? "day" : "days"}`,
  };
}

/** Scopes typed as "repo, read:org" or one per line → trimmed, de-duplicated, empty ones dropped. */
export function parseScopes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A Date → the value of an <input type="datetime-local"> in the browser's zone ("2025-06-15T14:30"). */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An <input type="datetime-local"> value (the browser's zone) → Date; undefined when empty or invalid. */
export function fromLocalInputValue(value: string): Date | undefined {
  if (value.trim() === "") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
