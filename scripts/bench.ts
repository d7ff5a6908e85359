// `npm run bench`: runs every `bench:*` script in package.json, one after the other. A bench that misses its
// targets exits non-zero; the others still run, and the exit code says whether any missed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const scripts = Object.keys(JSON.parse(fs.readFileSync("package.json", "utf8")).scripts as Record<string, string>);
const benches = scripts.filter((name) => name.startsWith("bench:"));
const missed: string[] = [];
for (const name of benches) {
  console.log(`\n=== npm run ${name}`);
  const result = spawnSync("npm", ["run", "--silent", name], { stdio: "inherit" });
  if (result.status !== 0) missed.push(name);
}
if (missed.length > 0) {
  console.log(`\nmissed targets or failed: ${missed.join(", ")}`);
  process.exit(1);
}
