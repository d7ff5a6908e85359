import { Profiler, type ProfilerOnRenderCallback } from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SchemaForm } from "./schema-form";
import { generatedSchema } from "./generated-schema";

/** Counts, per field id, the commits in which that field re-rendered (mounts excluded). */
function renderCounter() {
  const updates = new Map<string, number>();
  const onRender: ProfilerOnRenderCallback = (id, phase) => {
    if (phase !== "mount") updates.set(id, (updates.get(id) ?? 0) + 1);
  };
  return { updates, onRender, reset: () => updates.clear() };
}

/** A large form mounts its first screenful, then the rest over a few tasks (aria-busy until then). */
async function waitForAllFields(container: HTMLElement) {
  // Generous: a loaded CI machine is slow; how fast the rest mounts is bench:forms' job, not this test's.
  await waitFor(() => expect(container.querySelector("[aria-busy]")).toBeNull(), { timeout: 10_000 });
}

describe("SchemaForm on large schemas", () => {
  const fields = generatedSchema(100);

  it("shows the first screenful at once and every field within a few tasks", async () => {
    const { container } = render(<SchemaForm fields={fields} onSubmit={vi.fn()} />);
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "true");
    expect(screen.getByText("Setting 1", { selector: "label" })).toBeInTheDocument();
    expect(screen.queryByText("Setting 100", { selector: "label" })).toBeNull();
    await waitForAllFields(container);
    expect(container.querySelectorAll("label")).toHaveLength(100);
  });

  it("a submit before every field is shown still checks them all and focuses the first invalid one", async () => {
    const onSubmit = vi.fn();
    render(<SchemaForm fields={fields} onSubmit={onSubmit} />);
    // Setting 20 is a required string field, left empty, not in the first commit.
    expect(screen.queryByRole("textbox", { name: "Setting 20" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    const setting20 = await screen.findByRole("textbox", { name: "Setting 20" });
    await waitFor(() => expect(setting20).toHaveFocus());
    expect(setting20).toHaveAccessibleDescription(/Setting 20 is required/);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe("SchemaForm re-renders", () => {
  const fields = generatedSchema(40);
  const target = fields[19];
  if (!target || target.type.case !== "string")
    throw new Error("field 20 of the generated schema is a string field");
  const label = target.name;

  it("re-renders nothing while typing into a fresh form (inputs are uncontrolled)", async () => {
    const counter = renderCounter();
    let formCommits = 0;
    const { container } = render(
      <Profiler id="form" onRender={() => formCommits++}>
        <SchemaForm fields={fields} onSubmit={vi.fn()} profileFields={counter.onRender} />
      </Profiler>,
    );
    await waitForAllFields(container);
    const input = screen.getByRole("textbox", { name: label });
    await userEvent.setup().click(input);
    const commitsBefore = formCommits;
    await userEvent.setup().keyboard("abcdefghij");
    expect(input).toHaveValue("abcdefghij");
    expect([...counter.updates.keys()]).toEqual([]);
    // Not even the form root commits: no form-wide watch or formState subscription reacts to a keystroke.
    expect(formCommits - commitsBefore).toBe(0);
  });

  it("after a failed submit, a keystroke re-renders at most the field being edited", async () => {
    const counter = renderCounter();
    const { container } = render(
      <SchemaForm fields={fields} onSubmit={vi.fn()} profileFields={counter.onRender} />,
    );
    await waitForAllFields(container);
    const user = userEvent.setup();
    const input = screen.getByRole("textbox", { name: label });
    await user.type(input, "X");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/not in the expected format/));
    counter.reset();

    await user.clear(input);
    const typed = "fixed-value";
    await user.type(input, typed);
    await waitFor(() => expect(input).not.toHaveAccessibleDescription(/not in the expected format/));
    expect([...counter.updates.keys()]).toEqual([target.id]);
    // Clearing and the first two characters still break the pattern (3–40 chars); only the fix changes the error.
    expect(counter.updates.get(target.id)).toBeLessThanOrEqual(typed.length + 1);
  });
});
