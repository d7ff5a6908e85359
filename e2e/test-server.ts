// Starts the console for Playwright on its own port with a fresh temporary DATA_DIR and fixed demo tokens.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { E2E_ENV } from "./env";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-e2e-"));
const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
  stdio: "inherit",
  env: { ...process.env, ...E2E_ENV, DATA_DIR: dataDir },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
