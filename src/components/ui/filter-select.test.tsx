import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { FilterSelect } from "./filter-select";

const options = [
  { value: "r1", label: "aws-prod-eu" },
  { value: "r2", label: "gcp-ml" },
];

function RunnerFilter({ initial }: { initial: readonly string[] | undefined }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <FilterSelect
        label="Runner"
        value={value}
        anyLabel="All runners"
        options={options}
        onChange={(picked) => setValue(picked ? [picked] : undefined)}
      />
      <output aria-label="Filter">{value === undefined ? "none" : value.join(",")}</output>
    </>
  );
}

describe("FilterSelect", () => {
  it("shows a list of several from a link as 'N selected' until one is picked, and 'any' clears it", async () => {
    const user = userEvent.setup();
    render(<RunnerFilter initial={["r1", "r2"]} />);
    const select = screen.getByRole("combobox", { name: "Runner" });
    expect(select).toHaveDisplayValue("2 selected");
    expect(screen.getByRole("option", { name: "2 selected" })).toBeDisabled();

    await user.selectOptions(select, "gcp-ml");
    expect(screen.getByRole("status", { name: "Filter" })).toHaveTextContent("r2");
    expect(screen.queryByRole("option", { name: "2 selected" })).not.toBeInTheDocument();

    await user.selectOptions(select, "All runners");
    expect(screen.getByRole("status", { name: "Filter" })).toHaveTextContent("none");
    expect(select).toHaveDisplayValue("All runners");
  });
});
