export { compareVersions, isOutdated, newestVersion } from "../../../lib/versions";
