import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../../server/testing";
import { adminSession, renderPages } from "../../../../test/ui/render-pages";
import { OverviewPage } from "./overview-page";

describe("OverviewPage", () => {
  it("counts runners by provider, the local configuration runner under its kind rather than Unknown", async () => {
    const test = createTestContext();
    renderPages({
      transport: createInMemoryTransport(test.ctx, test.adminToken),
      session: adminSession(test.ids.users.admin),
      pages: { "/": OverviewPage },
      initialPath: "/",
    });
    const byProvider = await screen.findByRole("list", { name: "Runners by provider" });
    const items = within(byProvider).getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toContain("AWS EC22");
    expect(items).toContain("Local configuration1");
    expect(byProvider).not.toHaveTextContent("Unknown");
  });
});
