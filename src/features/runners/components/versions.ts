import { compareVersions, newestVersion } from "../../../lib/versions";

export { compareVersions, newestVersion };

/** True when `version` is known and behind `newest`. */
export function isOutdated(version: string, newest: string): boolean {
  return version !== "" && newest !== "" && compareVersions(version, newest) < 0;
}

const newestByPage = new WeakMap<object, string>();

/** The newest version among pages of runners; each page's newest is computed once (lists grow page by page). */
export function newestVersionOfPages(pages: ReadonlyArray<{ runners: ReadonlyArray<{ status?: { version: string } }> }>): string {
  return newestVersion(
    pages.map((page) => {
      let newest = newestByPage.get(page);
      if (newest === undefined) {
        newest = newestVersion(page.runners.map((r) => r.status?.version ?? ""));
        newestByPage.set(page, newest);
      }
      return newest;
    }),
  );
}
