import fs from "node:fs";
import path from "node:path";
import { randomSecret } from "./auth/secrets";
import { createClock } from "./clock";
import type { ServerConfig } from "./config";
import type { ServerContext } from "./context";
import { demoIds } from "./seed/ids";
import { isSeeded, seedDemoData } from "./seed/demo";
import { ensureDataDir } from "./startup/data-dir";
import { encryptLegacySecrets } from "./startup/encrypt-legacy-secrets";
import { databaseStartupError, StartupError } from "./startup/startup-error";
import { checkWritable, openDatabase, quickCheckProblem, type Db } from "./store/db";
import { addApiToken, hasOnlyApiToken, removeApiTokens } from "./store/users";

export const DEMO_TOKEN_LABEL = "demo";
export const CREDENTIALS_FILE = "demo-credentials.txt";

export interface Bootstrapped {
  ctx: ServerContext;
  /** Where generated demo tokens were written; undefined when both came from the environment. */
  credentialsFile: string | undefined;
}

/**
 * Opens DATA_DIR/console.db (checked: sound and writable), seeds the demo data into an empty store, and sets up
 * the demo users' API tokens. Proxy mode (GITPOD_API_URL) keeps only the activity log there: no demo data.
 */
export function createServerContext(config: ServerConfig): Bootstrapped {
  const now = createClock(config.now);
  ensureDataDir(config.dataDir);
  const db = openCheckedDatabase(path.join(config.dataDir, "console.db"));
  if (config.gitpodApiUrl) return { ctx: { config, db, now }, credentialsFile: undefined };
  const ctx: ServerContext = { config, db, now };
  if (!isSeeded(ctx)) seedDemoData(ctx);
  encryptLegacySecrets(ctx);
  return { ctx, credentialsFile: setUpDemoTokens(ctx) };
}

function openCheckedDatabase(file: string): Db {
  let db: Db | undefined;
  try {
    db = openDatabase(file);
    checkWritable(db);
    const problem = quickCheckProblem(db);
    if (problem) {
      throw new StartupError(`${file} is damaged (SQLite quick_check: ${problem}): restore DATA_DIR from a backup`);
    }
    return db;
  } catch (error) {
    db?.close();
    throw databaseStartupError(file, error) ?? error;
  }
}

function readCredentials(file: string): Map<string, string> {
  const values = new Map<string, string>();
  if (!fs.existsSync(file)) return values;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const match = /^(CONSOLE_ADMIN_TOKEN|CONSOLE_MEMBER_TOKEN)=(\S+)$/.exec(line.trim());
    if (match?.[1] && match[2]) values.set(match[1], match[2]);
  }
  return values;
}

/**
 * CONSOLE_ADMIN_TOKEN / CONSOLE_MEMBER_TOKEN set the demo users' tokens; otherwise tokens are generated once and
 * kept in DATA_DIR/demo-credentials.txt (0600). Only hashes go into the database. A start with the same tokens as
 * last time writes nothing (neither the database nor the file).
 */
function setUpDemoTokens(ctx: ServerContext): string | undefined {
  const { config, db } = ctx;
  const ids = demoIds();
  const file = path.join(config.dataDir, CREDENTIALS_FILE);
  const stored = readCredentials(file);
  const wanted = [
    { name: "CONSOLE_ADMIN_TOKEN", userId: ids.users.admin, fromEnv: config.adminToken },
    { name: "CONSOLE_MEMBER_TOKEN", userId: ids.users.member, fromEnv: config.memberToken },
  ].map((w) => ({ ...w, token: w.fromEnv ?? stored.get(w.name) ?? randomSecret("rc_") }));
  const changed = wanted.filter((w) => !hasOnlyApiToken(db, w.userId, DEMO_TOKEN_LABEL, w.token));
  if (changed.length > 0) {
    db.transaction(() => {
      for (const { userId, token } of changed) {
        removeApiTokens(db, userId, DEMO_TOKEN_LABEL);
        addApiToken(db, userId, token, DEMO_TOKEN_LABEL, ctx.now());
      }
    })();
  }
  const generated = wanted.filter((w) => !w.fromEnv).map((w) => `${w.name}=${w.token}`);
  if (generated.length === 0) return undefined;
  const header = "# Demo API tokens of this console (sign in with one; keep this file private).\n";
  const content = `${header}${generated.join("\n")}\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== content) {
    fs.writeFileSync(file, content, { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  }
  return file;
}
