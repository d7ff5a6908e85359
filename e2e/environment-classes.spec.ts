import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN_TOKEN, MEMBER_TOKEN } from "./env";
import { call, signInBySession } from "./support";

interface FieldValue {
  key: string;
  value: string;
}
interface EnvironmentClass {
  id: string;
  displayName: string;
  description: string;
  runnerId: string;
  enabled?: boolean;
  configuration?: FieldValue[];
}

async function createRunner(request: APIRequestContext, name: string, provider: string): Promise<string> {
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", {
    name,
    provider,
  });
  return runner.runnerId;
}

async function classesOf(request: APIRequestContext, runnerId: string): Promise<EnvironmentClass[]> {
  const { environmentClasses } = await call<{ environmentClasses?: EnvironmentClass[] }>(
    request,
    "RunnerConfigurationService/ListEnvironmentClasses",
    { filter: { runnerIds: [runnerId] } },
  );
  return environmentClasses ?? [];
}

const asMap = (values: FieldValue[] | undefined) =>
  Object.fromEntries((values ?? []).map(({ key, value }) => [key, value]));

async function openNewClassFor(page: Page, runnerName: string, providerLabel: string) {
  await page.goto("/environment-classes");
  await page.getByRole("link", { name: "New environment class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New environment class" })).toBeVisible();
  // The runner picker searches the fleet index: type part of the name, choose the runner (its provider is the second line).
  await page.getByRole("combobox", { name: "Runner" }).fill(runnerName);
  await page.getByRole("option", { name: new RegExp(`^${runnerName}\\s*${providerLabel}$`) }).click();
  const form = page.getByRole("form", { name: `New environment class on ${runnerName}` });
  await expect(form).toBeVisible();
  return form;
}

test("creates classes on an AWS and a GCP runner from their own schemas, fixes a server-side error, disables one", async ({
  page,
  request,
}) => {
  const suffix = Date.now().toString(36);
  const awsName = `envc-aws-${suffix}`;
  const gcpName = `envc-gcp-${suffix}`;
  const awsId = await createRunner(request, awsName, "RUNNER_PROVIDER_AWS_EC2");
  const gcpId = await createRunner(request, gcpName, "RUNNER_PROVIDER_GCP");
  await signInBySession(page, ADMIN_TOKEN);

  // AWS: its schema's fields, not GCP's.
  let form = await openNewClassFor(page, awsName, "AWS EC2");
  await expect(form.getByRole("combobox", { name: /Instance type/ })).toBeVisible();
  await expect(form.getByRole("textbox", { name: /Custom AMI/ })).toBeVisible();
  await expect(form.getByRole("combobox", { name: /Machine type/ })).toHaveCount(0);

  const displayName = form.getByRole("textbox", { name: /Display name/ });
  await displayName.fill("ab"); // the form accepts it; the API wants 3–127 characters
  await form.getByRole("textbox", { name: /Description/ }).fill("Small AWS builders");
  await form.getByRole("combobox", { name: /Instance type/ }).selectOption("m6i.large");
  await form.getByRole("spinbutton", { name: /Disk size/ }).fill("300");
  await form.getByRole("button", { name: "Validate" }).click();
  await expect(displayName).toHaveAccessibleDescription(/Display name must be between 3 and 127 characters/);
  await expect(displayName).toHaveAttribute("aria-invalid", "true");
  await expect(displayName).toBeFocused();
  expect(await classesOf(request, awsId)).toEqual([]);

  await displayName.fill("AWS small e2e");
  await form.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/environment-classes\?/);
  await expect(page.getByRole("cell", { name: "AWS small e2e", exact: true })).toBeVisible();
  const [awsClass] = await classesOf(request, awsId);
  expect(awsClass).toMatchObject({
    displayName: "AWS small e2e",
    description: "Small AWS builders",
    enabled: true,
  });
  expect(asMap(awsClass?.configuration)).toEqual({
    instanceType: "m6i.large",
    diskSizeGiB: "300",
    spotInstances: "false",
  });

  // GCP: different fields.
  form = await openNewClassFor(page, gcpName, "Google Cloud");
  await expect(form.getByRole("combobox", { name: /Machine type/ })).toBeVisible();
  await expect(form.getByRole("spinbutton", { name: /Boot disk/ })).toBeVisible();
  await expect(form.getByRole("switch", { name: /Preemptible/ })).toBeVisible();
  await expect(form.getByRole("combobox", { name: /Instance type/ })).toHaveCount(0);
  await form.getByRole("textbox", { name: /Display name/ }).fill("GCP balanced e2e");
  await form.getByRole("textbox", { name: /Description/ }).fill("Balanced GCP machines");
  await form.getByRole("combobox", { name: /Machine type/ }).selectOption("n2-standard-8");
  await form.getByRole("spinbutton", { name: /Boot disk/ }).fill("200");
  await form.getByRole("switch", { name: /Preemptible/ }).check();
  await form.getByRole("textbox", { name: /Zone/ }).fill("europe-west4-a");
  await form.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("cell", { name: "GCP balanced e2e", exact: true })).toBeVisible();
  const [gcpClass] = await classesOf(request, gcpId);
  expect(asMap(gcpClass?.configuration)).toEqual({
    machineType: "n2-standard-8",
    bootDiskSizeGb: "200",
    gpu: "false",
    preemptible: "true",
    zone: "europe-west4-a",
  });

  // Disable it: no delete anywhere, the badge says "Disabled", and the server stored only that change.
  await page.getByRole("button", { name: "Edit GCP balanced e2e" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit GCP balanced e2e" });
  await expect(
    dialog.getByText(
      "The configuration can't change after creation — create a new class and disable this one.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await dialog.getByRole("switch", { name: "Enabled" }).uncheck();
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog.getByRole("list", { name: "Changes" })).toContainText("Enabled");
  await dialog.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: /GCP balanced e2e/ }).getByText("Disabled")).toBeVisible();
  const [disabled] = await classesOf(request, gcpId);
  expect(disabled?.enabled ?? false).toBe(false);
  expect(disabled?.configuration).toEqual(gcpClass?.configuration);

  // The status filter lives in the URL and goes to the API.
  await page.goto("/environment-classes");
  await page.getByRole("combobox", { name: "Status" }).selectOption("Disabled");
  await expect(page).toHaveURL(/enabled=false/);
  await expect(page.getByRole("cell", { name: "GCP balanced e2e", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "AWS small e2e", exact: true })).toHaveCount(0);
});

test("a member sees environment classes read-only", async ({ page }) => {
  await signInBySession(page, MEMBER_TOKEN);
  await page.goto("/environment-classes");
  await expect(page.getByRole("heading", { level: 1, name: "Environment classes" })).toBeVisible();
  await page.getByRole("button", { name: "View ML CPU" }).click();
  const dialog = page.getByRole("dialog", { name: "Environment class ML CPU" });
  await expect(
    dialog.getByText("Only admins of this runner can change its environment classes."),
  ).toBeVisible();
  await expect(dialog.getByRole("switch")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New environment class" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
});
