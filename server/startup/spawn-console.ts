// Test helper: the real `server/main.ts` in a child process, as `npm start` runs it.
import { spawn } from "node:child_process";
import net from "node:net";

export interface SpawnedConsole {
  /** Resolves when the process exits: its exit code and everything it printed. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** Resolves once it prints that it serves; rejects if it exits first. */
  ready: Promise<void>;
  stop(): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export function spawnConsole(env: Record<string, string>, options: { uid?: number; gid?: number } = {}): SpawnedConsole {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => {
      if (stdout.includes("Runner Console on http")) resolve();
    });
    void exited.then((result) => reject(new Error(`exited with ${result.code}: ${result.stderr}`)));
  });
  ready.catch(() => undefined);
  return {
    exited,
    ready,
    stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}
