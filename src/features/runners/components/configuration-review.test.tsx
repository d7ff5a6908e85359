import { createClient } from "@connectrpc/connect";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { renderWithProviders } from "../../../../test/ui/render-pages";
import { LogLevel, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { RunnerConfigurationTab } from "./runner-configuration-tab";

async function setup() {
  const test = createTestContext();
  const { transport, requests: updates } = createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.updateRunner);
  const api = createClient(RunnerService, transport);
  const { runner } = await api.getRunner({ runnerId: test.ids.runners.awsProdEu });
  if (!runner) throw new Error("demo runner missing");
  renderWithProviders(<RunnerConfigurationTab runner={runner} canUpdate />, { transport });
  const form = await screen.findByRole("form", { name: "Runner configuration" });
  return { api, runner, updates, form };
}

describe("Configuration tab: review before apply", () => {
  it("lists each change old → new (a secret only as changed), Back keeps the edits, Apply sends exactly them", async () => {
    const user = userEvent.setup();
    const { api, runner, updates, form } = await setup();
    const before = runner.spec?.configuration;
    expect(before?.logLevel).toBe(LogLevel.INFO);
    await user.selectOptions(within(form).getByRole("combobox", { name: /Log level/ }), "Debug");
    await user.type(within(form).getByLabelText(/Metrics password/), "s3cret-pass");
    await user.click(within(form).getByRole("button", { name: "Save configuration" }));

    const changes = await screen.findByRole("list", { name: "Changes" });
    const rows = within(changes).getAllByRole("listitem").map((row) => row.textContent);
    expect(rows).toEqual(["Log levelfromInfo→toDebug", "Metrics passwordChanged (secret, not shown)"]);
    const review = changes.closest("section");
    expect(review).toHaveTextContent(/Also sent unchanged.*Metrics endpoint/);
    expect(review).not.toHaveTextContent("s3cret-pass");
    expect(form).not.toBeVisible();
    expect(updates).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.queryByRole("list", { name: "Changes" })).not.toBeInTheDocument();
    expect(within(form).getByRole("combobox", { name: /Log level/ })).toHaveDisplayValue("Debug");
    expect(within(form).getByLabelText(/Metrics password/)).toHaveValue("s3cret-pass");
    expect(updates).toHaveLength(0);

    await user.click(within(form).getByRole("button", { name: "Save configuration" }));
    await user.click(await screen.findByRole("button", { name: "Apply 2 changes" }));
    await waitFor(() => expect(updates).toHaveLength(1));
    const sent = updates[0]?.spec?.configuration;
    expect(sent?.logLevel).toBe(LogLevel.DEBUG);
    expect(sent?.metrics).toMatchObject({ password: "s3cret-pass", url: before?.metrics?.url });
    expect(sent?.releaseChannel).toBeUndefined();
    expect(sent?.autoUpdate).toBeUndefined();
    expect(sent?.updateWindow).toBeUndefined();
    expect(updates[0]?.name).toBeUndefined();
    const { runner: stored } = await api.getRunner({ runnerId: runner.runnerId });
    expect(stored?.spec?.configuration?.logLevel).toBe(LogLevel.DEBUG);
    expect(stored?.spec?.configuration?.releaseChannel).toBe(before?.releaseChannel);
    await waitFor(() => expect(screen.queryByRole("list", { name: "Changes" })).not.toBeInTheDocument());
  });

  it("shows the API call of the edits without the typed secret, and sends nothing", async () => {
    const user = userEvent.setup();
    const { updates, form } = await setup();
    await user.selectOptions(within(form).getByRole("combobox", { name: /Log level/ }), "Debug");
    await user.type(within(form).getByLabelText(/Metrics password/), "s3cret-pass");
    await user.click(within(form).getByRole("button", { name: "Show API call" }));
    const dialog = await screen.findByRole("dialog", { name: "API call: UpdateRunner" });
    const curl = within(dialog).getByLabelText("curl command").textContent ?? "";
    expect(curl).toContain("/api/gitpod.v1.RunnerService/UpdateRunner");
    expect(curl).toContain('"logLevel": "LOG_LEVEL_DEBUG"');
    expect(curl).toContain(`"password": "'"$METRICS_PASSWORD"'"`);
    expect(dialog).not.toHaveTextContent("s3cret-pass");
    await user.click(within(dialog).getByRole("tab", { name: "TypeScript SDK" }));
    expect(within(dialog).getByLabelText("TypeScript SDK call")).toHaveTextContent("await ona.services.runner.updateRunner(");
    expect(updates).toHaveLength(0);
  });
});
