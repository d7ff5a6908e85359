import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { Code, ConnectError } from "@connectrpc/connect";
import { ConfirmDialog } from "./confirm-dialog";
import { Field } from "./field";
import { Input } from "./input";
import { Tabs } from "./tabs";

describe("Field", () => {
  it("labels the control and links help and error text for screen readers", () => {
    render(
      <Field label="Name" help="Lowercase letters only" error="Name is required" required>
        <Input />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: /Name/ });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("Name is required Lowercase letters only");
  });
});

function DeleteDialog({ onConfirm }: { onConfirm: () => Promise<void> }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? "open" : "closed"}</p>
      <ConfirmDialog open={open} onOpenChange={setOpen} title="Delete runner" variant="danger" confirmLabel="Delete" confirmText="aws-prod-eu" onConfirm={onConfirm} />
    </>
  );
}

describe("ConfirmDialog", () => {
  it("confirms only after the name is typed, and shows a failure without closing", async () => {
    const user = userEvent.setup();
    let attempts = 0;
    render(
      <DeleteDialog
        onConfirm={async () => {
          attempts++;
          if (attempts === 1) throw new ConnectError("runner is in use", Code.FailedPrecondition);
        }}
      />,
    );
    const confirm = screen.getByRole("button", { name: "Delete" });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText(/to confirm/), "aws-prod-eu");
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(await screen.findByRole("alert")).toHaveTextContent("runner is in use.");
    expect(screen.getByText("open")).toBeInTheDocument();
    await user.click(confirm);
    expect(await screen.findByText("closed")).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});

describe("Tabs", () => {
  it("moves the selection with the arrow keys", async () => {
    const user = userEvent.setup();
    render(
      <Tabs
        label="Runner sections"
        items={[
          { id: "overview", label: "Overview", content: "Overview panel" },
          { id: "config", label: "Configuration", content: "Configuration panel" },
        ]}
      />,
    );
    await user.click(screen.getByRole("tab", { name: "Overview" }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Configuration" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "Configuration" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Configuration panel");
  });
});
