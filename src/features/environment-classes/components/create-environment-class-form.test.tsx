import { createClient } from "@connectrpc/connect";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { NewEnvironmentClassPage } from "./new-environment-class-page";

function setup(runnerId: (ids: ReturnType<typeof createTestContext>["ids"]) => string) {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, test.adminToken);
  const created: string[] = [];
  const chosen = runnerId(test.ids);
  const rendered = renderPages({
    transport,
    session: adminSession(test.ids.users.admin),
    pages: {
      "/environment-classes/new": () => (
        <NewEnvironmentClassPage
          runnerId={chosen}
          onRunnerChange={() => undefined}
          onCreated={(id) => created.push(id)}
          onCancel={() => undefined}
        />
      ),
    },
    initialPath: "/environment-classes/new",
  });
  return {
    ...test,
    ...rendered,
    created,
    api: createClient(RunnerConfigurationService, transport),
    runners: createClient(RunnerService, transport),
  };
}

describe("creating an environment class", () => {
  it("a second submit while Create is in flight sends no second request: one class is stored", async () => {
    const user = userEvent.setup();
    const test = createTestContext();
    const runnerId = test.ids.runners.awsProdEu;
    const { transport, requests } = createRecordingTransport(
      test.ctx,
      test.adminToken,
      RunnerConfigurationService.method.createEnvironmentClass,
    );
    const created: string[] = [];
    renderPages({
      transport,
      session: adminSession(test.ids.users.admin),
      pages: {
        "/new": () => (
          <NewEnvironmentClassPage
            runnerId={runnerId}
            onRunnerChange={() => undefined}
            onCreated={(id) => created.push(id)}
            onCancel={() => undefined}
          />
        ),
      },
      initialPath: "/new",
    });
    const form = await screen.findByRole("form", { name: "New environment class on aws-prod-eu" });
    await user.type(within(form).getByRole("textbox", { name: /Display name/ }), "Twice clicked");
    await user.type(within(form).getByRole("textbox", { name: /Description/ }), "Created once");
    await user.selectOptions(within(form).getByRole("combobox", { name: /Instance type/ }), "m6i.2xlarge");
    // A click, then a second submit that reaches the form before the busy button has painted (the button's
    // disabled state alone cannot stop it): Create validates with the server first, so nothing is pending yet.
    const create = within(form).getByRole("button", { name: "Create" });
    fireEvent.click(create);
    fireEvent.submit(create.closest("form")!);
    await waitFor(() => expect(created).toHaveLength(1));
    expect(requests).toHaveLength(1);
    const { environmentClasses } = await createClient(RunnerConfigurationService, transport).listEnvironmentClasses({
      filter: { runnerIds: [runnerId] },
      pagination: { pageSize: 100 },
    });
    expect(environmentClasses.filter((c) => c.displayName === "Twice clicked")).toHaveLength(1);
  });

  it("puts the server's validation error on the field, then stores the fixed class", async () => {
    const user = userEvent.setup();
    const { api, created, ids } = setup((ids) => ids.runners.awsProdEu);
    const form = await screen.findByRole("form", { name: "New environment class on aws-prod-eu" });
    const before = await api.listEnvironmentClasses({ filter: { runnerIds: [ids.runners.awsProdEu] } });

    // "ab" passes the form's own checks (required, ≤ 127); the API wants at least 3 characters.
    const displayName = within(form).getByRole("textbox", { name: /Display name/ });
    await user.type(displayName, "ab");
    await user.type(
      within(form).getByRole("textbox", { name: /Description/ }),
      "Builds for the big monorepo",
    );
    await user.selectOptions(within(form).getByRole("combobox", { name: /Instance type/ }), "m6i.2xlarge");
    const disk = within(form).getByRole("spinbutton", { name: /Disk size/ });
    await user.clear(disk);
    await user.type(disk, "250");
    await user.click(within(form).getByRole("switch", { name: /Spot instances/ }));

    await user.click(within(form).getByRole("button", { name: "Validate" }));
    await waitFor(() =>
      expect(displayName).toHaveAccessibleDescription(/Display name must be between 3 and 127 characters/),
    );
    expect(displayName).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(displayName).toHaveFocus());

    // "Create" validates first too: nothing is stored while the error stands.
    await user.click(within(form).getByRole("button", { name: "Create" }));
    await waitFor(() => expect(displayName).toHaveAccessibleDescription(/between 3 and 127/));
    const unchanged = await api.listEnvironmentClasses({ filter: { runnerIds: [ids.runners.awsProdEu] } });
    expect(unchanged.environmentClasses).toHaveLength(before.environmentClasses.length);
    expect(created).toEqual([]);

    await user.clear(displayName);
    await user.type(displayName, "Monorepo large");
    await user.click(within(form).getByRole("button", { name: "Create" }));
    await waitFor(() => expect(created).toHaveLength(1));

    const { environmentClass } = await api.getEnvironmentClass({ environmentClassId: created[0] });
    expect(environmentClass).toMatchObject({
      displayName: "Monorepo large",
      description: "Builds for the big monorepo",
      runnerId: ids.runners.awsProdEu,
      enabled: true,
    });
    const configuration = Object.fromEntries(
      environmentClass?.configuration.map(({ key, value }) => [key, value]) ?? [],
    );
    expect(configuration).toEqual({ instanceType: "m6i.2xlarge", diskSizeGiB: "250", spotInstances: "true" });
    expect(await screen.findByText("Created Monorepo large")).toBeInTheDocument();
  });

  it("shows a server error once, in the form, not also as a toast", async () => {
    const user = userEvent.setup();
    const { runners, ids } = setup((ids) => ids.runners.gcpMl);
    const form = await screen.findByRole("form", { name: "New environment class on gcp-ml" });
    await user.type(within(form).getByRole("textbox", { name: /Display name/ }), "ML large");
    await user.type(within(form).getByRole("textbox", { name: /Description/ }), "Training jobs");
    // The runner goes away while the form is open: the answer concerns no field.
    await runners.deleteRunner({ runnerId: ids.runners.gcpMl, force: true });

    await user.click(within(form).getByRole("button", { name: "Create" }));
    const alert = await within(form).findByRole("alert");
    const message = alert.querySelector("p")?.textContent ?? "";
    expect(message).toMatch(/\S/);
    expect(screen.getAllByText(message)).toHaveLength(1);
    // No error toast repeats it (the toaster's error region is the other alert).
    const elsewhere = screen.getAllByRole("alert").filter((region) => !form.contains(region));
    for (const region of elsewhere) expect(region).toBeEmptyDOMElement();
  });

  it("renders the fields of the chosen runner's own schema", async () => {
    setup((ids) => ids.runners.gcpMl);
    const form = await screen.findByRole("form", { name: "New environment class on gcp-ml" });
    expect(within(form).getByRole("combobox", { name: /Machine type/ })).toBeInTheDocument();
    expect(within(form).getByRole("spinbutton", { name: /Boot disk/ })).toBeInTheDocument();
    expect(within(form).getByRole("switch", { name: /Preemptible/ })).toBeInTheDocument();
    expect(within(form).queryByRole("combobox", { name: /Instance type/ })).not.toBeInTheDocument();
  });
});
