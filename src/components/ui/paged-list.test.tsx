import { QueryClient, QueryClientProvider, useInfiniteQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Code, ConnectError } from "@connectrpc/connect";
import { usePagedList } from "../../api/use-paged-list";
import { Button } from "./button";
import { PagedList } from "./paged-list";

const PAGE_SIZE = 2;

const itemsOf = (page: { items: string[] }) => page.items;

interface Outage {
  /** Page fetches to let through before the outage starts. */
  okFirst: number;
  failuresLeft: number;
}

/** A real infinite query over an in-memory list; after `okFirst` fetches, fails while `failuresLeft` lasts. */
function Fruits({ items, outage }: { items: string[]; outage: Outage }) {
  const query = useInfiniteQuery({
    queryKey: ["fruits", items],
    initialPageParam: 0,
    queryFn: async ({ pageParam }) => {
      if (outage.okFirst-- <= 0 && outage.failuresLeft-- > 0)
        throw new ConnectError("backend down", Code.Unavailable);
      return { items: items.slice(pageParam, pageParam + PAGE_SIZE), next: pageParam + PAGE_SIZE };
    },
    getNextPageParam: (last) => (last.next < items.length ? last.next : undefined),
  });
  const list = usePagedList(query, itemsOf);
  return (
    <PagedList
      list={list}
      loadingLabel="Loading fruits"
      errorTitle="Could not load fruits"
      action={<Button>Add fruit</Button>}
      empty={<p>No fruits yet</p>}
    >
      <ul aria-label="Fruits">
        {list.rows.map((fruit) => (
          <li key={fruit}>{fruit}</li>
        ))}
      </ul>
    </PagedList>
  );
}

function renderList(items: string[], failures = 0, okFirst = 0) {
  const outage = { okFirst, failuresLeft: failures };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <Fruits items={items} outage={outage} />
    </QueryClientProvider>,
  );
}

describe("PagedList", () => {
  it("shows loading, then the first page with the action, and loads the rest on demand", async () => {
    const user = userEvent.setup();
    renderList(["apple", "banana", "cherry"]);
    expect(screen.getByRole("status")).toHaveTextContent("Loading fruits");
    expect(await screen.findByText("banana")).toBeInTheDocument();
    expect(screen.queryByText("cherry")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add fruit" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("cherry")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
  });

  it("shows the empty state without the action row", async () => {
    renderList([]);
    expect(await screen.findByText("No fruits yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add fruit" })).not.toBeInTheDocument();
  });

  it("shows a failed load with Retry, which then brings the items", async () => {
    const user = userEvent.setup();
    renderList(["apple"], 1);
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not load fruits");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("apple")).toBeInTheDocument();
  });

  it("keeps the loaded rows when the next page fails, and offers Try again", async () => {
    const user = userEvent.setup();
    renderList(["apple", "banana", "cherry"], 1, 1);
    expect(await screen.findByText("banana")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not load fruits");
    expect(screen.getByText("apple")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("cherry")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
