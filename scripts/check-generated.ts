// Fails when src/gen is stale against proto/: regenerates into a temp dir and compares.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rc-gen-"));
const template = JSON.stringify({
  version: "v2",
  inputs: [{ directory: "proto" }],
  plugins: [{ local: "protoc-gen-es", out: tmp, opt: ["target=ts"] }],
});
execFileSync("npx", ["buf", "generate", "--template", template], { stdio: "inherit" });

function list(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? list(full, base) : [path.relative(base, full)];
  });
}
const expected = list(tmp).sort();
const actual = fs.existsSync("src/gen") ? list("src/gen").sort() : [];
const stale = [...new Set([...expected, ...actual])].filter((file) => {
  const a = path.join(tmp, file);
  const b = path.join("src/gen", file);
  return !fs.existsSync(a) || !fs.existsSync(b) || fs.readFileSync(a, "utf8") !== fs.readFileSync(b, "utf8");
});
fs.rmSync(tmp, { recursive: true, force: true });
if (stale.length > 0) {
  console.error(`src/gen is stale against proto/ (${stale.join(", ")}): run \`npm run generate\` and commit.`);
  process.exit(1);
}
console.log(`src/gen is up to date (${expected.length} files).`);
