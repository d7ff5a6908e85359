import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCrashRounds } from "../scripts/crash/crash-rounds";

const ROUNDS = 20;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-crash-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("crash safety", () => {
  it(
    `keeps every acknowledged write through ${ROUNDS} SIGKILLs during concurrent writes`,
    async () => {
      const results = await runCrashRounds({ dataDir, rounds: ROUNDS });
      expect(results).toHaveLength(ROUNDS);
      // Every kill landed after writes were acknowledged, with six writers still sending.
      expect(results.every((result) => result.acknowledged >= 1)).toBe(true);
    },
    // Twenty cold starts of the real server: ~40 s on an idle 2-core machine, far more under load.
    600_000,
  );
});
