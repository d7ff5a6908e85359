import { createClient } from "@connectrpc/connect";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerConfigurationService, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerPhase, RunnerReleaseChannel, RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import type { Session } from "../../../lib/session";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { CreateRunnerWizard } from "./create-runner-wizard";

function setup(session?: (ids: ReturnType<typeof createTestContext>["ids"]) => Session) {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, test.adminToken);
  const rendered = renderPages({
    transport,
    session: session ? session(test.ids) : adminSession(test.ids.users.admin),
    pages: { "/runners/new": CreateRunnerWizard, "/runners": () => <h1>Runners list</h1> },
    initialPath: "/runners/new",
  });
  return { ...test, ...rendered, api: createClient(RunnerService, transport) };
}

describe("CreateRunnerWizard", () => {
  it("creates the runner, shows the exchange token once and forgets it after leaving the page", async () => {
    const user = userEvent.setup();
    const { api, router, queryClient } = setup();
    await user.click(await screen.findByRole("radio", { name: /Linux host/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));

    const form = await screen.findByRole("form", { name: "Runner settings" });
    await user.type(within(form).getByRole("textbox", { name: /Name/ }), "wizard-linux");
    await user.type(within(form).getByRole("textbox", { name: /Region/ }), "eu-west-1");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Release channel" }), "Latest");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Log level" }), "Debug");
    await user.type(within(form).getByRole("textbox", { name: "Update window start (UTC hour)" }), "3");
    await user.click(within(form).getByRole("button", { name: "Create runner" }));

    const token = await screen.findByLabelText("Exchange token");
    const exchangeToken = token.textContent ?? "";
    expect(exchangeToken.length).toBeGreaterThan(16);
    // The command names this console, so the fake runner reaches it on any port.
    expect(screen.getByText(`npm run fake-runner -- ${exchangeToken} --url ${window.location.origin}`)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy exchange token" })).toBeInTheDocument();

    // Stored as entered; the token is nowhere in the query or mutation caches.
    const { runners } = await api.listRunners({ filter: { providers: [RunnerProvider.LINUX_HOST] } });
    const created = runners.find((r) => r.name === "wizard-linux");
    expect(created?.spec?.configuration).toMatchObject({
      region: "eu-west-1",
      releaseChannel: RunnerReleaseChannel.LATEST,
      logLevel: LogLevel.DEBUG,
      autoUpdate: true,
      updateWindow: { startHour: 3 },
    });
    expect(created?.status?.phase).toBe(RunnerPhase.CREATED);
    const cached = JSON.stringify([
      queryClient.getQueryCache().getAll().map((q) => q.state.data),
      queryClient.getMutationCache().getAll().map((m) => m.state.data),
    ], (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    expect(cached).not.toContain(exchangeToken);
    expect(window.location.href).not.toContain(exchangeToken);

    await router.navigate({ to: "/runners" });
    await screen.findByRole("heading", { name: "Runners list" });
    await router.navigate({ to: "/runners/new" });
    await screen.findByRole("radio", { name: /Linux host/ });
    expect(document.body).not.toHaveTextContent(exchangeToken);
  });

  it("a double click on Create runner sends one request and stores one runner", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const { transport, requests } = createRecordingTransport(test.ctx, test.adminToken, RunnerService.method.createRunner);
    renderPages({
      transport,
      session: adminSession(test.ids.users.admin),
      pages: { "/runners/new": CreateRunnerWizard },
      initialPath: "/runners/new",
    });
    await user.click(await screen.findByRole("radio", { name: /Linux host/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const form = await screen.findByRole("form", { name: "Runner settings" });
    await user.type(within(form).getByRole("textbox", { name: /Name/ }), "double-click");
    await user.type(within(form).getByRole("textbox", { name: /Region/ }), "eu-west-1");
    // Two clicks before anything re-renders: the form validates asynchronously, so nothing is pending yet.
    const create = within(form).getByRole("button", { name: "Create runner" });
    fireEvent.click(create);
    fireEvent.click(create);
    await screen.findByLabelText("Exchange token");
    expect(requests).toHaveLength(1);
    const { runners } = await createClient(RunnerService, transport).listRunners({ pagination: { pageSize: 100 } });
    expect(runners.filter((r) => r.name === "double-click")).toHaveLength(1);
  });

  it("shows a refused create once, in the form, not also as a toast, with what was typed kept", async () => {
    const user = userEvent.setup();
    const { api } = setup();
    await user.click(await screen.findByRole("radio", { name: /Linux host/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const form = await screen.findByRole("form", { name: "Runner settings" });
    // The form's own checks pass; the server refuses the hidden text-direction character.
    const name = within(form).getByRole("textbox", { name: /Name/ });
    await user.type(name, "sneaky\u202ename");
    await user.click(within(form).getByRole("button", { name: "Create runner" }));
    const shown = await screen.findAllByText(/invisible control or text-direction character/);
    expect(shown).toHaveLength(1);
    expect(form).toContainElement(shown[0]!);
    expect(name).toHaveValue("sneaky\u202ename");
    const { runners } = await api.listRunners({ pagination: { pageSize: 100 } });
    expect(runners.some((r) => r.name.startsWith("sneaky"))).toBe(false);
  });

  it("tells a member that only admins create runners", async () => {
    setup((ids) => ({ mode: "local", subject: { id: ids.users.member, principal: "PRINCIPAL_USER" }, displayName: "Max Member", orgRole: "member", groupIds: [ids.groups.developers] }));
    expect(await screen.findByText("You cannot create runners")).toBeInTheDocument();
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
  });

  it("checks the settings before sending", async () => {
    const user = userEvent.setup();
    setup();
    await user.click(await screen.findByRole("radio", { name: /AWS EC2/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const form = await screen.findByRole("form", { name: "Runner settings" });
    await user.type(within(form).getByRole("textbox", { name: /Name/ }), "ab");
    await user.type(within(form).getByRole("textbox", { name: "Update window start (UTC hour)" }), "24");
    await user.click(within(form).getByRole("switch", { name: "Metrics" }));
    await user.click(within(form).getByRole("button", { name: "Create runner" }));
    await waitFor(() => expect(screen.getByText("Name must be at least 3 characters")).toBeInTheDocument());
    expect(screen.getByText("Enter an hour from 0 to 23 (UTC), or leave it empty")).toBeInTheDocument();
    expect(screen.getByText("The metrics endpoint must be an http(s) URL when metrics are enabled")).toBeInTheDocument();
  });

  it("keeps the step in the URL: browser Back returns to the provider, and what was typed is still there", async () => {
    const user = userEvent.setup();
    const { router } = setup();
    await user.click(await screen.findByRole("radio", { name: /Google Cloud/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const form = await screen.findByRole("form", { name: "Runner settings" });
    expect(router.state.location.search).toEqual({ step: "settings", provider: "gcp" });
    await user.type(within(form).getByRole("textbox", { name: /Name/ }), "kept-through-back");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Log level" }), "Warn");

    router.history.back();
    expect(await screen.findByRole("radio", { name: /Google Cloud/ })).toBeChecked();
    expect(screen.queryByRole("form", { name: "Runner settings" })).not.toBeInTheDocument();

    router.history.forward();
    const again = await screen.findByRole("form", { name: "Runner settings" });
    expect(within(again).getByRole("textbox", { name: /Name/ })).toHaveValue("kept-through-back");
    expect(within(again).getByRole("combobox", { name: "Log level" })).toHaveValue("Warn");
  });

  it("labels the settings as the Configuration tab does", async () => {
    const user = userEvent.setup();
    const { ctx, adminToken, ids } = setup();
    const configApi = createClient(RunnerConfigurationService, createInMemoryTransport(ctx, adminToken));
    const { schema } = await configApi.getRunnerConfigurationSchema({ runnerId: ids.runners.awsProdEu });
    const tab = new Map(schema?.runnerConfig.map((field) => [field.id, field]));
    await user.click(await screen.findByRole("radio", { name: /AWS EC2/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const form = await screen.findByRole("form", { name: "Runner settings" });
    for (const id of ["releaseChannel", "logLevel"]) {
      const field = tab.get(id);
      const select = within(form).getByRole("combobox", { name: field?.name });
      const choices = field?.type.case === "enum" ? field.type.value.possibleValues.map((choice) => choice.title) : [];
      expect(within(select).getAllByRole("option").map((option) => option.textContent)).toEqual(choices);
    }
    expect(within(form).getByRole("switch", { name: tab.get("autoUpdate")?.name })).toBeChecked();
    expect(within(form).getByRole("textbox", { name: tab.get("updateWindow.endHour")?.name })).toBeInTheDocument();
  });

  it("creates a Managed runner on a runner manager that existing managed runners use", async () => {
    const user = userEvent.setup();
    const { api, ids } = setup();
    const { runner: managedEu } = await api.getRunner({ runnerId: ids.runners.managedEu });
    const managerId = managedEu?.runnerManagerId ?? "";
    expect(managerId).not.toBe("");
    await user.click(await screen.findByRole("radio", { name: /Managed/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const form = await screen.findByRole("form", { name: "Runner settings" });
    await user.type(within(form).getByRole("textbox", { name: /Name/ }), "wizard-managed");
    const manager = within(form).getByRole("combobox", { name: /Runner manager/ });
    await user.click(within(form).getByRole("button", { name: "Create runner" }));
    await waitFor(() => expect(manager).toHaveAccessibleDescription(/Enter the runner manager's id/));

    const suggestion = await waitFor(() => {
      const option = document.querySelector<HTMLOptionElement>(`datalist option[value="${managerId}"]`);
      if (!option) throw new Error("no suggestion yet");
      return option;
    });
    expect(suggestion.getAttribute("label")).toBe("Used by managed-eu");
    await user.type(manager, managerId);
    await user.click(within(form).getByRole("button", { name: "Create runner" }));
    await screen.findByLabelText("Exchange token");
    const { runners } = await api.listRunners({ filter: { providers: [RunnerProvider.MANAGED] } });
    expect(runners.find((r) => r.name === "wizard-managed")?.runnerManagerId).toBe(managerId);
  });
});
