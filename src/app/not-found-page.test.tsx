import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../server/testing";
import { adminSession, renderPages } from "../../test/ui/render-pages";
import { NotFoundPage } from "./not-found-page";

describe("NotFoundPage", () => {
  it("offers a way home and every section of the console", async () => {
    const test = createTestContext();
    renderPages({
      transport: createInMemoryTransport(test.ctx, test.adminToken),
      session: adminSession(test.ids.users.admin),
      pages: { "/nowhere": () => <NotFoundPage />, "/host-tokens": () => <h1>Host tokens page</h1> },
      initialPath: "/nowhere",
    });
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the overview" })).toHaveAttribute("href", "/");
    const sections = screen.getByRole("navigation", { name: "Console sections" });
    const names = within(sections).getAllByRole("link").map((link) => link.textContent);
    expect(names).toEqual(expect.arrayContaining(["Runners", "Environment classes", "Policies", "Settings"]));
    await userEvent.click(within(sections).getByRole("link", { name: "Host tokens" }));
    expect(await screen.findByRole("heading", { name: "Host tokens page" })).toBeInTheDocument();
  });
});
