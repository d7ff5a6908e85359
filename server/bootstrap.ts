import fs from "node:fs";
import path from "node:path";
import { randomSecret } from "./auth/secrets";
import { createClock } from "./clock";
import type { ServerConfig } from "./config";
import type { ServerContext } from "./context";
import { demoIds } from "./seed/ids";
import { isSeeded, seedDemoData } from "./seed/demo";
import { openDatabase } from "./store/db";
import { addApiToken, removeApiTokens } from "./store/users";

export const DEMO_TOKEN_LABEL = "demo";
export const CREDENTIALS_FILE = "demo-credentials.txt";

export interface Bootstrapped {
  ctx: ServerContext;
  /** Where generated demo tokens were written; undefined when both came from the environment. */
  credentialsFile: string | undefined;
}

/** Opens DATA_DIR/console.db, seeds the demo data into an empty store, and sets up the demo users' API tokens. */
export function createServerContext(config: ServerConfig): Bootstrapped {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const db = openDatabase(path.join(config.dataDir, "console.db"));
  const ctx: ServerContext = { config, db, now: createClock(config.now) };
  if (!isSeeded(ctx)) seedDemoData(ctx);
  return { ctx, credentialsFile: setUpDemoTokens(ctx) };
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
 * kept in DATA_DIR/demo-credentials.txt (0600). Only hashes go into the database.
 */
function setUpDemoTokens(ctx: ServerContext): string | undefined {
  const { config, db } = ctx;
  const ids = demoIds();
  const file = path.join(config.dataDir, CREDENTIALS_FILE);
  const stored = readCredentials(file);
  const wanted: Array<[string, string, string | undefined]> = [
    ["CONSOLE_ADMIN_TOKEN", ids.users.admin, config.adminToken],
    ["CONSOLE_MEMBER_TOKEN", ids.users.member, config.memberToken],
  ];
  const generated: string[] = [];
  db.transaction(() => {
    for (const [name, userId, fromEnv] of wanted) {
      const token = fromEnv ?? stored.get(name) ?? randomSecret("rc_");
      if (!fromEnv) generated.push(`${name}=${token}`);
      removeApiTokens(db, userId, DEMO_TOKEN_LABEL);
      addApiToken(db, userId, token, DEMO_TOKEN_LABEL, ctx.now());
    }
  })();
  if (generated.length === 0) return undefined;
  const header = "# Demo API tokens of this console (sign in with one; keep this file private).\n";
  fs.writeFileSync(file, `${header}${generated.join("\n")}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return file;
}
