import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { Button } from "./button";
import { Dialog } from "./dialog";

function OpenedFromState() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Edit thing</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Edit the thing">
        <Button>Inside</Button>
      </Dialog>
    </>
  );
}

describe("Dialog focus", () => {
  it("returns focus to the button that opened it (from state, not a Dialog.Trigger) after Escape", async () => {
    const user = userEvent.setup();
    render(<OpenedFromState />);
    const opener = screen.getByRole("button", { name: "Edit thing" });
    await user.click(opener);
    expect(await screen.findByRole("dialog", { name: "Edit the thing" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });
});
