// `npm run e2e`: Playwright against a fresh server, after checking a browser exists.
import { spawnSync } from "node:child_process";
import { chromiumExecutable } from "../e2e/browser";

if (chromiumExecutable() === "") {
  console.error(
    "No browser for the browser tests: install Debian's chromium (`apt-get install -y chromium`) or run `npx playwright install chromium`.",
  );
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
