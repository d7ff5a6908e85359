// `npm run dev`: the local API on API_PORT (default 8081) and Vite with HMR in front, proxying /api to it.
import { spawn } from "node:child_process";

const apiPort = process.env.API_PORT ?? "8081";
const children = [
  spawn(process.execPath, ["--import", "tsx", "--watch", "server/main.ts"], {
    stdio: "inherit",
    env: { ...process.env, PORT: apiPort, STATIC_DIR: "dist/none" },
  }),
  spawn("npx", ["vite"], { stdio: "inherit", env: { ...process.env, API_TARGET: `http://127.0.0.1:${apiPort}` } }),
];
const stop = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", () => { stop(); process.exitCode = 1; });
