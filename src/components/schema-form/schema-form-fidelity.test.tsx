// Secrets of every kind are write-only; patterns are Go RE2 (translated where JS can, otherwise left to the
// server with a note); a pattern is described in words, the expression only behind "Format details".
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { boolField, enumField, intField, stringField } from "./field-builders";
import { SchemaForm } from "./schema-form";

describe("SchemaForm: secrets of every kind are write-only", () => {
  const fields = [
    enumField({ id: "tier", name: "Support tier", secret: true }, [{ title: "Gold" }, { title: "Silver" }], "Silver"),
    boolField({ id: "vpn", name: "Private VPN", secret: true }, true),
    intField({ id: "pin", name: "PIN", secret: true }, { min: 1000, max: 9999 }),
  ];
  const stored = [
    { key: "tier", value: "Gold" },
    { key: "vpn", value: "true" },
    { key: "pin", value: "4711" },
  ];

  it("never shows a stored enum, bool or int secret, says 'set', and sends only what the user chose", async () => {
    const onSubmit = vi.fn();
    render(<SchemaForm fields={fields} values={stored} secretsSet={new Set(["tier", "vpn", "pin"])} onSubmit={onSubmit} />);
    const tier = screen.getByRole("combobox", { name: "Support tier" });
    const vpn = screen.getByRole("combobox", { name: "Private VPN" });
    expect(tier).toHaveValue("");
    expect(vpn).toHaveValue("");
    expect(screen.queryByRole("switch", { name: "Private VPN" })).toBeNull();
    expect(screen.getByLabelText("PIN")).toHaveValue("");
    expect(screen.getByLabelText("PIN")).toHaveAttribute("type", "password");
    for (const control of [tier, vpn, screen.getByLabelText("PIN")]) {
      expect(control).toHaveAccessibleDescription(/Stored value: set/);
    }
    expect(within(tier).getAllByRole("option").map((o) => o.textContent)).toEqual(["Keep the stored value", "Gold", "Silver"]);
    expect(within(vpn).getAllByRole("option").map((o) => o.textContent)).toEqual(["Keep the stored value", "On", "Off"]);

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ values: [], changedValues: [] });
    await user.selectOptions(vpn, "Off");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit.mock.calls[1]?.[0].changedValues).toEqual([{ key: "vpn", value: "false" }]);
  });

  it("offers 'Not set' when nothing is stored", () => {
    render(<SchemaForm fields={fields} onSubmit={vi.fn()} />);
    const tier = screen.getByRole("combobox", { name: "Support tier" });
    expect(tier).toHaveValue("");
    expect(tier).toHaveAccessibleDescription(/Stored value: not set/);
    expect(within(tier).getAllByRole("option")[0]).toHaveTextContent("Not set");
  });
});

describe("SchemaForm: RE2 patterns", () => {
  const slug = stringField(
    { id: "slug", name: "Project slug", description: "Lower-case letters and digits, e.g. web2." },
    { pattern: "(?i)[a-z]+[0-9]*\\z" },
  );
  const lazy = stringField({ id: "lazy", name: "Lazy match", description: "Letters only." }, { pattern: "(?U)[a-z]+" });

  it("translates inline flags and \\z: a value the API accepts is accepted", async () => {
    const onSubmit = vi.fn();
    render(<SchemaForm fields={[slug]} onSubmit={onSubmit} />);
    const user = userEvent.setup();
    const input = screen.getByRole("textbox", { name: "Project slug" });
    await user.type(input, "Web2");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await user.clear(input);
    await user.type(input, "2web");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(input).toHaveAccessibleDescription(
      "Project slug is not in the expected format Lower-case letters and digits, e.g. web2.",
    );
  });

  it("leaves a pattern the browser cannot run to the server, and says so on the field", async () => {
    const onSubmit = vi.fn();
    render(<SchemaForm fields={[lazy]} onSubmit={onSubmit} />);
    expect(screen.getByText("The server checks this field's format when you save.")).toBeVisible();
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "Lazy match" }), "anything at all");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit.mock.calls[0]?.[0].values).toEqual([{ key: "lazy", value: "anything at all" }]);
  });

  it("never shows the expression in a message; it is behind 'Format details'", async () => {
    const ami = stringField({ id: "amiId", name: "Custom AMI", description: "AMI to boot (ami-…)." }, { pattern: "ami-[0-9a-f]{8,17}" });
    render(<SchemaForm fields={[ami]} onSubmit={vi.fn()} />);
    const user = userEvent.setup();
    const input = screen.getByRole("textbox", { name: "Custom AMI" });
    await user.type(input, "ubuntu");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByText("Custom AMI is not in the expected format")).toBeVisible();
    expect(input).toHaveAccessibleDescription("Custom AMI is not in the expected format AMI to boot (ami-…).");
    expect(input).not.toHaveAccessibleDescription(/\[0-9a-f\]/);
    const details = screen.getByText("Format details");
    expect(screen.getByText("ami-[0-9a-f]{8,17}")).not.toBeVisible();
    await user.click(details);
    expect(screen.getByText("ami-[0-9a-f]{8,17}")).toBeVisible();
  });
});
