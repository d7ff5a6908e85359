// `npm run bench`: runs every `bench:*` script in package.json, one after the other.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const scripts = Object.keys(JSON.parse(fs.readFileSync("package.json", "utf8")).scripts as Record<string, string>);
const benches = scripts.filter((name) => name.startsWith("bench:"));
if (benches.length === 0) console.log("no bench:* scripts yet");
for (const name of benches) {
  console.log(`\n=== npm run ${name}`);
  execFileSync("npm", ["run", "--silent", name], { stdio: "inherit" });
}
