import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { openSealed } from "../../../../server/crypto/sealed-box";
import { demoLlmIntegrationId } from "../../../../server/seed/llm-seed";
import { runnerPrivateKey, runnerPublicKey } from "../../../../server/store/runners";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, memberSession, renderPages } from "../../../../test/ui/render-pages";
import { LLMIntegrationPhase, SupportedModel } from "../../../gen/gitpod/v1/model_pb";
import { LLMProvider, RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { LlmIntegrationsPanel } from "./llm-integrations-panel";

function renderPanel(runnerId: (ids: ReturnType<typeof createTestContext>["ids"]) => string, as: "admin" | "member" = "admin") {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, as === "admin" ? test.adminToken : test.memberToken);
  const session =
    as === "admin" ? adminSession(test.ids.users.admin) : memberSession(test.ids.users.member, [test.ids.groups.developers]);
  renderPages({ transport, session, pages: { "/runner": () => <LlmIntegrationsPanel runnerId={runnerId(test.ids)} /> }, initialPath: "/runner" });
  return { ...test, api: createClient(RunnerConfigurationService, transport) };
}

describe("LlmIntegrationsPanel", () => {
  it("shows the demo integration: models, endpoint, the key only as 'set', headers by name", async () => {
    renderPanel((ids) => ids.runners.awsProdEu);
    const table = await screen.findByRole("table", { name: "LLM integrations of this runner" });
    const row = within(table).getAllByRole("row")[1];
    if (!row) throw new Error("no row");
    expect(within(row).getByRole("list", { name: "Models of the Anthropic integration" })).toHaveTextContent(
      "Claude Sonnet 4.5Claude Opus 4.5",
    );
    expect(row).toHaveTextContent("https://api.anthropic.com");
    expect(row).toHaveTextContent("set");
    expect(row).toHaveTextContent("64,000");
    expect(row).toHaveTextContent("X-Cost-Center (Fixed value)");
    expect(row).toHaveTextContent("Available");
    expect(row).not.toHaveTextContent("demo-anthropic-key");
  });

  it("adds an OpenAI integration: the key is sealed to the runner and the list shows it", async () => {
    const user = userEvent.setup();
    const { api, ctx, ids } = renderPanel((ids) => ids.runners.gcpMl);
    await screen.findByText("No LLM integrations");
    await user.click(screen.getAllByRole("button", { name: "New LLM integration" })[0] as HTMLElement);
    const form = await screen.findByRole("form", { name: "New LLM integration" });
    await user.click(within(form).getByRole("button", { name: "Add integration" }));
    expect(within(form).getByText("Choose at least one model")).toBeVisible();
    expect(within(form).getByText("Enter the provider's API key")).toBeVisible();

    await user.selectOptions(within(form).getByRole("combobox", { name: /Provider/ }), "OpenAI");
    await user.click(within(form).getByRole("checkbox", { name: "GPT-4o" }));
    await user.type(within(form).getByRole("textbox", { name: "Endpoint" }), "https://user:pw@llm.acme.dev");
    await user.type(within(form).getByLabelText(/API key/), "sk-test-openai");
    await user.click(within(form).getByRole("button", { name: "Add integration" }));
    expect(within(form).getByText(/without a user name or password/)).toBeVisible();
    await user.clear(within(form).getByRole("textbox", { name: "Endpoint" }));
    await user.type(within(form).getByRole("textbox", { name: "Endpoint" }), "https://llm.acme.dev/v1");
    await user.click(within(form).getByRole("button", { name: "Add integration" }));

    const table = await screen.findByRole("table", { name: "LLM integrations of this runner" });
    await waitFor(() => expect(table).toHaveTextContent("GPT-4o"));
    const { integrations } = await api.listLLMIntegrations({ filter: { runnerIds: [ids.runners.gcpMl] } });
    expect(integrations).toHaveLength(1);
    const saved = integrations[0];
    expect(saved).toMatchObject({ provider: LLMProvider.LLM_PROVIDER_OPENAI, models: [SupportedModel.OPENAI_4O], endpoint: "https://llm.acme.dev/v1" });
    const keys = [runnerPublicKey(ctx.db, ids.runners.gcpMl), runnerPrivateKey(ctx.db, ids.runners.gcpMl)];
    expect(openSealed(saved?.encryptedApiKey ?? new Uint8Array(), keys[0] ?? new Uint8Array(), keys[1] ?? new Uint8Array())).toBe("sk-test-openai");
  });

  it("edits only what changed, keeps the stored key when left empty, and can switch the integration off", async () => {
    const user = userEvent.setup();
    const { api } = renderPanel((ids) => ids.runners.awsProdEu);
    await user.click(await screen.findByRole("button", { name: "Edit Anthropic integration" }));
    const form = await screen.findByRole("form", { name: "Edit LLM integration" });
    const key = within(form).getByLabelText(/API key/);
    expect(key).toHaveValue("");
    expect(key).toHaveAccessibleDescription(/Stored value: set/);
    expect(within(form).getByRole("checkbox", { name: "Claude Opus 4.5" })).toBeChecked();
    await user.click(within(form).getByRole("checkbox", { name: "Claude Haiku 4.5" }));
    await user.click(within(form).getByRole("switch", { name: "Available" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(screen.queryByRole("form")).toBeNull());
    const { integration } = await api.getLLMIntegration({ id: demoLlmIntegrationId() });
    expect(integration?.models).toEqual([SupportedModel.SONNET_4_5, SupportedModel.OPUS_4_5, SupportedModel.HAIKU_4_5]);
    expect(integration?.phase).toBe(LLMIntegrationPhase.LLM_INTEGRATION_PHASE_DISABLED);
    expect(integration?.endpoint).toBe("https://api.anthropic.com");
    expect(await screen.findByText("Disabled by an administrator")).toBeVisible();
  });

  it("Show API call on edit: the typed key only as $LLM_API_KEY, and with nothing changed it says Save sends nothing", async () => {
    const user = userEvent.setup();
    renderPanel((ids) => ids.runners.awsProdEu);
    await user.click(await screen.findByRole("button", { name: "Edit Anthropic integration" }));
    const form = await screen.findByRole("form", { name: "Edit LLM integration" });
    await user.click(within(form).getByRole("button", { name: "Show API call" }));
    const unchanged = await screen.findByRole("dialog", { name: "API call: UpdateLLMIntegration" });
    expect(within(unchanged).getByRole("note")).toHaveTextContent("Save changes sends nothing");
    await user.click(within(unchanged).getByRole("button", { name: "Close" }));

    await user.type(within(form).getByLabelText(/API key/), "sk-typed-new-key");
    await user.click(within(form).getByRole("button", { name: "Show API call" }));
    const changed = await screen.findByRole("dialog", { name: "API call: UpdateLLMIntegration" });
    expect(within(changed).queryByRole("note")).toBeNull();
    expect(within(changed).getByLabelText("curl command")).toHaveTextContent(`"apiKey": "'"$LLM_API_KEY"'"`);
    expect(changed).not.toHaveTextContent("sk-typed-new-key");
  });

  it("asks before deleting and names what goes", async () => {
    const user = userEvent.setup();
    const { api, ids } = renderPanel((ids) => ids.runners.awsProdEu);
    await user.click(await screen.findByRole("button", { name: "Delete Anthropic integration" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete the Anthropic integration on aws-prod-eu?" });
    expect(dialog).toHaveTextContent("the stored API key is deleted");
    await user.click(within(dialog).getByRole("button", { name: "Delete integration" }));
    await screen.findByText("No LLM integrations");
    expect((await api.listLLMIntegrations({ filter: { runnerIds: [ids.runners.awsProdEu] } })).integrations).toEqual([]);
  });

  it("is read-only for a runner USER", async () => {
    const { api, ids } = renderPanel((ids) => ids.runners.linuxBuild01, "member");
    await screen.findByText("No LLM integrations");
    expect(screen.getByText("An org admin or a runner admin can add one.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "New LLM integration" })).toBeNull();
    expect((await api.listLLMIntegrations({ filter: { runnerIds: [ids.runners.linuxBuild01] } })).integrations).toEqual([]);
  });
});
