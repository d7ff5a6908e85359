// Runner versions look like "2025.11.3", "v1.4.0" or "1.4.0-rc.1": compare their numeric parts left to right.
function numericParts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

/** Negative when a < b, positive when a > b, 0 when equal by their numbers. */
export function compareVersions(a: string, b: string): number {
  const left = numericParts(a);
  const right = numericParts(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The newest of the given versions (empty strings ignored); "" when there is none. */
export function newestVersion(versions: Iterable<string>): string {
  let newest = "";
  for (const version of versions) {
    if (version && (!newest || compareVersions(version, newest) > 0)) newest = version;
  }
  return newest;
}

/** True when `version` is known and behind `newest`. */
export function isOutdated(version: string, newest: string): boolean {
  return version !== "" && newest !== "" && compareVersions(version, newest) < 0;
}
