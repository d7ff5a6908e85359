// The runner Configuration tab's use of the engine: values read from spec.configuration through common/, unknown
// paths read-only, write-only secrets "set"/"not set", and only the changed fields turned into an UpdateRunner body.
import { create, toJson } from "@bufbuild/protobuf";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import {
  buildConfigurationUpdate,
  isKnownConfigPath,
  isSecretSet,
  readConfigValue,
} from "../../../common/runner-config-paths";
import {
  LogLevel,
  RunnerConfigurationSchema,
  UpdateRunnerRequest_RunnerConfigurationSchema,
} from "../../gen/gitpod/v1/runner_pb";
import { boolField, enumField, intField, stringField } from "./field-builders";
import { SchemaForm, type SchemaFormResult } from "./schema-form";

const fields = [
  enumField(
    { id: "logLevel", name: "Log level" },
    [{ title: "Debug" }, { title: "Info" }, { title: "Warn" }, { title: "Error" }],
    "Info",
  ),
  boolField({ id: "autoUpdate", name: "Auto update" }),
  intField({ id: "updateWindow.startHour", name: "Update window start (UTC)" }, { min: 0, max: 23 }),
  stringField({ id: "metrics.url", name: "Metrics URL" }),
  stringField({ id: "metrics.password", name: "Metrics password", secret: true }),
  stringField({ id: "gpu.profile", name: "GPU profile" }),
];
const config = create(RunnerConfigurationSchema, {
  logLevel: LogLevel.WARN,
  autoUpdate: true,
  updateWindow: { startHour: 2 },
  metrics: { url: "https://metrics.example.com", password: "stored" },
});

function renderConfigurationForm(onSubmit: (result: SchemaFormResult) => void) {
  render(
    <SchemaForm
      fields={fields}
      values={fields.map((f) => ({ key: f.id, value: readConfigValue(config, f.id) ?? "" }))}
      secretsSet={new Set(fields.filter((f) => isSecretSet(config, f.id)).map((f) => f.id))}
      readOnlyIds={new Set(fields.filter((f) => !isKnownConfigPath(f.id)).map((f) => f.id))}
      onSubmit={onSubmit}
    />,
  );
}

describe("SchemaForm as the runner Configuration tab", () => {
  it("shows the stored configuration, with unknown paths read-only and the secret as set", () => {
    renderConfigurationForm(vi.fn());
    expect(screen.getByRole("combobox", { name: "Log level" })).toHaveValue("Warn");
    expect(screen.getByRole("switch", { name: "Auto update" })).toBeChecked();
    expect(screen.getByRole("spinbutton", { name: "Update window start (UTC)" })).toHaveValue(2);
    expect(screen.getByRole("textbox", { name: "GPU profile" })).toHaveAttribute("readonly");
    expect(screen.getByLabelText("Metrics password")).toHaveValue("");
    expect(screen.getByLabelText("Metrics password")).toHaveAccessibleDescription(/Stored value: set/);
  });

  it("turns only the changed fields into the UpdateRunner configuration; Enter submits", async () => {
    const onSubmit = vi.fn<(result: SchemaFormResult) => void>();
    renderConfigurationForm(onSubmit);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole("combobox", { name: "Log level" }), "Debug");
    await user.type(screen.getByLabelText("Metrics password"), "n3w{Enter}");
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const result = onSubmit.mock.calls[0]?.[0];
    expect(result?.changedValues).toEqual([
      { key: "logLevel", value: "Debug" },
      { key: "metrics.password", value: "n3w" },
    ]);
    const update = buildConfigurationUpdate(result?.changedValues ?? []);
    expect(toJson(UpdateRunnerRequest_RunnerConfigurationSchema, update)).toEqual({
      logLevel: "LOG_LEVEL_DEBUG",
      metrics: { password: "n3w" },
    });
  });

  it("rejects an hour outside 0–23 before anything is sent", async () => {
    const onSubmit = vi.fn();
    renderConfigurationForm(onSubmit);
    const user = userEvent.setup();
    const hour = screen.getByRole("spinbutton", { name: "Update window start (UTC)" });
    await user.clear(hour);
    await user.type(hour, "24");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(hour).toHaveAccessibleDescription("Update window start (UTC) must be between 0 and 23"),
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
