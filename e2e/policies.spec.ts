import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { ADMIN_TOKEN, MEMBER_TOKEN } from "./env";
import { call, chooseOption, signInBySession } from "./support";

interface Policy {
  groupId: string;
  role: string;
}

async function policiesOf(request: APIRequestContext, runnerId: string): Promise<Policy[]> {
  const { policies } = await call<{ policies?: Policy[] }>(request, "RunnerService/ListRunnerPolicies", {
    runnerId,
  });
  return policies ?? [];
}

async function groupId(request: APIRequestContext, name: string): Promise<string> {
  const { groups } = await call<{ groups: Array<{ id: string; name: string }> }>(
    request,
    "GroupService/ListGroups",
    {
      pagination: { pageSize: 100 },
    },
  );
  const group = groups.find((g) => g.name === name);
  if (!group) throw new Error(`group ${name} is in the demo data`);
  return group.id;
}

/** The runner's sharing on /policies: found by name, opened in place ("Manage" for admins, "Details" for others). */
async function runnerSection(
  page: Page,
  runnerName: string,
  action: "Manage" | "Show" = "Manage",
): Promise<Locator> {
  await page.goto(`/policies?q=${encodeURIComponent(runnerName)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Policies" })).toBeVisible();
  await page.getByRole("button", { name: `${action} sharing of ${runnerName}`, exact: true }).click();
  const section = page.getByRole("region", { name: runnerName, exact: true });
  await expect(section).toBeVisible();
  return section;
}

async function createRunner(request: APIRequestContext, name: string): Promise<string> {
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", {
    name,
    provider: "RUNNER_PROVIDER_LINUX_HOST",
  });
  return runner.runnerId;
}

test("an admin shares a runner with a group as User, makes it Admin, then removes it", async ({
  page,
  request,
}) => {
  const runnerName = `pol-e2e-${Date.now().toString(36)}`;
  const runner = { runnerId: await createRunner(request, runnerName) };
  const security = await groupId(request, "Security");
  await signInBySession(page, ADMIN_TOKEN);

  const section = await runnerSection(page, runnerName);
  await expect(section.getByText(`${runnerName} is not shared with any group`)).toBeVisible();
  // Each runner's "Add group" is named after it, also in the empty state: unique on a page of many runners.
  await page.getByRole("button", { name: `Add group to ${runnerName}`, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Share ${runnerName} with a group` });
  await chooseOption(dialog.getByRole("combobox", { name: /Group/ }), "Security");
  await dialog.getByRole("combobox", { name: /Role/ }).selectOption("USER");
  await dialog.getByRole("button", { name: "Add group" }).click();
  await expect(dialog).toBeHidden();
  const role = section.getByRole("combobox", { name: "Role of Security" });
  await expect(role.locator("option:checked")).toHaveText("User");
  expect(await policiesOf(request, runner.runnerId)).toEqual([
    { groupId: security, role: "RUNNER_ROLE_USER" },
  ]);

  await role.selectOption({ label: "Admin" });
  await expect(page.getByText(`Security is now Admin on ${runnerName}`)).toBeVisible();
  expect(await policiesOf(request, runner.runnerId)).toEqual([
    { groupId: security, role: "RUNNER_ROLE_ADMIN" },
  ]);

  // The last Admin group: the dialog explains what happens and wants the name typed.
  await section.getByRole("button", { name: "Remove Security" }).click();
  const confirm = page.getByRole("dialog", { name: `Remove the last Admin group from ${runnerName}?` });
  await expect(confirm.getByText(/only org admins can/)).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Remove group" })).toBeDisabled();
  await confirm.getByRole("textbox", { name: /Type Security to confirm/ }).fill("Security");
  await confirm.getByRole("button", { name: "Remove group" }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByText(`${runnerName} is not shared with any group`)).toBeVisible();
  expect(await policiesOf(request, runner.runnerId)).toEqual([]);
});

test("a member sees the policies of runners shared with them, without controls", async ({
  page,
  request,
}) => {
  const runnerName = `pol-member-${Date.now().toString(36)}`;
  const runner = { runnerId: await createRunner(request, runnerName) };
  const developers = await groupId(request, "Developers");
  await call(request, "RunnerService/CreateRunnerPolicy", {
    runnerId: runner.runnerId,
    groupId: developers,
    role: "RUNNER_ROLE_USER",
  });
  await signInBySession(page, MEMBER_TOKEN);

  await page.goto("/policies");
  await expect(page.getByRole("status").filter({ hasText: "sharing read for all" })).toBeVisible();
  // Runners not shared with the member's groups are not listed at all.
  await expect(page.getByRole("link", { name: "aws-prod-eu", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Share/ })).toHaveCount(0);

  const section = await runnerSection(page, runnerName, "Show");
  await expect(section.getByRole("cell", { name: "Developers" })).toBeVisible();
  await expect(section.getByText("User", { exact: true })).toBeVisible();
  await expect(section.getByRole("combobox")).toHaveCount(0);
  await expect(section.getByRole("button")).toHaveCount(0);
  expect(await policiesOf(request, runner.runnerId)).toEqual([
    { groupId: developers, role: "RUNNER_ROLE_USER" },
  ]);
});

test("policies by group: what a group can reach, and sharing several runners with it at once", async ({
  page,
  request,
}) => {
  const suffix = Date.now().toString(36);
  const reached = `pol-group-a-${suffix}`;
  const extra = [`pol-group-b-${suffix}`, `pol-group-c-${suffix}`];
  const security = await groupId(request, "Security");
  const reachedId = await createRunner(request, reached);
  const extraIds = [await createRunner(request, extra[0] ?? ""), await createRunner(request, extra[1] ?? "")];
  await call(request, "RunnerService/CreateRunnerPolicy", {
    runnerId: reachedId,
    groupId: security,
    role: "RUNNER_ROLE_USER",
  });
  await signInBySession(page, ADMIN_TOKEN);

  await page.goto("/policies?view=groups");
  await expect(page.getByRole("tab", { name: "By group", selected: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "sharing read for all" })).toBeVisible();
  const group = page.getByRole("region", { name: "Security", exact: true });
  await expect(group.getByRole("row", { name: new RegExp(reached) })).toContainText("User");

  await group.getByRole("button", { name: "Share runners with Security" }).click();
  const dialog = page.getByRole("dialog", { name: "Share runners with Security" });
  await dialog.getByRole("searchbox", { name: "Search runners to share" }).fill(`pol-group-`);
  await expect(dialog.getByRole("checkbox", { name: new RegExp(reached) })).toBeDisabled();
  for (const name of extra) await dialog.getByRole("checkbox", { name }).check();
  await dialog.getByRole("combobox", { name: /Role/ }).selectOption("ADMIN");
  await dialog.getByRole("button", { name: "Share 2 runners" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Shared 2 of 2 runners with Security as Admin.");
  await dialog.getByRole("button", { name: "Done" }).click();
  for (const name of extra)
    await expect(group.getByRole("row", { name: new RegExp(name) })).toContainText("Admin");
  for (const runnerId of extraIds) {
    expect(await policiesOf(request, runnerId)).toEqual([{ groupId: security, role: "RUNNER_ROLE_ADMIN" }]);
  }
});
