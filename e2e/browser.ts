import fs from "node:fs";
import { chromium } from "@playwright/test";

/** Debian's chromium when present (this machine), Playwright's own browser otherwise (a laptop). */
export function chromiumExecutable(): string | undefined {
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const own = chromium.executablePath();
  return fs.existsSync(own) ? undefined : "";
}
