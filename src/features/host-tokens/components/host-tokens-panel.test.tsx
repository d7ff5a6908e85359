import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { tokenCipherFor } from "../../../../server/crypto/token-cipher";
import { getHostToken } from "../../../../server/store/host-tokens";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderWithProviders } from "../../../../test/ui/render-pages";
import {
  HostAuthenticationTokenSource,
  RunnerConfigurationService,
} from "../../../gen/gitpod/v1/runner_configuration_pb";
import { toLocalInputValue } from "../expiry";
import { HostTokensPanel } from "./host-tokens-panel";

function renderAsAdmin() {
  const test = createTestContext();
  const transport = createInMemoryTransport(test.ctx, test.adminToken);
  renderWithProviders(<HostTokensPanel runnerId={test.ids.runners.linuxBuild01} />, {
    transport,
    session: adminSession(test.ids.users.admin),
  });
  return { ...test, api: createClient(RunnerConfigurationService, transport) };
}

describe("HostTokensPanel", () => {
  it("adds, rotates and deletes a host token; values are stored encrypted and never shown", async () => {
    const user = userEvent.setup();
    const { ctx, ids, api } = renderAsAdmin();
    const cipher = tokenCipherFor(ctx.db);
    const table = await screen.findByRole("table", { name: "Host tokens of this runner" });
    expect(within(table).getAllByRole("row")).toHaveLength(2); // header + Max's github.com token

    // Add
    await user.click(screen.getByRole("button", { name: "Add host token" }));
    const form = await screen.findByRole("form", { name: "New host token" });
    const host = within(form).getByRole("combobox", { name: /Host/ });
    await waitFor(() => expect(within(host).getAllByRole("option").map((o) => o.textContent)).toEqual(["Choose a host", "github.com", "gitlab.com"]));
    await user.selectOptions(host, "gitlab.com");
    await user.type(within(form).getByLabelText(/^Token/), "glpat-first-value");
    const expiry = new Date(Date.now() + 10 * 24 * 3_600_000 + 3_600_000);
    fireEvent.change(within(form).getByLabelText(/Expires/), {
      target: { value: toLocalInputValue(expiry) },
    });
    await user.type(within(form).getByRole("textbox", { name: /Scopes/ }), "api, read_repository");
    expect(within(form).getByRole("list", { name: "Scopes to send" })).toHaveTextContent(
      "apiread_repository",
    );
    await user.click(within(form).getByRole("button", { name: "Add token" }));

    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(3));
    const row = within(table).getByRole("cell", { name: "gitlab.com" }).closest("tr");
    if (!row) throw new Error("no row for gitlab.com");
    expect(row).toHaveTextContent("Ada Admin (you)");
    expect(row).toHaveTextContent("PAT");
    expect(row).toHaveTextContent("apiread_repository");
    expect(row).toHaveTextContent("Expires in 10 days");
    expect(document.body).not.toHaveTextContent("glpat-first-value");

    const { tokens } = await api.listHostAuthenticationTokens({
      filter: { runnerId: ids.runners.linuxBuild01, subjectId: ids.users.admin },
    });
    expect(tokens).toHaveLength(1);
    const created = tokens[0];
    if (!created) throw new Error("token not stored");
    expect(created.source).toBe(HostAuthenticationTokenSource.PAT);
    expect(created.scopes).toEqual(["api", "read_repository"]);
    expect(Math.abs(Number(created.expiresAt?.seconds) * 1000 - expiry.getTime())).toBeLessThan(60_000);
    const storedFirst = getHostToken(ctx.db, created.id);
    expect(storedFirst && cipher.decrypt(storedFirst.token_ciphertext)).toBe("glpat-first-value");

    // Rotate: only the new value is sent; scopes and expiry stay.
    await user.click(within(row).getByRole("button", { name: "Update gitlab.com token of yours" }));
    const updateForm = await screen.findByRole("form", { name: "Update host token" });
    expect(within(updateForm).getByLabelText(/New token value/)).toHaveValue("");
    await user.type(within(updateForm).getByLabelText(/New token value/), "glpat-rotated-value");
    await user.click(within(updateForm).getByRole("button", { name: "Save changes" }));
    await waitFor(() =>
      expect(screen.queryByRole("form", { name: "Update host token" })).not.toBeInTheDocument(),
    );
    const rotated = getHostToken(ctx.db, created.id);
    expect(rotated && cipher.decrypt(rotated.token_ciphertext)).toBe("glpat-rotated-value");
    const { token: afterRotate } = await api.getHostAuthenticationToken({ id: created.id });
    expect(afterRotate?.scopes).toEqual(["api", "read_repository"]);
    expect(afterRotate?.expiresAt?.seconds).toBe(created.expiresAt?.seconds);

    // Delete
    await user.click(within(row).getByRole("button", { name: "Delete gitlab.com token of yours" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete the gitlab.com token?" });
    await user.click(within(dialog).getByRole("button", { name: "Delete token" }));
    await waitFor(() =>
      expect(within(table).queryByRole("cell", { name: "gitlab.com" })).not.toBeInTheDocument(),
    );
    const gone = await api
      .getHostAuthenticationToken({ id: created.id })
      .catch((error: unknown) => ConnectError.from(error));
    expect(gone).toBeInstanceOf(ConnectError);
    expect(gone instanceof ConnectError && gone.code).toBe(Code.NotFound);
  });

  it("keeps what was typed when the server refuses a token, and shows IDs (never values) to copy", async () => {
    const user = userEvent.setup();
    const { ids, api } = renderAsAdmin();
    const table = await screen.findByRole("table", { name: "Host tokens of this runner" });

    // Another user's token: the start of their ID, the whole ID behind Copy.
    const memberId = ids.users.member;
    expect(within(table).getByText(`${memberId.slice(0, 8)}…`)).toHaveAttribute("title", memberId);
    expect(within(table).getByRole("button", { name: `Copy user ID ${memberId}` })).toBeInTheDocument();

    // The runner's gitlab.com integration takes PATs only: an OAuth token is refused, the dialog and values stay.
    await user.click(screen.getByRole("button", { name: "Add host token" }));
    const form = await screen.findByRole("form", { name: "New host token" });
    const host = within(form).getByRole("combobox", { name: /Host/ });
    await waitFor(() => expect(within(host).getAllByRole("option")).toHaveLength(3));
    await user.selectOptions(host, "gitlab.com");
    await user.selectOptions(within(form).getByRole("combobox", { name: /Source/ }), "OAUTH");
    await user.type(within(form).getByLabelText(/^Token/), "oauth-for-gitlab");
    await user.click(within(form).getByRole("button", { name: "Add token" }));
    expect(await within(form).findByRole("alert")).toBeInTheDocument();
    expect(within(form).getByRole("combobox", { name: /Host/ })).toHaveValue("gitlab.com");
    expect(within(form).getByLabelText(/^Token/)).toHaveValue("oauth-for-gitlab");
    const { tokens } = await api.listHostAuthenticationTokens({
      filter: { runnerId: ids.runners.linuxBuild01 },
    });
    expect(tokens.map((token) => token.host)).toEqual(["github.com"]);
    await user.click(within(form).getByRole("button", { name: "Cancel" }));

    // The Update dialog names the token by its ID, with a copy button; the value is not there.
    const [token] = tokens;
    if (!token) throw new Error("no fixture token");
    await user.click(within(table).getByRole("button", { name: `Update github.com token of ${memberId}` }));
    const dialog = await screen.findByRole("dialog", { name: "Update the github.com token" });
    expect(within(dialog).getByText(token.id)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Copy Token ID" })).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/New token value/)).toHaveValue("");
  });
});
