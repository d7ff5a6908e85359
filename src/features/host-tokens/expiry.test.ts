import { describe, expect, it } from "vitest";
import { expiryBadge, fromLocalInputValue, parseScopes, toLocalInputValue } from "./expiry";

const now = new Date("2025-06-15T12:00:00Z");
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe("expiryBadge", () => {
  it("says no expiry, expired, hours, days", () => {
    expect(expiryBadge(undefined, now)).toEqual({ tone: "muted", label: "No expiry" });
    expect(expiryBadge(at(-1), now)).toEqual({ tone: "danger", label: "Expired" });
    expect(expiryBadge(now, now).label).toBe("Expired");
    expect(expiryBadge(at(5.5), now)).toEqual({ tone: "warning", label: "Expires in 5 hours" });
    expect(expiryBadge(at(0.2), now).label).toBe("Expires in 1 hour");
    expect(expiryBadge(at(24), now)).toEqual({ tone: "warning", label: "Expires in 1 day" });
    expect(expiryBadge(at(3 * 24 + 2), now)).toEqual({ tone: "warning", label: "Expires in 3 days" });
    expect(expiryBadge(at(30 * 24), now)).toEqual({ tone: "success", label: "Expires in 30 days" });
  });
});

describe("parseScopes", () => {
  it("splits on commas and whitespace, drops empties and duplicates", () => {
    expect(parseScopes(" repo, read:org,,repo\nworkflow ")).toEqual(["repo", "read:org", "workflow"]);
    expect(parseScopes("  ")).toEqual([]);
  });
});

describe("local date-time input values", () => {
  it("round-trip in the browser's zone to the minute", () => {
    const date = new Date(2025, 5, 20, 9, 5);
    expect(toLocalInputValue(date)).toBe("2025-06-20T09:05");
    expect(fromLocalInputValue("2025-06-20T09:05")?.getTime()).toBe(date.getTime());
    expect(fromLocalInputValue("")).toBeUndefined();
    expect(fromLocalInputValue("nonsense")).toBeUndefined();
  });
});
