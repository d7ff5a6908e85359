import { expect, test } from "@playwright/test";
import { call, chooseOption, signIn } from "./support";

interface LlmIntegration {
  id: string;
  runnerId: string;
  provider: string;
  models: string[];
  endpoint?: string;
  encryptedApiKey?: string;
  maxTokens?: string;
  phase: string;
}

test("an admin adds an OpenAI integration on a runner, edits it, pauses it and deletes it; the key is never shown", async ({
  page,
  request,
}) => {
  const runnerName = `llm-e2e-${Date.now().toString(36)}`;
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", {
    name: runnerName,
    provider: "RUNNER_PROVIDER_LINUX_HOST",
  });
  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "LLM integrations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "LLM integrations" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit Anthropic integration on aws-prod-eu" })).toBeVisible();
  await chooseOption(page.getByRole("combobox", { name: "Runner" }), runnerName);
  await expect(page).toHaveURL(new RegExp(`runnerIds=.*${runner.runnerId}`));
  await expect(page.getByText("No LLM integrations")).toBeVisible();

  await page.getByRole("button", { name: "New LLM integration" }).first().click();
  const form = page.getByRole("form", { name: "New LLM integration" });
  await chooseOption(form.getByRole("combobox", { name: "Runner" }), runnerName);
  await form.getByRole("combobox", { name: "Provider" }).selectOption({ label: "OpenAI" });
  await form.getByRole("checkbox", { name: "GPT-4o mini" }).check();
  await form.getByRole("textbox", { name: "Endpoint" }).fill("https://llm-gateway.acme.dev/v1");
  await form.getByLabel("API key").fill("sk-e2e-never-shown");
  await form.getByRole("spinbutton", { name: "Maximum tokens per request" }).fill("8192");
  await form.getByRole("button", { name: "Add integration" }).click();
  await expect(form).toBeHidden();

  const table = page.getByRole("table", { name: "LLM integrations" });
  await expect(table.getByText("GPT-4o mini")).toBeVisible();
  await expect(table.getByText("8,192")).toBeVisible();
  await expect(page.getByText("sk-e2e-never-shown")).toHaveCount(0);

  const listed = await call<{ integrations: LlmIntegration[] }>(request, "RunnerConfigurationService/ListLLMIntegrations", {
    filter: { runnerIds: [runner.runnerId] },
  });
  const created = listed.integrations[0];
  expect(created).toMatchObject({ provider: "LLM_PROVIDER_OPENAI", models: ["SUPPORTED_MODEL_OPENAI_4O_MINI"], maxTokens: "8192" });
  expect(JSON.stringify(listed)).not.toContain("sk-e2e-never-shown");
  expect(Buffer.from(created?.encryptedApiKey ?? "", "base64").toString("utf8")).not.toContain("sk-e2e");

  await page.getByRole("button", { name: `Edit OpenAI integration on ${runnerName}` }).click();
  const edit = page.getByRole("form", { name: "Edit LLM integration" });
  await expect(edit.getByLabel("API key")).toHaveValue("");
  await edit.getByRole("switch", { name: "Available" }).uncheck();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByText("Disabled by an administrator")).toBeVisible();

  await page.getByRole("button", { name: `Delete OpenAI integration on ${runnerName}` }).click();
  const confirm = page.getByRole("dialog", { name: `Delete the OpenAI integration on ${runnerName}?` });
  await confirm.getByRole("button", { name: "Delete integration" }).click();
  await expect(page.getByText("No LLM integrations")).toBeVisible();
  const after = await call<{ integrations: LlmIntegration[] }>(request, "RunnerConfigurationService/ListLLMIntegrations", {
    filter: { runnerIds: [runner.runnerId] },
  });
  expect(after.integrations ?? []).toEqual([]);
});

test("a runner's LLM integrations tab shows the demo integration", async ({ page }) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runners" }).click();
  await page.getByRole("link", { name: "aws-prod-eu" }).first().click();
  await page.getByRole("navigation", { name: "Runner sections" }).getByRole("link", { name: "LLM integrations" }).click();
  const table = page.getByRole("table", { name: "LLM integrations of this runner" });
  await expect(table.getByText("Claude Sonnet 4.5")).toBeVisible();
  await expect(table.getByText("https://api.anthropic.com")).toBeVisible();
});
