import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { Combobox, type ComboboxOption } from "./combobox";
import { Dialog } from "./dialog";
import { Field } from "./field";

const RUNNERS: ComboboxOption[] = [
  { value: "r1", label: "aws-prod-eu", description: "AWS EC2" },
  { value: "r2", label: "aws-prod-us", description: "AWS EC2" },
  { value: "r3", label: "gcp-staging", description: "Google Cloud" },
  { value: "r4", label: "mac-dev", description: "Desktop (Mac)" },
];

function Picker({ options = RUNNERS, maxShown }: { options?: ComboboxOption[]; maxShown?: number }) {
  const [value, setValue] = useState<string | undefined>(undefined);
  return (
    <>
      <Field label="Runner" help="The runner whose environments use this class.">
        <Combobox options={options} value={value} onChange={setValue} placeholder="Choose a runner" maxShown={maxShown} noMatchText="No runner matches" />
      </Field>
      <p>chosen: {value ?? "none"}</p>
    </>
  );
}

const optionNames = () => within(screen.getByRole("listbox", { hidden: true })).queryAllByRole("option").map((o) => o.textContent);

describe("Combobox", () => {
  it("is a labelled combobox that types to filter and chooses with Enter", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const input = screen.getByRole("combobox", { name: "Runner" });
    expect(input).toHaveAccessibleDescription("The runner whose environments use this class.");
    expect(input).toHaveAttribute("aria-expanded", "false");
    await user.type(input, "PROD");
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(optionNames()).toEqual(["aws-prod-euAWS EC2", "aws-prod-usAWS EC2"]);
    expect(screen.getByRole("status")).toHaveTextContent("2 results");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByText("chosen: r2")).toBeInTheDocument();
    expect(input).toHaveValue("aws-prod-us");
    expect(input).toHaveAttribute("aria-expanded", "false");
  });

  it("moves the highlight with arrows, Home and End, announced through aria-activedescendant", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const input = screen.getByRole("combobox", { name: "Runner" });
    input.focus();
    await user.keyboard("{ArrowDown}");
    const highlighted = () => document.getElementById(input.getAttribute("aria-activedescendant") ?? "")?.textContent;
    expect(highlighted()).toBe("aws-prod-euAWS EC2");
    await user.keyboard("{End}");
    expect(highlighted()).toBe("mac-devDesktop (Mac)");
    await user.keyboard("{ArrowDown}");
    expect(highlighted()).toBe("mac-devDesktop (Mac)");
    await user.keyboard("{Home}{ArrowDown}");
    expect(highlighted()).toBe("aws-prod-usAWS EC2");
    await user.keyboard("{ArrowUp}{Enter}");
    expect(screen.getByText("chosen: r1")).toBeInTheDocument();
  });

  it("searches the description too, says when nothing matches, and Escape closes without choosing", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const input = screen.getByRole("combobox", { name: "Runner" });
    await user.type(input, "google");
    expect(optionNames()).toEqual(["gcp-stagingGoogle Cloud"]);
    await user.clear(input);
    await user.type(input, "azure");
    expect(screen.getByRole("status")).toHaveTextContent("No runner matches");
    expect(optionNames()).toEqual([]);
    await user.keyboard("{Escape}");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).toHaveValue("");
    expect(screen.getByText("chosen: none")).toBeInTheDocument();
  });

  it("chooses with the mouse", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(screen.getByRole("combobox", { name: "Runner" }));
    await user.click(screen.getByRole("option", { name: /gcp-staging/ }));
    expect(screen.getByText("chosen: r3")).toBeInTheDocument();
  });

  it("renders only the first matches of a long list and says how many there are", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 5000 }, (_, i) => ({ value: `id-${i}`, label: `runner-${String(i).padStart(4, "0")}` }));
    render(<Picker options={many} maxShown={20} />);
    const input = screen.getByRole("combobox", { name: "Runner" });
    await user.click(input);
    expect(optionNames()).toHaveLength(20);
    expect(screen.getByText("Showing 20 of 5,000: type to narrow.")).toBeVisible();
    await user.type(input, "runner-49");
    expect(optionNames()).toHaveLength(20);
    expect(screen.getByText("Showing 20 of 100: type to narrow.")).toBeVisible();
    await user.type(input, "99");
    expect(optionNames()).toEqual(["runner-4999"]);
  });

  it("opens the list when what is typed equals the text already shown (React sends no change then)", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const input = screen.getByRole("combobox", { name: "Runner" });
    await user.click(input);
    await user.click(screen.getByRole("option", { name: /mac-dev/ }));
    expect(input).toHaveValue("mac-dev");
    expect(input).toHaveAttribute("aria-expanded", "false");
    // Type "v" over the selected last "v": the text stays "mac-dev".
    await user.type(input, "v", { initialSelectionStart: 6, initialSelectionEnd: 7 });
    expect(input).toHaveValue("mac-dev");
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(optionNames()).toEqual(["mac-devDesktop (Mac)"]);
  });

  it("Escape closes the list and restores the chosen name; ArrowDown reopens on the chosen option", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const input = screen.getByRole("combobox", { name: "Runner" });
    await user.type(input, "gcp{Enter}");
    expect(screen.getByText("chosen: r3")).toBeInTheDocument();
    await user.type(input, "{Backspace}{Backspace}");
    expect(input).toHaveValue("gcp-stagi");
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(input).toHaveAttribute("aria-activedescendant");
    await user.keyboard("{Escape}");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).not.toHaveAttribute("aria-activedescendant");
    expect(input).toHaveValue("gcp-staging");
    expect(screen.getByText("chosen: r3")).toBeInTheDocument();
    // ArrowDown reopens on the chosen option.
    await user.keyboard("{ArrowDown}");
    expect(document.getElementById(input.getAttribute("aria-activedescendant") ?? "")).toHaveAttribute("aria-selected", "true");
  });

  it("Escape inside a dialog closes the list, not the dialog; the next Escape closes the dialog", async () => {
    const user = userEvent.setup();
    function InDialog() {
      const [open, setOpen] = useState(true);
      return (
        <Dialog open={open} onOpenChange={setOpen} title="Pick">
          <Picker />
        </Dialog>
      );
    }
    render(<InDialog />);
    const input = screen.getByRole("combobox", { name: "Runner" });
    await user.click(input);
    expect(input).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog", { name: "Pick" })).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog", { name: "Pick" })).not.toBeInTheDocument();
  });
});
