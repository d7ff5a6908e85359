// What a demo script gets: the page, the server, and `step(caption, action)` which shows an on-screen
// caption, performs the step at the chosen pace and (when recording) takes a screenshot afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import type { Page } from "@playwright/test";

export interface DemoContext {
  page: Page;
  baseUrl: string;
  adminToken: string;
  /** Makes the names a demo creates unique, so demos can run against a shared server. */
  suffix: string;
  step: (caption: string, action: () => Promise<void>) => Promise<void>;
  /** `npm run fake-runner -- <token>` against this server; stopped when the demo ends. */
  startFakeRunner: (exchangeToken: string) => void;
}

export interface Demo {
  name: string;
  title: string;
  run: (demo: DemoContext) => Promise<void>;
}

export interface DemoRunOptions {
  page: Page;
  baseUrl: string;
  adminToken: string;
  /** Pause after each step so viewers can follow (0 in tests). */
  paceMs: number;
  /** Called after each step with its 1-based number (the runner saves a screenshot). */
  afterStep?: (index: number, caption: string) => Promise<void>;
}

const CAPTION_ID = "rc-demo-caption";

/** Injects or updates the caption overlay; aria-hidden so it never changes what role selectors find. */
async function showCaption(page: Page, caption: string) {
  await page.evaluate(
    ({ id, text }) => {
      let box = document.getElementById(id);
      if (!box) {
        box = document.createElement("div");
        box.id = id;
        box.setAttribute("aria-hidden", "true");
        box.style.cssText =
          "position:fixed;left:50%;bottom:24px;transform:translateX(-50%);z-index:2147483647;max-width:80vw;" +
          "padding:10px 18px;border-radius:10px;background:rgba(15,23,42,.88);color:#fff;pointer-events:none;" +
          "font:500 18px/1.4 system-ui,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.3);text-align:center";
        document.body.append(box);
      }
      box.textContent = text;
    },
    { id: CAPTION_ID, text: caption },
  );
}

/** Runs one demo; returns how many steps it took. */
export async function runDemo(demo: Demo, options: DemoRunOptions): Promise<number> {
  const runners: ChildProcess[] = [];
  let steps = 0;
  const context: DemoContext = {
    page: options.page,
    baseUrl: options.baseUrl,
    adminToken: options.adminToken,
    suffix: Date.now().toString(36).slice(-5),
    async step(caption, action) {
      steps += 1;
      await showCaption(options.page, caption).catch(() => undefined);
      if (options.paceMs > 0) await options.page.waitForTimeout(options.paceMs / 2);
      await action();
      // The page may have navigated to a new document: show the caption there too.
      await showCaption(options.page, caption).catch(() => undefined);
      if (options.paceMs > 0) await options.page.waitForTimeout(options.paceMs);
      await options.afterStep?.(steps, caption);
    },
    startFakeRunner(exchangeToken) {
      const runner = spawn(process.execPath, ["--import", "tsx", "server/fake-runner/main.ts", exchangeToken, "--url", options.baseUrl, "--interval", "1s"], {
        stdio: "ignore",
      });
      runners.push(runner);
    },
  };
  try {
    await demo.run(context);
  } finally {
    for (const runner of runners) runner.kill("SIGTERM");
  }
  return steps;
}
