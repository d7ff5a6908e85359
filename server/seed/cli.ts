// npm run seed -- --runners 100000 : fills DATA_DIR (demo data first when empty) with many runners for benchmarks.
import { parseArgs } from "node:util";
import { createServerContext } from "../bootstrap";
import { configFromEnv } from "../config";
import { seedBulkRunners } from "./bulk";
import { DEMO_SEED, demoIds } from "./ids";

const { values } = parseArgs({ options: { runners: { type: "string", default: "0" } } });
const count = Number(values.runners);
if (!Number.isInteger(count) || count < 0) {
  console.error("usage: npm run seed -- --runners <count>");
  process.exit(2);
}
const config = configFromEnv();
const { ctx, credentialsFile } = createServerContext(config);
const already =
  ctx.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM runners WHERE name LIKE 'bulk-%'").get()?.n ??
  0;
if (already > 0 && count > 0) {
  console.error(`${config.dataDir} already has ${already} bulk runners; use an empty DATA_DIR`);
  process.exit(1);
}
const started = performance.now();
await seedBulkRunners(ctx, demoIds(), count, DEMO_SEED, (done) =>
  process.stdout.write(`\r${done}/${count} runners`),
);
ctx.db.pragma("optimize");
ctx.db.close();
console.info(
  `\nseeded ${count} runners into ${config.dataDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (credentialsFile) console.info(`Demo sign-in tokens: ${credentialsFile}`);
