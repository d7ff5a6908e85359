import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SchemaForm, type SchemaFormResult } from "./schema-form";
import { everyKindSchema } from "./test-schema";

function renderWithSaveBar() {
  const submitted: SchemaFormResult[] = [];
  const dirtyChanges: boolean[] = [];
  render(
    <SchemaForm
      fields={everyKindSchema()}
      values={[{ key: "region", value: "eu-west-1" }]}
      onSubmit={(result) => void submitted.push(result)}
      onDirtyChange={(dirty) => dirtyChanges.push(dirty)}
      extraActions={() => <button type="button">Show API call</button>}
      submitLabel="Save configuration"
      saveBar
    />,
  );
  return { submitted, dirtyChanges, user: userEvent.setup() };
}

describe("SchemaForm with a save bar", () => {
  it("says 'Unsaved changes' once edited, and Reset brings back the loaded values", async () => {
    const { user, dirtyChanges } = renderWithSaveBar();
    const status = screen.getByRole("status");
    const reset = screen.getByRole("button", { name: "Reset" });
    expect(status).toHaveTextContent("");
    expect(reset).toBeDisabled();
    // The form's own extra actions sit in the bar, beside Save and Reset.
    expect(screen.getByRole("button", { name: "Show API call" }).closest("[data-save-bar]")).toBe(reset.closest("[data-save-bar]"));

    const region = screen.getByRole("textbox", { name: /Region/ });
    await user.clear(region);
    await user.type(region, "us-east-2");
    await user.click(screen.getByRole("switch", { name: "Spot instances" }));
    expect(status).toHaveTextContent("Unsaved changes");
    expect(dirtyChanges.at(-1)).toBe(true);

    await user.click(reset);
    expect(region).toHaveValue("eu-west-1");
    expect(screen.getByRole("switch", { name: "Spot instances" })).toBeChecked();
    expect(status).toHaveTextContent("");
    expect(reset).toBeDisabled();
    expect(dirtyChanges.at(-1)).toBe(false);
  });

  it("typing an edit back to the loaded value is not an unsaved change", async () => {
    const { user } = renderWithSaveBar();
    const cpu = screen.getByRole("spinbutton", { name: /CPU/ });
    await user.clear(cpu);
    await user.type(cpu, "8");
    expect(screen.getByRole("status")).toHaveTextContent("Unsaved changes");
    await user.clear(cpu);
    await user.type(cpu, "2");
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("Save submits the edited values from the bar", async () => {
    const { user, submitted } = renderWithSaveBar();
    await user.type(screen.getByLabelText("Metrics password"), "s3cret");
    expect(screen.getByRole("status")).toHaveTextContent("Unsaved changes");
    await user.click(screen.getByRole("button", { name: "Save configuration" }));
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.changedValues).toEqual([{ key: "metrics.password", value: "s3cret" }]);
  });
});
