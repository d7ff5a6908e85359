// `npm run size`: gzip size of the JS the browser loads for the first page (entry + modulepreloads)
// and of the whole app. `--check` fails over the budget.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGET_FIRST_PAGE_KB = 150;
const BUDGET_WHOLE_APP_KB = 400;
// `--dir <path>` measures another build (e.g. a private `vite build --outDir /tmp/x`).
const dirFlag = process.argv.indexOf("--dir");
const dist = dirFlag >= 0 && process.argv[dirFlag + 1] ? (process.argv[dirFlag + 1] as string) : "dist/app";

const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
const firstPage = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
const allJs = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js")).map((f) => `assets/${f}`);
const gzipKb = (files: string[]) =>
  files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0) / 1024;

const first = gzipKb([...new Set(firstPage)]);
const whole = gzipKb(allJs);
console.log(`first page JS: ${first.toFixed(1)} KB gz (${firstPage.length} files, budget ${BUDGET_FIRST_PAGE_KB} KB)`);
console.log(`whole app JS:  ${whole.toFixed(1)} KB gz (${allJs.length} files, budget ${BUDGET_WHOLE_APP_KB} KB)`);
if (process.argv.includes("--check") && (first > BUDGET_FIRST_PAGE_KB || whole > BUDGET_WHOLE_APP_KB)) {
  console.error("JS bundle over budget.");
  process.exit(1);
}
