import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createTestContext } from "../../../../server/testing";
import { createRecordingTransport } from "../../../../test/ui/recording-transport";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { toLocalInputValue } from "../expiry";
import { HostTokensPanel } from "./host-tokens-panel";

const HOUR_MS = 3_600_000;

async function openAddForm(runner: "linuxBuild01" | "devAgent" = "linuxBuild01") {
  const test = createTestContext();
  const runnerId = test.ids.runners[runner];
  const { transport, requests } = createRecordingTransport(
    test.ctx,
    test.adminToken,
    RunnerConfigurationService.method.createHostAuthenticationToken,
  );
  renderPages({
    transport,
    session: adminSession(test.ids.users.admin),
    pages: { "/tokens": () => <HostTokensPanel runnerId={runnerId} /> },
    initialPath: "/tokens",
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Add host token" }));
  const form = await screen.findByRole("form", { name: "New host token" });
  return { user, form, requests, runnerId, ids: test.ids };
}

function setExpiry(form: HTMLElement, at: Date) {
  fireEvent.change(within(form).getByLabelText(/Expires/), { target: { value: toLocalInputValue(at) } });
}

describe("Add a host token", () => {
  it("offers only the runner's SCM integration hosts, and refuses an expiry in the past without sending", async () => {
    const { user, form, requests } = await openAddForm();
    const host = within(form).getByRole("combobox", { name: /Host/ });
    await waitFor(() => expect(within(host).getAllByRole("option").map((o) => o.textContent)).toEqual(["Choose a host", "github.com", "gitlab.com"]));
    await user.selectOptions(host, "gitlab.com");
    await user.type(within(form).getByLabelText(/^Token/), "glpat-value");
    setExpiry(form, new Date(Date.now() - HOUR_MS));
    await user.click(within(form).getByRole("button", { name: "Add token" }));
    expect(await within(form).findByText(/This time has already passed/)).toBeInTheDocument();
    expect(within(form).getByLabelText(/Expires/)).toHaveAttribute("aria-invalid", "true");
    expect(requests).toHaveLength(0);
  });

  it("warns when the token expires within 24 hours, and still adds it", async () => {
    const { user, form, requests } = await openAddForm();
    const host = within(form).getByRole("combobox", { name: /Host/ });
    await waitFor(() => expect(within(host).getAllByRole("option")).toHaveLength(3));
    await user.selectOptions(host, "gitlab.com");
    await user.type(within(form).getByLabelText(/^Token/), "glpat-value");
    setExpiry(form, new Date(Date.now() + 5 * HOUR_MS));
    expect(within(form).getByRole("status")).toHaveTextContent("Expires within 24 hours");
    setExpiry(form, new Date(Date.now() + 48 * HOUR_MS));
    expect(within(form).queryByText(/Expires within 24 hours/)).not.toBeInTheDocument();
    setExpiry(form, new Date(Date.now() + 5 * HOUR_MS));
    await user.click(within(form).getByRole("button", { name: "Add token" }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.host).toBe("gitlab.com");
  });

  it("asks for a refresh token only for OAuth, and is for the signed-in user by name unless another is chosen", async () => {
    const { user, form, requests, ids } = await openAddForm();
    expect(within(form).queryByLabelText(/Refresh token/)).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByRole("combobox", { name: /Source/ }), "OAUTH");
    expect(within(form).getByLabelText(/Refresh token/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/Refresh token/), "typed-then-dropped");
    await user.selectOptions(within(form).getByRole("combobox", { name: /Source/ }), "PAT");
    expect(within(form).queryByLabelText(/Refresh token/)).not.toBeInTheDocument();

    const forUser = within(form).getByRole("combobox", { name: /For user/ });
    expect(forUser).toHaveDisplayValue("Ada Admin (you)");
    expect(within(form).queryByRole("textbox", { name: /User ID/ })).not.toBeInTheDocument();
    await user.selectOptions(forUser, "other");
    const userId = within(form).getByRole("textbox", { name: /User ID/ });
    await user.selectOptions(within(form).getByRole("combobox", { name: /Host/ }), "gitlab.com");
    await user.type(within(form).getByLabelText(/^Token/), "glpat-for-max");
    await user.click(within(form).getByRole("button", { name: "Add token" }));
    expect(await within(form).findByText(/Paste the user's ID/)).toBeInTheDocument();
    await user.type(userId, ids.users.member);
    await user.click(within(form).getByRole("button", { name: "Add token" }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.subject?.id).toBe(ids.users.member);
    expect(requests[0]?.refreshToken).toBe("");
  });

  it("on a runner without SCM integrations: free text, with the way to add one", async () => {
    const { form, runnerId } = await openAddForm("devAgent");
    const host = await within(form).findByRole("textbox", { name: /Host/ });
    expect(host).toHaveAccessibleDescription(/This runner has no SCM integration yet/);
    expect(within(form).getByRole("link", { name: "Add an SCM integration" })).toHaveAttribute(
      "href",
      `/runners/${runnerId}/scm-integrations`,
    );
  });
});
