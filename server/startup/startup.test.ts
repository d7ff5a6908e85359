// Each start-up failure ends the process with one clear line and a non-zero exit, before any side effect; a
// start with an unchanged demo configuration writes nothing; proxy mode keeps only its activity log.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createServerContext } from "../bootstrap";
import { testConfig } from "../testing";
import { lockDataDir } from "./data-dir";
import { freePort, spawnConsole } from "./spawn-console";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "startup-test-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const SLOW = 60_000;
let dirs = 0;
const newDir = () => path.join(scratch, `data-${++dirs}`);

/** A DATA_DIR with a seeded database, made in this process (then closed). */
function seededDataDir(): string {
  const dataDir = newDir();
  createServerContext(testConfig({ dataDir, now: undefined })).ctx.db.close();
  return dataDir;
}

/** Starts the console and expects it to fail: returns its only stderr line. */
async function failingStart(env: Record<string, string>, options: { uid?: number; gid?: number } = {}): Promise<string> {
  const port = env.PORT ?? String(await freePort());
  const { code, stdout, stderr } = await spawnConsole({ PORT: port, ...env }, options).exited;
  expect(code).not.toBe(0);
  expect(stdout).toBe("");
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  return lines[0] ?? "";
}

function fingerprint(file: string): string {
  const stat = fs.statSync(file);
  return `${crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")} ${stat.mtimeMs}`;
}

describe("start-up failures", () => {
  it("port in use: one line, and DATA_DIR is not even created", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = String(typeof address === "object" && address ? address.port : 0);
    const dataDir = newDir();
    try {
      expect(await failingStart({ PORT: port, DATA_DIR: dataDir })).toBe(
        `runner-console: port ${port} on 127.0.0.1 is already in use: stop what uses it, or set PORT`,
      );
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      blocker.close();
    }
  }, SLOW);

  it("DATA_DIR that cannot be created: one line, no hang", async () => {
    const file = path.join(scratch, "a-file");
    fs.writeFileSync(file, "");
    expect(await failingStart({ DATA_DIR: path.join(file, "data") })).toBe(
      `runner-console: DATA_DIR ${file}/data cannot be created: ${file} is not a directory`,
    );
    // fs.mkdirSync(…, { recursive: true }) spins forever here.
    expect(await failingStart({ DATA_DIR: "/proc/no-such-process/data" })).toMatch(
      /^runner-console: DATA_DIR \/proc\/no-such-process\/data cannot be created: mkdir \/proc\/no-such-process gives E[A-Z]+$/,
    );
  }, SLOW);

  it("a file that is not a database: one line", async () => {
    const dataDir = newDir();
    fs.mkdirSync(dataDir, { mode: 0o700 });
    fs.writeFileSync(path.join(dataDir, "console.db"), "this is not a database, it is text ".repeat(200), { mode: 0o600 });
    expect(await failingStart({ DATA_DIR: dataDir })).toBe(
      `runner-console: ${dataDir}/console.db is not a readable console database (damaged, or another kind of file): restore DATA_DIR from a backup or move the file away`,
    );
  }, SLOW);

  it("a database with damaged pages fails quick_check: one line", async () => {
    const dataDir = seededDataDir();
    const file = path.join(dataDir, "console.db");
    const pageSize = 4096;
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 4 * pageSize, 6 * pageSize); // pages 5 and 6: b-tree pages of the seeded tables
    fs.writeFileSync(file, bytes);
    expect(await failingStart({ DATA_DIR: dataDir })).toMatch(
      new RegExp(`^runner-console: ${file} (is damaged \\(SQLite quick_check: .+\\)|is not a readable console database).+backup`),
    );
  }, SLOW);

  it("a read-only database: one line", async () => {
    const dataDir = seededDataDir();
    // root writes anything, so the console runs as nobody on a database nobody may only read.
    fs.chownSync(dataDir, 65534, 65534);
    for (const name of fs.readdirSync(dataDir)) fs.chownSync(path.join(dataDir, name), 65534, 65534);
    fs.chmodSync(path.join(dataDir, "console.db"), 0o400);
    fs.chmodSync(scratch, 0o755);
    expect(await failingStart({ DATA_DIR: dataDir }, { uid: 65534, gid: 65534 })).toBe(
      `runner-console: ${dataDir}/console.db cannot be opened for writing (read-only file, directory or disk?): the console needs to write there`,
    );
  }, SLOW);

  it("DATA_DIR in use by another console: one line", async () => {
    const dataDir = seededDataDir();
    const lock = lockDataDir(dataDir);
    try {
      expect(await failingStart({ DATA_DIR: dataDir })).toBe(
        `runner-console: another Runner Console is using DATA_DIR ${dataDir} (it holds ${dataDir}/console.lock): stop it, or choose another DATA_DIR`,
      );
    } finally {
      lock.release();
    }
  }, SLOW);

  it("a database locked by another process: one line after the busy timeout", async () => {
    const dataDir = seededDataDir();
    const other = new Database(path.join(dataDir, "console.db"));
    other.exec("BEGIN IMMEDIATE");
    try {
      expect(await failingStart({ DATA_DIR: dataDir })).toBe(
        `runner-console: ${dataDir}/console.db is locked by another process: stop it, or choose another DATA_DIR`,
      );
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  }, SLOW);
});

describe("start-up side effects", () => {
  it("an unchanged demo configuration writes nothing; files are owner-only; loose modes are warned about", async () => {
    const dataDir = newDir();
    const env = { DATA_DIR: dataDir };
    const first = spawnConsole({ ...env, PORT: String(await freePort()) });
    await first.ready;
    expect((await first.stop()).code).toBe(0);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const name of fs.readdirSync(dataDir)) expect([name, fs.statSync(path.join(dataDir, name)).mode & 0o777]).toEqual([name, 0o600]);

    const files = ["console.db", "demo-credentials.txt"].map((name) => path.join(dataDir, name));
    const before = files.map(fingerprint);
    fs.chmodSync(dataDir, 0o755);
    const second = spawnConsole({ ...env, PORT: String(await freePort()) });
    await second.ready;
    const { code, stderr } = await second.stop();
    expect(code).toBe(0);
    expect(files.map(fingerprint)).toEqual(before);
    expect(stderr).toContain(`warning: DATA_DIR ${dataDir} has mode 755; other users may read it: chmod 700 ${dataDir}`);
  }, 2 * SLOW);

  it("proxy mode keeps only the activity log in DATA_DIR: no demo data", async () => {
    const dataDir = newDir();
    const port = await freePort();
    const proxy = spawnConsole({ DATA_DIR: dataDir, PORT: String(port), GITPOD_API_URL: "http://127.0.0.1:9/api" });
    await proxy.ready;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const { code, stdout } = await proxy.stop();
    expect(code).toBe(0);
    expect(stdout).not.toContain("Demo sign-in tokens");
    expect(stdout).toContain(`activity log in ${dataDir}`);
    expect(fs.existsSync(path.join(dataDir, "demo-credentials.txt"))).toBe(false);
    const db = new Database(path.join(dataDir, "console.db"), { readonly: true });
    const runners = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM runners").get();
    db.close();
    expect(runners?.n).toBe(0);
  }, SLOW);

  it("proxy mode without DATA_DIR says it needs one", async () => {
    const env: Record<string, string> = { GITPOD_API_URL: "http://127.0.0.1:9/api" };
    const line = await failingStart(env);
    expect(line).toBe(
      "runner-console: proxy mode (GITPOD_API_URL) keeps its activity log in SQLite under DATA_DIR: set DATA_DIR to a directory this process may write (one per replica)",
    );
  }, SLOW);
});
