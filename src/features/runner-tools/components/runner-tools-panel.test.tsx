import { createClient } from "@connectrpc/connect";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderWithProviders } from "../../../../test/ui/render-pages";
import { RunnerConfigurationService, RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../../gen/gitpod/v1/runner_pb";
import { RunnerToolsPanel } from "./runner-tools-panel";

async function setup() {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, test.adminToken);
  const { runner } = await createClient(RunnerService, transport).createRunner({ name: "tools-runner", provider: RunnerProvider.LINUX_HOST });
  if (!runner) throw new Error("runner not created");
  await createClient(RunnerConfigurationService, transport).createSCMIntegration({
    runnerId: runner.runnerId,
    scmId: "github",
    host: "github.com",
    oauthClientId: "client-id",
    oauthPlaintextClientSecret: "client-secret",
  });
  const returnTo = `/runners/${runner.runnerId}/tools`;
  renderWithProviders(<RunnerToolsPanel runnerId={runner.runnerId} returnTo={returnTo} />, {
    transport,
    session: adminSession(test.ids.users.admin),
  });
  return { runnerId: runner.runnerId, returnTo };
}

describe("RunnerToolsPanel", () => {
  it("says the user's token for the host has expired, rather than 'not authenticated'", async () => {
    const user = userEvent.setup();
    // The demo data gives the admin an expired gitlab.com token on aws-prod-eu.
    const test = createTestContext();
    const runnerId = test.ids.runners.awsProdEu;
    renderWithProviders(<RunnerToolsPanel runnerId={runnerId} returnTo="/" />, {
      transport: createInMemoryTransport(test.ctx, test.adminToken),
      session: adminSession(test.ids.users.admin),
    });
    const checkForm = screen.getByRole("form", { name: "Check authentication for a host" });
    const host = within(checkForm).getByRole("textbox", { name: /Host/ });
    await user.clear(host);
    await user.type(host, "gitlab.com");
    await user.click(within(checkForm).getByRole("button", { name: "Check" }));
    expect(await screen.findByText(/Your token for gitlab.com has expired/)).toBeInTheDocument();
    expect(screen.queryByText(/Not authenticated with gitlab.com/)).not.toBeInTheDocument();
  });

  it("offers an Authenticate link (back to this tab) when the host needs authentication", async () => {
    const user = userEvent.setup();
    const { runnerId, returnTo } = await setup();
    const checkForm = screen.getByRole("form", { name: "Check authentication for a host" });
    await user.click(within(checkForm).getByRole("button", { name: "Check" }));
    expect(await screen.findByText(/Not authenticated with github.com/)).toBeInTheDocument();
    const link = screen.getByRole("link", { name: "Authenticate with github.com" });
    const target = new URL(link.getAttribute("href") ?? "");
    expect(target.pathname).toMatch(/\/oauth\/authorize$/);
    expect(target.searchParams.get("runnerId")).toBe(runnerId);
    expect(target.searchParams.get("returnTo")).toBe(returnTo);
  });

  it("reads ParseContextURL's precondition details and links to the authentication URL", async () => {
    const user = userEvent.setup();
    const { returnTo } = await setup();
    const parseForm = screen.getByRole("form", { name: "Parse a context URL" });
    await user.type(within(parseForm).getByRole("textbox", { name: /Context URL/ }), "https://github.com/acme/api/pull/7");
    await user.click(within(parseForm).getByRole("button", { name: "Parse" }));
    expect(await screen.findByText(/Authentication with github.com is needed/)).toBeInTheDocument();
    const links = screen.getAllByRole("link", { name: "Authenticate with github.com" });
    expect(new URL(links.at(-1)?.getAttribute("href") ?? "").searchParams.get("returnTo")).toBe(returnTo);
  });

  it("rejects a context URL that is not a URL before asking the server", async () => {
    const user = userEvent.setup();
    await setup();
    const parseForm = screen.getByRole("form", { name: "Parse a context URL" });
    await user.type(within(parseForm).getByRole("textbox", { name: /Context URL/ }), "not a url");
    await user.click(within(parseForm).getByRole("button", { name: "Parse" }));
    expect(await screen.findByText("Context URL must be an http(s) URL")).toBeInTheDocument();
  });
});
