import { describe, expect, it } from "vitest";
import { compareVersions, isOutdated, newestVersion } from "./versions";

describe("runner versions", () => {
  it("compares numerically, not as text", () => {
    expect(compareVersions("2025.9.1", "2025.10.0")).toBeLessThan(0);
    expect(compareVersions("v1.10.0", "1.9.9")).toBeGreaterThan(0);
    expect(compareVersions("1.2", "1.2.0")).toBe(0);
  });
  it("finds the newest and marks older ones outdated", () => {
    const newest = newestVersion(["2025.9.1", "", "2025.10.0", "2025.10.0"]);
    expect(newest).toBe("2025.10.0");
    expect(isOutdated("2025.9.1", newest)).toBe(true);
    expect(isOutdated("2025.10.0", newest)).toBe(false);
    expect(isOutdated("", newest)).toBe(false);
  });
});
