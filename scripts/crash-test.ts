// `npm run crash-test -- --rounds 200`: the crash-safety rounds of server/crash.test.ts, as many as asked.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCrashRounds } from "./crash/crash-rounds";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "50" }, "keep-data": { type: "boolean" } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive whole number, not ${values.rounds}`);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-crash-"));
const started = Date.now();
let acknowledged = 0;
try {
  await runCrashRounds({
    dataDir,
    rounds,
    onRound: (result) => {
      acknowledged += result.acknowledged;
      console.log(`round ${result.round}/${rounds}: ${result.acknowledged} acknowledged writes, killed after ${result.killedAfterMs} ms — all there, integrity ok`);
    },
  });
  console.log(`\n${rounds} rounds, ${acknowledged} acknowledged writes, none lost, integrity_check ok every round (${Math.round((Date.now() - started) / 1000)} s)`);
} finally {
  if (values["keep-data"]) console.log(`data kept in ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
}
