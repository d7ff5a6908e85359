// `npm start`: rebuild the SPA when dist/ is missing or older than the sources, then run the server.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const sources = ["src", "common", "index.html", "public", "vite.config.ts", "tailwind.config.ts", "package.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

const built = path.join("dist", "app", "index.html");
const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
if (builtAt < Math.max(...sources.map(newestMtime))) {
  console.info(builtAt ? "Sources changed since the last build: rebuilding the console…" : "Building the console…");
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
}

const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { stdio: "inherit" });
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
