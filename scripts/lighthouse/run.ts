// One Lighthouse run through its CLI (mobile preset, Debian's chromium), so nothing type-checked imports Lighthouse.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromiumExecutable } from "../../e2e/browser";

export const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95 } as const;
export type Category = keyof typeof TARGETS;

interface Audit {
  title: string;
  score: number | null;
  numericValue?: number;
  scoreDisplayMode: string;
}
export interface Report {
  categories: Record<Category, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
}

export const score = (report: Report, category: Category) => Math.round(report.categories[category].score * 100);
export const metricMs = (report: Report, id: string) => Math.round(report.audits[id]?.numericValue ?? 0);

/** `keepDir`: where the report and the trace artifacts (-GA) are kept, for the waterfall and a closer look. */
export function runLighthouse(url: string, extraHeaders: Record<string, string> | undefined, keepDir: string | undefined): Promise<Report> {
  const args = [
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${Object.keys(TARGETS).join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ];
  if (extraHeaders) args.push(`--extra-headers=${JSON.stringify(extraHeaders)}`);
  if (keepDir) args.push(`-GA=${keepDir}`);
  const chromePath = chromiumExecutable();
  const child = spawn(path.resolve("node_modules/.bin/lighthouse"), args, {
    env: chromePath ? { ...process.env, CHROME_PATH: chromePath } : process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}:\n${stderr}`));
      if (keepDir) fs.writeFileSync(path.join(keepDir, "report.json"), stdout);
      resolve(JSON.parse(stdout) as Report);
    });
  });
}
