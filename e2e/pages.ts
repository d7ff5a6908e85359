// Every page of the console, for the accessibility checks (e2e/a11y.spec.ts) and `npm run screenshots`.
import type { Locator, Page } from "@playwright/test";

export type Theme = "light" | "dark";
export const THEMES: readonly Theme[] = ["light", "dark"];

/** An accessible role + name that identifies something on screen. */
interface Target {
  role: "heading" | "button" | "link";
  name: string | RegExp;
}

export interface ConsolePage {
  /** File name for screenshots and the label in failure messages. */
  name: string;
  path: string;
  /** The page's level-1 heading: the shell has rendered the page. */
  heading: string | RegExp;
  /** Something that only appears once the page's data has loaded (not a skeleton). */
  loaded?: Target;
  /** A button on the page that opens a representative dialog, checked too. */
  dialogOpener?: Target;
  /** Steps on the page before the opener is clicked (e.g. edit a field, so "Show API call" has a request). */
  beforeDialog?: (page: Page) => Promise<void>;
  /** Steps inside the open dialog before it is checked (e.g. Save, to reach the review of the changes). */
  inDialog?: (dialog: Locator) => Promise<void>;
  /** Shown to signed-out visitors only. */
  signedOut?: boolean;
}

export const DEMO_RUNNER_NAME = "aws-prod-eu";

/** Inside a confirmation: opens its "Show API call" (a second dialog over the first) and waits for it. */
async function showNestedApiCall(dialog: Locator) {
  await dialog.getByRole("button", { name: "Show API call" }).click();
  await dialog.page().getByRole("dialog", { name: /^API call: / }).waitFor();
}

export function consolePages(runnerId: string): ConsolePage[] {
  const runner = `/runners/${runnerId}`;
  const runnerHeading = new RegExp(`^${DEMO_RUNNER_NAME}`);
  return [
    {
      name: "sign-in",
      path: "/sign-in",
      heading: "Sign in",
      loaded: { role: "button", name: "Sign in" },
      signedOut: true,
    },
    {
      name: "overview",
      path: "/",
      heading: "Overview",
      loaded: { role: "heading", name: "Runners by status" },
    },
    {
      name: "runners",
      path: "/runners",
      heading: "Runners",
      loaded: { role: "link", name: DEMO_RUNNER_NAME },
    },
    {
      // Fleet-wide settings update: the dialog with a change chosen and its preview.
      name: "runners-fleet-update",
      path: `/runners?q=${DEMO_RUNNER_NAME}`,
      heading: "Runners",
      loaded: { role: "link", name: DEMO_RUNNER_NAME },
      dialogOpener: { role: "button", name: /^Update all \d+$/ },
      inDialog: async (dialog) => {
        await dialog.getByLabel("Release channel").selectOption({ label: "Stable" });
        await dialog.getByRole("region", { name: "Preview" }).waitFor();
      },
    },
    {
      name: "runners-new",
      path: "/runners/new",
      heading: "Create runner",
      loaded: { role: "button", name: "Next" },
    },
    {
      name: "runner-overview",
      path: runner,
      heading: runnerHeading,
      loaded: { role: "heading", name: "Identity" },
    },
    {
      name: "runner-configuration",
      path: `${runner}/configuration`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Save configuration" },
    },
    {
      name: "runner-configuration-api-call",
      path: `${runner}/configuration`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Save configuration" },
      beforeDialog: async (page) => {
        const form = page.getByRole("form", { name: "Runner configuration" });
        await form.getByRole("combobox", { name: /Log level/ }).selectOption("Debug");
        await form.getByLabel(/Metrics password/).fill("example-secret");
      },
      dialogOpener: { role: "button", name: "Show API call" },
    },
    {
      name: "runner-environment-class-review",
      path: `${runner}/environment-classes`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Edit Standard" },
      dialogOpener: { role: "button", name: "Edit Standard" },
      inDialog: async (dialog) => {
        await dialog.getByRole("textbox", { name: /Description/ }).fill("General-purpose class for everyday work");
        await dialog.getByRole("switch", { name: "Enabled" }).uncheck();
        await dialog.getByRole("button", { name: "Save changes" }).click();
        await dialog.getByRole("list", { name: "Changes" }).waitFor();
      },
    },
    {
      name: "runner-environment-classes",
      path: `${runner}/environment-classes`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Edit Standard" },
      dialogOpener: { role: "button", name: "Edit Standard" },
    },
    {
      name: "runner-scm-integrations",
      path: `${runner}/scm-integrations`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Edit github.com" },
    },
    {
      name: "runner-llm-integrations",
      path: `${runner}/llm-integrations`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Edit Anthropic integration" },
      dialogOpener: { role: "button", name: "Edit Anthropic integration" },
    },
    {
      name: "runner-host-tokens",
      path: `${runner}/host-tokens`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Update github.com token of yours" },
    },
    {
      name: "runner-sharing",
      path: `${runner}/sharing`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Remove Platform team" },
      dialogOpener: { role: "button", name: "Add group to this runner" },
    },
    {
      name: "runner-tokens",
      path: `${runner}/tokens`,
      heading: runnerHeading,
      loaded: { role: "heading", name: "Logs token" },
    },
    {
      name: "runner-tools",
      path: `${runner}/tools`,
      heading: runnerHeading,
      loaded: { role: "heading", name: "Parse a context URL" },
    },
    {
      name: "runner-activity",
      path: `${runner}/activity`,
      heading: runnerHeading,
      loaded: { role: "link", name: "Open in the activity log" },
    },
    {
      name: "runner-danger-zone",
      path: `${runner}/danger-zone`,
      heading: runnerHeading,
      loaded: { role: "heading", name: "Delete runner" },
      dialogOpener: { role: "button", name: "Delete runner" },
    },
    {
      name: "runners-new-api-call",
      path: "/runners/new?step=settings&provider=aws-ec2",
      heading: "Create runner",
      loaded: { role: "button", name: "Create runner" },
      beforeDialog: async (page) => {
        const form = page.getByRole("form", { name: "Runner settings" });
        await form.getByRole("textbox", { name: /^Name/ }).fill("example-runner");
        await form.getByRole("switch", { name: /^Metrics/ }).check();
        await form.getByRole("textbox", { name: /Metrics endpoint/ }).fill("https://metrics.example.com/write");
        await form.getByLabel(/Metrics password/).fill("example-secret");
      },
      dialogOpener: { role: "button", name: "Show API call" },
    },
    {
      name: "runner-force-delete-api-call",
      path: `${runner}/danger-zone`,
      heading: runnerHeading,
      loaded: { role: "heading", name: "Delete runner" },
      dialogOpener: { role: "button", name: "Force delete…" },
      inDialog: showNestedApiCall,
    },
    {
      name: "runner-tokens-api-call",
      path: `${runner}/tokens`,
      heading: runnerHeading,
      loaded: { role: "heading", name: "Logs token" },
      dialogOpener: { role: "button", name: "Show API call" },
    },
    {
      name: "runner-tools-api-call",
      path: `${runner}/tools`,
      heading: runnerHeading,
      loaded: { role: "heading", name: "Parse a context URL" },
      beforeDialog: async (page) => {
        await page.getByRole("form", { name: "Parse a context URL" }).getByRole("textbox", { name: /Context URL/ }).fill("https://github.com/acme/api/pull/7");
      },
      dialogOpener: { role: "button", name: "Show API call" },
    },
    {
      name: "runner-sharing-api-call",
      path: `${runner}/sharing`,
      heading: runnerHeading,
      loaded: { role: "button", name: "Remove Platform team" },
      dialogOpener: { role: "button", name: "Show API call for Platform team" },
    },
    {
      name: "host-token-delete-api-call",
      path: "/host-tokens",
      heading: "Host tokens",
      loaded: { role: "button", name: "Delete github.com token of yours" },
      dialogOpener: { role: "button", name: "Delete github.com token of yours" },
      inDialog: showNestedApiCall,
    },
    {
      name: "environment-classes",
      path: "/environment-classes",
      heading: "Environment classes",
      loaded: { role: "button", name: "Edit Standard" },
      dialogOpener: { role: "button", name: "Edit Standard" },
    },
    { name: "environment-classes-new", path: "/environment-classes/new", heading: "New environment class" },
    {
      name: "scm-integrations",
      path: "/scm-integrations",
      heading: "SCM integrations",
      loaded: { role: "button", name: "Edit github.com on aws-prod-eu" },
      dialogOpener: { role: "button", name: "New SCM integration" },
    },
    {
      // The runner picker open: the searchable combobox (issue 11), its list narrowed by what was typed.
      name: "scm-integrations-runner-picker",
      path: "/scm-integrations",
      heading: "SCM integrations",
      loaded: { role: "button", name: "Edit github.com on aws-prod-eu" },
      dialogOpener: { role: "button", name: "New SCM integration" },
      inDialog: async (dialog) => {
        await dialog.getByRole("combobox", { name: "Runner" }).fill("aws");
        await dialog.getByRole("option", { name: /aws-prod-eu/ }).waitFor();
      },
    },
    {
      name: "llm-integrations",
      path: "/llm-integrations",
      heading: "LLM integrations",
      loaded: { role: "button", name: "Edit Anthropic integration on aws-prod-eu" },
      dialogOpener: { role: "button", name: "New LLM integration" },
    },
    {
      name: "host-tokens",
      path: "/host-tokens",
      heading: "Host tokens",
      loaded: { role: "button", name: "Update github.com token of yours" },
      dialogOpener: { role: "button", name: "Add host token" },
    },
    {
      name: "policies",
      path: "/policies",
      heading: "Policies",
      loaded: { role: "button", name: `Manage sharing of ${DEMO_RUNNER_NAME}` },
      dialogOpener: { role: "button", name: "Share runners with a group" },
    },
    {
      name: "policies-by-group",
      path: "/policies?view=groups",
      heading: "Policies",
      loaded: { role: "heading", name: "Platform team" },
      dialogOpener: { role: "button", name: "Share runners with Platform team" },
    },
    {
      name: "activity",
      path: "/activity",
      heading: "Activity",
      loaded: { role: "button", name: "Export CSV" },
    },
    {
      name: "settings",
      path: "/settings",
      heading: "Settings",
      loaded: { role: "heading", name: "Connection" },
    },
    { name: "not-found", path: "/this-page-does-not-exist", heading: "Page not found" },
  ];
}

/** A few pages as the member sees them (they may read only the runners shared with their groups). */
export function memberPages(): ConsolePage[] {
  return [
    {
      name: "member-runners",
      path: "/runners",
      heading: "Runners",
      loaded: { role: "link", name: "gcp-ml" },
    },
    {
      name: "member-environment-classes",
      path: "/environment-classes",
      heading: "Environment classes",
      loaded: { role: "button", name: "View ML CPU" },
      dialogOpener: { role: "button", name: "View ML CPU" },
    },
    {
      name: "member-host-tokens",
      path: "/host-tokens",
      heading: "Host tokens",
      loaded: { role: "button", name: "Update github.com token of yours" },
      dialogOpener: { role: "button", name: "Add host token" },
    },
    {
      name: "member-llm-integrations",
      path: "/llm-integrations",
      heading: "LLM integrations",
      // Max sees no integration (the demo one is on aws-prod-eu): ready once the list's skeleton is gone.
      loaded: { role: "heading", name: "LLM integrations" },
    },
    {
      name: "member-activity",
      path: "/activity",
      heading: "Activity",
      loaded: { role: "button", name: "Export CSV" },
    },
    {
      name: "member-policies",
      path: "/policies",
      heading: "Policies",
      loaded: { role: "link", name: "gcp-ml" },
    },
  ];
}

function locate(page: Page, target: Target): Locator {
  return page.getByRole(target.role, { name: target.name, exact: typeof target.name === "string" }).first();
}

/** Waits until the page shows its heading and its data, with no skeleton or spinner left. */
export async function waitForPageReady(page: Page, consolePage: ConsolePage, timeout = 15_000) {
  await page
    .getByRole("heading", { level: 1, name: consolePage.heading })
    .first()
    .waitFor({ state: "visible", timeout });
  if (consolePage.loaded) await locate(page, consolePage.loaded).waitFor({ state: "visible", timeout });
  await page.waitForFunction(
    () => document.querySelectorAll(".animate-pulse, main .animate-spin").length === 0,
    undefined,
    {
      timeout,
    },
  );
}

/** Opens the page's representative dialog and waits until it is shown; returns it, or undefined if the page has none. */
export async function openRepresentativeDialog(
  page: Page,
  consolePage: ConsolePage,
): Promise<Locator | undefined> {
  if (!consolePage.dialogOpener) return undefined;
  await consolePage.beforeDialog?.(page);
  await locate(page, consolePage.dialogOpener).click();
  const dialog = page.getByRole("dialog").or(page.getByRole("alertdialog")).first();
  await dialog.waitFor({ state: "visible" });
  await page.waitForFunction(() => document.querySelectorAll("[role=dialog] .animate-pulse").length === 0);
  await consolePage.inDialog?.(dialog);
  return dialog;
}

/** Sets the theme before any script runs, the way the Settings page stores it (and matches the OS setting too). */
export async function applyThemeBeforeLoad(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((chosen) => localStorage.setItem("rc-theme", chosen), theme);
}

/** The demo runner's id, looked up through the API as the admin (ids are random per data directory). */
export async function findDemoRunnerId(baseUrl: string, adminToken: string): Promise<string> {
  let token = "";
  do {
    const response = await fetch(`${baseUrl}/api/gitpod.v1.RunnerService/ListRunners`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ pagination: { token, pageSize: 100 } }),
    });
    if (!response.ok) throw new Error(`ListRunners answered ${response.status}: ${await response.text()}`);
    const body: { runners?: { runnerId?: string; name?: string }[]; pagination?: { nextToken?: string } } =
      await response.json();
    const runner = body.runners?.find((candidate) => candidate.name === DEMO_RUNNER_NAME);
    if (runner?.runnerId) return runner.runnerId;
    token = body.pagination?.nextToken ?? "";
  } while (token);
  throw new Error(`The demo runner "${DEMO_RUNNER_NAME}" is not in the fixture`);
}
