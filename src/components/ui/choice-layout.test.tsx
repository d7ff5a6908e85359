import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Checkbox } from "./checkbox";
import { Switch } from "./switch";

describe("Checkbox and Switch", () => {
  it("label the checkbox and link its error and help text", async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Also delete its tokens" help="Cannot be undone" error="Confirm first" name="tokens" />);
    const checkbox = screen.getByRole("checkbox", { name: "Also delete its tokens" });
    expect(checkbox).toHaveAttribute("aria-invalid", "true");
    expect(checkbox).toHaveAccessibleDescription("Confirm first Cannot be undone");
    await user.click(screen.getByText("Also delete its tokens"));
    expect(checkbox).toBeChecked();
  });

  it("announce the switch as on/off, toggle it with Space, and leave it undescribed without help", async () => {
    const user = userEvent.setup();
    render(<Switch label="Enabled" defaultChecked={false} />);
    const toggle = screen.getByRole("switch", { name: "Enabled" });
    expect(toggle).not.toHaveAttribute("aria-invalid");
    expect(toggle).not.toHaveAttribute("aria-describedby");
    toggle.focus();
    await user.keyboard(" ");
    expect(toggle).toBeChecked();
  });

  it("keep a caller's id", () => {
    render(<Switch id="runner-enabled" label="Enabled" help="Runs environments" />);
    const toggle = screen.getByRole("switch", { name: "Enabled" });
    expect(toggle).toHaveAttribute("id", "runner-enabled");
    expect(toggle).toHaveAttribute("aria-describedby", "runner-enabled-help");
  });
});
