import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { withOAuthOutcome } from "../../../common/oauth-return";
import { createInMemoryTransport, createTestContext } from "../../../server/testing";
import { adminSession, renderPages } from "../../../test/ui/render-pages";
import { dismissToast, toastStore } from "../../components/ui/toast";
import { OAuthReturnNotice } from "./oauth-return-notice";

function land(path: string) {
  const test = createTestContext();
  return renderPages({
    transport: createInMemoryTransport(test.ctx, test.adminToken),
    session: adminSession(test.ids.users.admin),
    pages: {
      "/scm-integrations": () => (
        <>
          <h1>SCM integrations</h1>
          <OAuthReturnNotice />
        </>
      ),
    },
    initialPath: path,
  });
}

describe("back from the OAuth flow", () => {
  // Toasts live in a module-level store: one test's must not be read by the next.
  afterEach(() => toastStore.getSnapshot().forEach((t) => dismissToast(t.id)));

  it("says it worked, then takes the outcome out of the address and keeps the page's own query", async () => {
    const { router } = land(withOAuthOutcome("/scm-integrations?runnerIds=r1#top", "connected", "github.com"));
    expect(await screen.findByText("Connected to github.com")).toBeInTheDocument();
    await waitFor(() => expect(router.history.location.search).toBe("?runnerIds=r1"));
    expect(router.history.location.hash).toBe("#top");
    expect(router.history.location.pathname).toBe("/scm-integrations");
    expect(screen.getAllByText("Connected to github.com")).toHaveLength(1);
  });

  it("says why not when the authorization was denied", async () => {
    const { router } = land(withOAuthOutcome("/scm-integrations", "denied", "gitlab.com"));
    expect(await screen.findByText("Not connected to gitlab.com")).toBeInTheDocument();
    expect(screen.getByText("You denied the authorization, so nothing was stored.")).toBeInTheDocument();
    await waitFor(() => expect(router.history.location.search).toBe(""));
  });

  it("says nothing on an ordinary visit", async () => {
    land("/scm-integrations?runnerIds=r1");
    expect(await screen.findByRole("heading", { name: "SCM integrations" })).toBeInTheDocument();
    expect(screen.queryByText(/Connected to|Not connected to/)).not.toBeInTheDocument();
  });
});
