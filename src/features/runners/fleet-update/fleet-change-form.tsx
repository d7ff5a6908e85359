import { Field } from "../../../components/ui/field";
import { Select } from "../../../components/ui/select";
import { LOG_LEVEL_TITLES, RELEASE_CHANNEL_TITLES } from "../../../../common/runner-config-paths";
import type { LogLevel, RunnerReleaseChannel } from "../../../gen/gitpod/v1/runner_pb";
import type { FleetChange } from "./fleet-change";

/** The form's values: each setting is "" (leave as each runner has it) or a choice. */
export interface FleetChangeValues {
  releaseChannel: RunnerReleaseChannel | "";
  autoUpdate: "" | "on" | "off";
  window: "" | "none" | "hours";
  startHour: number;
  endHour: number;
  logLevel: LogLevel | "";
}

export const EMPTY_CHANGE: FleetChangeValues = { releaseChannel: "", autoUpdate: "", window: "", startHour: 2, endHour: 4, logLevel: "" };

const optionsOf = <E extends number>(table: ReadonlyArray<readonly [E, string]>) => table.map(([value, label]) => ({ value: String(value), label }));
const enumOf = <E extends number>(table: ReadonlyArray<readonly [E, string]>, value: string): E | "" => table.find(([option]) => String(option) === value)?.[0] ?? "";

export function changeOf(values: FleetChangeValues): FleetChange {
  const change: FleetChange = {};
  if (values.releaseChannel !== "") change.releaseChannel = values.releaseChannel;
  if (values.autoUpdate) change.autoUpdate = values.autoUpdate === "on";
  if (values.window === "none") change.updateWindow = null;
  if (values.window === "hours") change.updateWindow = { startHour: values.startHour, endHour: values.endHour };
  if (values.logLevel !== "") change.logLevel = values.logLevel;
  return change;
}

const LEAVE = "Leave as is";
const hours = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00 UTC` }));
const pick = <T extends string>(allowed: readonly T[], value: string): T | "" => allowed.find((option) => option === value) ?? "";

interface FleetChangeFormProps {
  values: FleetChangeValues;
  onChange: (values: FleetChangeValues) => void;
}

/** One choice per setting; "Leave as is" keeps what each runner has. Labels follow the Configuration tab's. */
export function FleetChangeForm({ values, onChange }: FleetChangeFormProps) {
  const set = (patch: Partial<FleetChangeValues>) => onChange({ ...values, ...patch });
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="sr-only">Settings to change</legend>
      <Field label="Release channel" help="Which releases the runners install.">
        <Select
          value={String(values.releaseChannel)}
          placeholder={LEAVE}
          options={optionsOf(RELEASE_CHANNEL_TITLES)}
          onChange={(event) => set({ releaseChannel: enumOf(RELEASE_CHANNEL_TITLES, event.target.value) })}
        />
      </Field>
      <Field label="Auto update" help="Runners install new releases by themselves.">
        <Select
          value={values.autoUpdate}
          placeholder={LEAVE}
          options={[
            { value: "on", label: "On" },
            { value: "off", label: "Off" },
          ]}
          onChange={(event) => set({ autoUpdate: pick<"on" | "off">(["on", "off"], event.target.value) })}
        />
      </Field>
      <Field label="Log level">
        <Select
          value={String(values.logLevel)}
          placeholder={LEAVE}
          options={optionsOf(LOG_LEVEL_TITLES)}
          onChange={(event) => set({ logLevel: enumOf(LOG_LEVEL_TITLES, event.target.value) })}
        />
      </Field>
      <Field label="Update window" help="When runners may install updates.">
        <Select
          value={values.window}
          placeholder={LEAVE}
          options={[
            { value: "none", label: "Any time (no window)" },
            { value: "hours", label: "Between set hours" },
          ]}
          onChange={(event) => set({ window: pick<"none" | "hours">(["none", "hours"], event.target.value) })}
        />
      </Field>
      {values.window === "hours" ? (
        <div className="grid grid-cols-2 gap-4 sm:col-span-2">
          <Field label="Window starts">
            <Select value={String(values.startHour)} options={hours} onChange={(event) => set({ startHour: Number(event.target.value) })} />
          </Field>
          <Field label="Window ends">
            <Select value={String(values.endHour)} options={hours} onChange={(event) => set({ endHour: Number(event.target.value) })} />
          </Field>
        </div>
      ) : null}
    </fieldset>
  );
}
