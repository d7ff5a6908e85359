// npm run fake-runner -- <exchange-token> [--url http://127.0.0.1:8080] [--interval 2s]
import { parseInterval, runFakeRunner } from "./fake-runner";

const USAGE = "usage: npm run fake-runner -- <exchange-token> [--url http://127.0.0.1:8080] [--interval 2s]";

function parseArgs(argv: string[]): { exchangeToken: string; url: string; intervalMs: number } {
  let exchangeToken: string | undefined;
  let url = process.env.CONSOLE_URL ?? "http://127.0.0.1:8080";
  let interval = "2s";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--url") url = argv[++i] ?? "";
    else if (arg === "--interval") interval = argv[++i] ?? "";
    else if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    else if (!arg.startsWith("--") && exchangeToken === undefined) exchangeToken = arg;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!exchangeToken) throw new Error(USAGE);
  return { exchangeToken, url, intervalMs: parseInterval(interval) };
}

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.info(`\n${signal}: stopping; the runner goes INACTIVE once its heartbeats are 30 s old`);
    controller.abort();
  });
}

try {
  const args = parseArgs(process.argv.slice(2));
  const sent = await runFakeRunner({ ...args, signal: controller.signal, log: (line) => console.info(line) });
  console.info(`fake runner stopped after ${sent} heartbeat(s)`);
} catch (error) {
  if (!controller.signal.aborted) {
    console.error(`fake runner: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
