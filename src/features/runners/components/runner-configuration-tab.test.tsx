import { create } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { renderWithProviders } from "../../../../test/ui/render-pages";
import { RunnerConfigurationSchema_FieldSchema } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerConfigurationSchema, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { configurationFormInputs, RunnerConfigurationTab } from "./runner-configuration-tab";

async function setup(runnerOf: (ids: ReturnType<typeof createTestContext>["ids"]) => string, canUpdate = true) {
  const test = createTestContext();
  return setupWith(test, runnerOf(test.ids), canUpdate);
}

async function setupWith(test: ReturnType<typeof createTestContext>, runnerId: string, canUpdate = true) {
  const { transport, requests: updates } = createRecordingTransport(
    test.ctx,
    test.adminToken,
    RunnerService.method.updateRunner,
  );
  const api = createClient(RunnerService, transport);
  const { runner } = await api.getRunner({ runnerId });
  if (!runner) throw new Error("demo runner missing");
  renderWithProviders(<RunnerConfigurationTab runner={runner} canUpdate={canUpdate} />, { transport });
  return { ...test, api, runner, updates };
}

/** Save configuration, then Apply in the review (when the form was valid and something changed). */
async function saveAndApply(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Save configuration" }));
  const apply = screen.queryByRole("button", { name: /^Apply \d+ changes?$/ });
  if (apply) await user.click(apply);
}

describe("RunnerConfigurationTab", () => {
  it("a double click on Apply sends one update", async () => {
    const user = userEvent.setup();
    const { api, runner, updates } = await setup((ids) => ids.runners.awsProdEu);
    const form = await screen.findByRole("form", { name: "Runner configuration" });
    await user.selectOptions(within(form).getByRole("combobox", { name: /Log level/ }), "Debug");
    await user.click(within(form).getByRole("button", { name: "Save configuration" }));
    // Two clicks before the button re-renders as busy.
    const apply = await screen.findByRole("button", { name: "Apply 1 change" });
    fireEvent.click(apply);
    fireEvent.click(apply);
    // The review closes once the update is answered; by then a second one would have been sent too.
    await waitFor(() => expect(screen.queryByRole("button", { name: "Apply 1 change" })).not.toBeInTheDocument());
    expect(updates).toHaveLength(1);
    const { runner: after } = await api.getRunner({ runnerId: runner.runnerId });
    expect(after?.spec?.configuration?.logLevel).toBe(LogLevel.DEBUG);
  });

  it("sends only the changed fields and the server keeps the rest", async () => {
    const user = userEvent.setup();
    const { api, runner, updates } = await setup((ids) => ids.runners.awsProdEu);
    const before = runner.spec?.configuration;
    const form = await screen.findByRole("form", { name: "Runner configuration" });
    expect(within(form).getByRole("textbox", { name: /Metrics endpoint/ })).toHaveValue(before?.metrics?.url);

    await user.selectOptions(within(form).getByRole("combobox", { name: /Log level/ }), "Debug");
    await saveAndApply(user);
    await waitFor(() => expect(updates).toHaveLength(1));

    const sent = updates[0];
    expect(sent?.name).toBeUndefined();
    expect(sent?.spec?.desiredPhase).toBeUndefined();
    const configuration = sent?.spec?.configuration;
    expect(configuration?.logLevel).toBe(LogLevel.DEBUG);
    expect(configuration?.releaseChannel).toBeUndefined();
    expect(configuration?.autoUpdate).toBeUndefined();
    expect(configuration?.metrics).toBeUndefined();
    expect(configuration?.updateWindow).toBeUndefined();
    expect(configuration?.honeycombApiKey).toBeUndefined();

    const { runner: after } = await api.getRunner({ runnerId: runner.runnerId });
    expect(after?.spec?.configuration?.logLevel).toBe(LogLevel.DEBUG);
    expect(after?.spec?.configuration?.releaseChannel).toBe(before?.releaseChannel);
    expect(after?.spec?.configuration?.metrics?.url).toBe(before?.metrics?.url);
    expect(after?.spec?.configuration?.autoUpdate).toBe(before?.autoUpdate);

    // A secret is sent only when typed, never shown, and the input is cleared after saving.
    const password = () => within(screen.getByRole("form", { name: "Runner configuration" })).getByLabelText(/Metrics password/);
    expect(password()).toHaveAccessibleDescription(/Stored value: set/);
    expect(password()).toHaveValue("");
    await user.type(password(), "s3cret-pass");
    await saveAndApply(user);
    await waitFor(() => expect(updates).toHaveLength(2));
    // The password travels with the endpoint it belongs to (the metrics group), nothing else is sent.
    expect(updates[1]?.spec?.configuration?.metrics).toMatchObject({ password: "s3cret-pass", enabled: true, url: before?.metrics?.url });
    expect(updates[1]?.spec?.configuration?.logLevel).toBeUndefined();
    expect(updates[1]?.spec?.configuration?.updateWindow).toBeUndefined();
    await waitFor(() => expect(password()).toHaveValue(""));
    const { runner: stored } = await api.getRunner({ runnerId: runner.runnerId });
    expect(JSON.stringify(stored?.spec?.configuration?.metrics)).not.toContain("s3cret-pass"); // write-only
    expect(stored?.spec?.configuration?.metrics?.url).toBe(before?.metrics?.url);
  });
});

describe("RunnerConfigurationTab: fields that belong together", () => {
  const hour = (name: RegExp) => within(screen.getByRole("form", { name: "Runner configuration" })).getByRole("spinbutton", { name });
  const save = saveAndApply;

  it("saves a changed end hour with its start hour (the server needs the pair)", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const runnerId = test.ids.runners.awsProdEu;
    await createClient(RunnerService, createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.updateRunner).transport).updateRunner({
      runnerId,
      spec: { configuration: { updateWindow: { startHour: 2, endHour: 4 } } },
    });
    const { api, updates } = await setupWith(test, runnerId);
    await screen.findByRole("form", { name: "Runner configuration" });
    await user.clear(hour(/Update window end/));
    await user.type(hour(/Update window end/), "9");
    await save(user);
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]?.spec?.configuration?.updateWindow).toMatchObject({ startHour: 2, endHour: 9 });
    const { runner } = await api.getRunner({ runnerId });
    expect(runner?.spec?.configuration?.updateWindow).toMatchObject({ startHour: 2, endHour: 9 });
  });

  it("clears the update window when both hours are emptied", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const runnerId = test.ids.runners.awsProdEu;
    await createClient(RunnerService, createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.updateRunner).transport).updateRunner({
      runnerId,
      spec: { configuration: { updateWindow: { startHour: 2, endHour: 4 } } },
    });
    const { api, updates } = await setupWith(test, runnerId);
    await screen.findByRole("form", { name: "Runner configuration" });
    await user.clear(hour(/Update window start/));
    await user.clear(hour(/Update window end/));
    await save(user);
    await waitFor(() => expect(updates).toHaveLength(1));
    const { runner } = await api.getRunner({ runnerId });
    expect(runner?.spec?.configuration?.updateWindow).toBeUndefined();
  });

  it("shows an emptied start hour's problem on that field, before anything is sent", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const runnerId = test.ids.runners.awsProdEu;
    await createClient(RunnerService, createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.updateRunner).transport).updateRunner({
      runnerId,
      spec: { configuration: { updateWindow: { startHour: 2, endHour: 4 } } },
    });
    const { updates } = await setupWith(test, runnerId);
    await screen.findByRole("form", { name: "Runner configuration" });
    await user.clear(hour(/Update window start/));
    await save(user);
    await waitFor(() => expect(hour(/Update window start/)).toHaveAccessibleDescription(/Set the start hour when you set an end hour/));
    expect(updates).toHaveLength(0);
  });

  it("puts the server's refusal on the field it concerns, in the fields' names", async () => {
    const user = userEvent.setup();
    const { updates, runner } = await setup((ids) => ids.runners.linuxBuild01);
    expect(runner.spec?.configuration?.metrics?.url ?? "").toBe("");
    const form = await screen.findByRole("form", { name: "Runner configuration" });
    await user.click(within(form).getByRole("switch", { name: /^Metrics/ }));
    await save(user);
    await waitFor(() => expect(updates).toHaveLength(1));
    const endpoint = within(form).getByRole("textbox", { name: /Metrics endpoint/ });
    await waitFor(() => expect(endpoint).toHaveAccessibleDescription(/Metrics endpoint is required when Metrics is on/));
    expect(endpoint).toHaveAttribute("aria-invalid", "true");
    expect(document.body).not.toHaveTextContent("spec.configuration");
  });

  it("shows unsaved changes in the save bar until they are applied; Reset brings back the stored values", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const { transport, requests: updates } = createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.updateRunner);
    const { runner } = await createClient(RunnerService, transport).getRunner({ runnerId: test.ids.runners.awsProdEu });
    if (!runner) throw new Error("demo runner missing");
    const dirty: boolean[] = [];
    renderWithProviders(<RunnerConfigurationTab runner={runner} canUpdate onDirtyChange={(d) => dirty.push(d)} />, { transport });
    const form = await screen.findByRole("form", { name: "Runner configuration" });
    const logLevel = () => within(screen.getByRole("form", { name: "Runner configuration" })).getByRole("combobox", { name: /Log level/ });
    const stored = (logLevel() as HTMLSelectElement).value;
    const status = within(form).getByRole("status");
    expect(status).toHaveTextContent("");

    await user.selectOptions(logLevel(), "Debug");
    expect(status).toHaveTextContent("Unsaved changes");
    await user.click(within(form).getByRole("button", { name: "Reset" }));
    expect(logLevel()).toHaveValue(stored);
    expect(status).toHaveTextContent("");

    await user.selectOptions(logLevel(), "Debug");
    expect(dirty.at(-1)).toBe(true);
    await saveAndApply(user);
    await waitFor(() => expect(updates).toHaveLength(1));
    await waitFor(() => expect(within(screen.getByRole("form", { name: "Runner configuration" })).getByRole("status")).toHaveTextContent(""));
    expect(dirty.at(-1)).toBe(false);
  });
});

describe("RunnerConfigurationTab without update rights", () => {
  it("lists the stored settings as text, with no inputs and no misleading read-only notes", async () => {
    await setup((ids) => ids.runners.awsProdEu, false);
    const list = await screen.findByLabelText("Runner configuration");
    const valueOf = (name: string) => within(list).getByText(name).closest("div")?.querySelector("dd")?.textContent;
    expect(valueOf("Release channel")).toBe("Latest");
    expect(valueOf("Auto update")).toBe("On");
    expect(valueOf("Metrics endpoint")).toBe("https://prometheus.acme.example/api/v1/write");
    expect(valueOf("Metrics password")).toBe("Set (hidden)");
    expect(valueOf("Honeycomb API key")).toBe("Not set");
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save configuration" })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent("this console cannot change");
    expect(screen.getByText(/You can view but not change this runner's configuration/)).toBeInTheDocument();
  });
});

describe("configurationFormInputs", () => {
  it("makes ids this console does not know read-only, and everything read-only without update rights", () => {
    const fields = [
      create(RunnerConfigurationSchema_FieldSchema, { id: "logLevel", name: "Log level", type: { case: "enum", value: { possibleValues: [{ title: "Info" }] } } }),
      create(RunnerConfigurationSchema_FieldSchema, { id: "futureSetting.knob", name: "Knob", type: { case: "bool", value: {} } }),
    ];
    const config = create(RunnerConfigurationSchema, { logLevel: LogLevel.INFO });
    const editable = configurationFormInputs(fields, config, true);
    expect([...editable.readOnlyIds]).toEqual(["futureSetting.knob"]);
    expect(editable.values).toEqual([{ key: "logLevel", value: "Info" }]);
    expect([...configurationFormInputs(fields, config, false).readOnlyIds]).toEqual(["logLevel", "futureSetting.knob"]);
  });
});
