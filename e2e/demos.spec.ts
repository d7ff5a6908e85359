// Every demo of `npm run demo` as a fast test: same steps and selectors, no pauses, no video.
import { test } from "@playwright/test";
import { DEMOS } from "./demos/all-demos";
import { runDemo } from "./demos/demo-context";
import { ADMIN_TOKEN, E2E_BASE_URL } from "./env";

for (const demo of DEMOS) {
  test(`demo "${demo.name}": ${demo.title}`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: E2E_BASE_URL });
    await runDemo(demo, { page, baseUrl: E2E_BASE_URL, adminToken: ADMIN_TOKEN, paceMs: 0 });
  });
}
