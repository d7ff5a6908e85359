import { useState } from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { FieldError } from "../../../common/schema-fields";
import { SchemaForm, type SchemaFormResult } from "./schema-form";
import { everyKindSchema } from "./test-schema";

const fields = everyKindSchema();
const extraFields = [
  { key: "displayName", label: "Display name", required: true, maxLength: 20 },
  { key: "description", label: "Description", multiline: true },
];
const filled = [{ key: "region", value: "eu-west-1" }];

/** A form whose submit answers with the given server errors, as a page calling ValidateRunnerConfiguration would. */
function FormWithServer({
  answer,
  onSubmit,
}: {
  answer: FieldError[];
  onSubmit: (r: SchemaFormResult) => void;
}) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  return (
    <SchemaForm
      fields={fields}
      values={filled}
      extraFields={extraFields}
      serverErrors={errors}
      onSubmit={(result) => {
        onSubmit(result);
        setErrors(answer);
      }}
      submitLabel="Create"
    />
  );
}

describe("SchemaForm: secrets", () => {
  it("never pre-fills a stored secret, shows it as set, and sends only what was typed", async () => {
    const onSubmit = vi.fn();
    render(
      <SchemaForm
        fields={fields}
        values={[...filled, { key: "metrics.password", value: "hunter2" }]}
        secretsSet={new Set(["metrics.password"])}
        onSubmit={onSubmit}
      />,
    );
    const password = screen.getByLabelText("Metrics password");
    expect(password).toHaveValue("");
    expect(password).toHaveAccessibleDescription(/Stored value: set/);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit.mock.calls[0]?.[0].values.map((v: { key: string }) => v.key)).not.toContain(
      "metrics.password",
    );
    expect(onSubmit.mock.calls[0]?.[0].changedValues).toEqual([]);
    await user.type(password, "s3cret");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit.mock.calls[1]?.[0].changedValues).toEqual([{ key: "metrics.password", value: "s3cret" }]);
  });

  it("says 'not set' when no secret is stored", () => {
    render(<SchemaForm fields={fields} onSubmit={vi.fn()} />);
    expect(screen.getByLabelText("Metrics password")).toHaveAccessibleDescription(/Stored value: not set/);
  });
});

describe("SchemaForm: extra fields and server errors", () => {
  it("validates extra fields and returns them apart from the schema values", async () => {
    const onSubmit = vi.fn();
    render(<SchemaForm fields={fields} values={filled} extraFields={extraFields} onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Save" }));
    const name = screen.getByRole("textbox", { name: "Display name" });
    expect(name).toHaveAccessibleDescription("Display name is required");
    expect(name).toHaveFocus();
    await user.type(name, "A name far too long for the limit");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(name).toHaveAccessibleDescription("Display name must be at most 20 characters");
    await user.clear(name);
    await user.type(name, "Large builders");
    await user.type(screen.getByRole("textbox", { name: "Description" }), "For CI");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0].extra).toEqual({
      displayName: "Large builders",
      description: "For CI",
    });
    expect(onSubmit.mock.calls[0]?.[0].values.map((v: { key: string }) => v.key)).not.toContain(
      "displayName",
    );
  });

  it("puts server errors on the matching inputs and focuses the first in form order", async () => {
    const answer = [
      { key: "region", error: "Region eu-west-1 has no capacity" },
      { key: "cpu", error: "CPU must be between 1 and 8 on this runner" },
    ];
    render(<FormWithServer answer={answer} onSubmit={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "Display name" }), "Builders");
    await user.click(screen.getByRole("button", { name: "Create" }));
    const cpu = screen.getByRole("spinbutton", { name: "CPU" });
    // The server answers after the submit handler resolved: wait for it, as a user would.
    await waitFor(() =>
      expect(cpu).toHaveAccessibleDescription("CPU must be between 1 and 8 on this runner Number of vCPUs"),
    );
    expect(cpu).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Region" })).toHaveAccessibleDescription(
      /Region eu-west-1 has no capacity/,
    );
    expect(cpu).toHaveFocus();
  });

  it("lands a displayName error on the extra field, and lists errors of unknown keys above the form", async () => {
    const answer = [
      { key: "displayName", error: "Display name is already used" },
      { key: "retired", error: "retired is not a field of this runner's schema" },
    ];
    render(<FormWithServer answer={answer} onSubmit={vi.fn()} />);
    const user = userEvent.setup();
    const name = screen.getByRole("textbox", { name: "Display name" });
    await user.type(name, "Builders");
    await user.click(screen.getByRole("button", { name: "Create" }));
    await waitFor(() => expect(name).toHaveAccessibleDescription("Display name is already used"));
    expect(name).toHaveFocus();
    expect(screen.getByRole("alert")).toHaveTextContent("retired is not a field of this runner's schema");
  });

  it("focuses the error summary when no error matches an input", async () => {
    render(
      <FormWithServer answer={[{ key: "gpu", error: "GPU profile is not available" }]} onSubmit={vi.fn()} />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "Display name" }), "Builders");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("GPU profile is not available");
    expect(screen.getByRole("alert")).toHaveFocus();
  });
});
