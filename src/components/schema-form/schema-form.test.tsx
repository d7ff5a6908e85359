import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SchemaForm, type SchemaFormProps, type SchemaFormResult } from "./schema-form";
import { everyKindSchema, REGION_PATTERN } from "./test-schema";

function renderForm(props: Partial<SchemaFormProps> = {}) {
  const submitted: SchemaFormResult[] = [];
  const onSubmit = vi.fn((result: SchemaFormResult) => {
    submitted.push(result);
  });
  render(<SchemaForm fields={everyKindSchema()} onSubmit={onSubmit} submitLabel="Create" {...props} />);
  return { submitted, onSubmit, user: userEvent.setup() };
}

describe("SchemaForm: one control per field kind", () => {
  it("renders each kind as its control, with the schema default", () => {
    renderForm();
    expect(screen.getByRole("spinbutton", { name: "CPU" })).toHaveValue(2);
    expect(screen.getByRole("switch", { name: "Spot instances" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Instance size" })).toHaveValue("Medium");
    expect(screen.getByRole("combobox", { name: "Disk type" })).toHaveValue("gp3");
    expect(screen.getByRole("textbox", { name: "Region" })).toHaveValue("");
    const billing = screen.getByRole("textbox", { name: "Billing" });
    expect(billing).toHaveValue("Billed per second");
    expect(billing).toHaveAttribute("readonly");
    expect(screen.getByLabelText("Metrics password")).toHaveAttribute("type", "password");
  });

  it("shows an unknown kind as a read-only notice and never sends it", async () => {
    const { user, submitted } = renderForm({ values: [{ key: "gpu", value: "a100" }] });
    const gpu = screen.getByRole("textbox", { name: "GPU profile" });
    expect(gpu).toHaveAttribute("readonly");
    expect(gpu).toHaveValue("a100");
    expect(gpu).toHaveAccessibleDescription(/does not know this field's type/);
    await user.type(screen.getByRole("textbox", { name: "Region" }), "eu-west-1");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(submitted[0]?.values.map((v) => v.key)).not.toContain("gpu");
  });

  it("marks required fields visibly and with aria-required, and wires descriptions", () => {
    renderForm();
    const cpu = screen.getByRole("spinbutton", { name: "CPU" });
    expect(cpu).toHaveAttribute("aria-required", "true");
    expect(cpu).toHaveAccessibleDescription("Number of vCPUs");
    expect(screen.getByRole("textbox", { name: "Region" })).toHaveAttribute("aria-required", "true");
    expect(screen.getByText("Region", { selector: "label" })).toHaveTextContent("Region*");
    expect(screen.getByRole("switch", { name: "Spot instances" })).not.toHaveAttribute("aria-required");
  });

  it("offers every enum value with its subtitle, and describes the chosen one", async () => {
    const { user } = renderForm();
    const size = screen.getByRole("combobox", { name: "Instance size" });
    const options = within(size)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Small — 2 vCPU, 8 GiB", "Medium — 4 vCPU, 16 GiB", "Large — 8 vCPU, 32 GiB"]);
    expect(size).toHaveAccessibleDescription("Medium: 4 vCPU, 16 GiB · Most projects");
    await user.selectOptions(size, "Large");
    expect(size).toHaveAccessibleDescription("Large: 8 vCPU, 32 GiB · Monorepos and builds");
    const disk = screen.getByRole("combobox", { name: "Disk type" });
    expect(
      within(disk)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Not set", "gp2", "gp3"]);
  });
});

describe("SchemaForm: validation with the server's messages", () => {
  it("rejects an int outside its range and an invalid pattern, and does not submit", async () => {
    const { user, onSubmit } = renderForm();
    const cpu = screen.getByRole("spinbutton", { name: "CPU" });
    await user.clear(cpu);
    await user.type(cpu, "100");
    await user.type(screen.getByRole("textbox", { name: "Region" }), "Europe");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(cpu).toHaveAccessibleDescription("CPU must be between 1 and 64 Number of vCPUs");
    expect(cpu).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Region" })).toHaveAccessibleDescription(
      "Region is not in the expected format Where workspaces run",
    );
    expect(screen.getByText(REGION_PATTERN)).not.toBeVisible();
    expect(cpu).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("enforces required fields and clears the message once fixed", async () => {
    const { user, onSubmit, submitted } = renderForm();
    const region = screen.getByRole("textbox", { name: "Region" });
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(screen.getByText("Region is required")).toBeVisible();
    expect(region).toHaveFocus();
    await user.type(region, "eu-west-1");
    expect(screen.queryByText("Region is required")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(submitted[0]?.values).toContainEqual({ key: "region", value: "eu-west-1" });
  });

  it("rejects a whole-number field given a fraction", async () => {
    const { user } = renderForm();
    const cpu = screen.getByRole("spinbutton", { name: "CPU" });
    await user.clear(cpu);
    await user.type(cpu, "2.5");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(screen.getByText("CPU must be a whole number")).toBeVisible();
  });
});

describe("SchemaForm: values as FieldValue strings", () => {
  it("encodes defaults: bool, int, enum title, legacy enum, string", async () => {
    const { user, submitted } = renderForm();
    await user.type(screen.getByRole("textbox", { name: "Region" }), "eu-west-1");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(submitted[0]?.values).toEqual([
      { key: "cpu", value: "2" },
      { key: "spot", value: "true" },
      { key: "size", value: "Medium" },
      { key: "disk", value: "gp3" },
      { key: "region", value: "eu-west-1" },
    ]);
  });

  it("encodes what the user chose, and reports only the changed fields", async () => {
    const { user, submitted } = renderForm();
    const cpu = screen.getByRole("spinbutton", { name: "CPU" });
    await user.clear(cpu);
    await user.type(cpu, "16");
    await user.click(screen.getByRole("switch", { name: "Spot instances" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Instance size" }), "Large");
    await user.selectOptions(screen.getByRole("combobox", { name: "Disk type" }), "");
    await user.type(screen.getByRole("textbox", { name: "Region" }), "us-east-2");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(submitted[0]?.values).toEqual([
      { key: "cpu", value: "16" },
      { key: "spot", value: "false" },
      { key: "size", value: "Large" },
      { key: "region", value: "us-east-2" },
    ]);
    expect(submitted[0]?.changedValues).toEqual([
      { key: "cpu", value: "16" },
      { key: "spot", value: "false" },
      { key: "size", value: "Large" },
      { key: "disk", value: "" },
      { key: "region", value: "us-east-2" },
    ]);
  });

  it("starts from given values and sends nothing changed when untouched", async () => {
    const values = [
      { key: "cpu", value: "8" },
      { key: "spot", value: "false" },
      { key: "size", value: "Small" },
      { key: "region", value: "eu-north-1" },
    ];
    const { user, submitted } = renderForm({ values });
    expect(screen.getByRole("spinbutton", { name: "CPU" })).toHaveValue(8);
    expect(screen.getByRole("switch", { name: "Spot instances" })).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(submitted[0]?.changedValues).toEqual([]);
    expect(submitted[0]?.values).toContainEqual({ key: "size", value: "Small" });
  });

  it("shows a read-only field's value and never sends it", async () => {
    const values = [
      { key: "region", value: "eu-west-1" },
      { key: "spot", value: "true" },
    ];
    const { user, submitted } = renderForm({ values, readOnlyIds: new Set(["spot"]) });
    const spot = screen.getByRole("textbox", { name: "Spot instances" });
    expect(spot).toHaveValue("On");
    expect(spot).toHaveAttribute("readonly");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(submitted[0]?.values.map((v) => v.key)).toEqual(["cpu", "size", "disk", "region"]);
  });
});
