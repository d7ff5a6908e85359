import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../server/testing";
import { adminSession, renderPages } from "../../../test/ui/render-pages";
import { RunnerFilter } from "./runner-filter";

function Harness({ initial }: { initial: string[] }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <>
      <RunnerFilter value={value} onChange={(runnerId) => setValue(runnerId ? [runnerId] : [])} />
      <p>filter: {value.join(",") || "none"}</p>
    </>
  );
}

function renderFilter(initial: (ids: ReturnType<typeof createTestContext>["ids"]) => string[]) {
  const test = createTestContext();
  renderPages({
    transport: createInMemoryTransport(test.ctx, test.adminToken),
    session: adminSession(test.ids.users.admin),
    pages: { "/list": () => <Harness initial={initial(test.ids)} /> },
    initialPath: "/list",
  });
  return test;
}

const optionNames = () => within(screen.getByRole("listbox", { hidden: true })).queryAllByRole("option").map((o) => o.firstChild?.textContent);

describe("RunnerFilter", () => {
  it("searches every runner by name, and 'All runners' clears the filter", async () => {
    const { ids } = renderFilter(() => []);
    const user = userEvent.setup();
    const filter = await screen.findByRole("combobox", { name: "Runner" });
    expect(filter).toHaveAttribute("placeholder", "All runners");
    await user.type(filter, "aws");
    await waitFor(() => expect(optionNames()).toEqual(["aws-prod-eu", "aws-staging-us"]));
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByText(`filter: ${ids.runners.awsStagingUs}`)).toBeInTheDocument();
    expect(filter).toHaveValue("aws-staging-us");
    await user.click(filter);
    await user.click(screen.getByRole("option", { name: "All runners" }));
    expect(screen.getByText("filter: none")).toBeInTheDocument();
    expect(filter).toHaveValue("");
  });

  it("shows several runners from a shared link as 'N selected' until one is chosen", async () => {
    const { ids } = renderFilter((ids) => [ids.runners.awsProdEu, ids.runners.gcpMl]);
    const user = userEvent.setup();
    const filter = await screen.findByRole("combobox", { name: "Runner" });
    expect(filter).toHaveValue("2 selected");
    await user.click(filter);
    await user.click(await screen.findByRole("option", { name: /^gcp-ml/ }));
    expect(screen.getByText(`filter: ${ids.runners.gcpMl}`)).toBeInTheDocument();
  });
});
