import { Profiler, type ProfilerOnRenderCallback } from "react";
import { render, screen, waitFor } from "@testing-library/react";
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

describe("SchemaForm re-renders", () => {
  const fields = generatedSchema(40);
  const target = fields[19];
  if (!target || target.type.case !== "string")
    throw new Error("field 20 of the generated schema is a string field");
  const label = target.name;

  it("re-renders nothing while typing into a fresh form (inputs are uncontrolled)", async () => {
    const counter = renderCounter();
    let formCommits = 0;
    render(
      <Profiler id="form" onRender={() => formCommits++}>
        <SchemaForm fields={fields} onSubmit={vi.fn()} profileFields={counter.onRender} />
      </Profiler>,
    );
    await waitFor(() => expect(screen.getByRole("button", { name: "Save" })).toBeEnabled());
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
    render(<SchemaForm fields={fields} onSubmit={vi.fn()} profileFields={counter.onRender} />);
    const user = userEvent.setup();
    const input = screen.getByRole("textbox", { name: label });
    await user.type(input, "X");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/must match/));
    counter.reset();

    await user.clear(input);
    const typed = "fixed-value";
    await user.type(input, typed);
    await waitFor(() => expect(input).not.toHaveAccessibleDescription(/must match/));
    expect([...counter.updates.keys()]).toEqual([target.id]);
    // Clearing and the first two characters still break the pattern (3–40 chars); only the fix changes the error.
    expect(counter.updates.get(target.id)).toBeLessThanOrEqual(typed.length + 1);
  });
});
