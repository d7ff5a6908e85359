import { compareVersions, newestVersion } from "../../../lib/versions";

export { compareVersions, newestVersion };

/** True when `version` is known and behind `newest`. */
export function isOutdated(version: string, newest: string): boolean {
  return version !== "" && newest !== "" && compareVersions(version, newest) < 0;
}
