import { create } from "@bufbuild/protobuf";
import { LOG_LEVEL_TITLES, RELEASE_CHANNEL_TITLES } from "../../../../common/runner-config-paths";
import type { RunnerSettings } from "../../../api/fleet/runner-summary";
import { UpdateRunnerRequestSchema, type LogLevel, type RunnerReleaseChannel, type UpdateRunnerRequest } from "../../../gen/gitpod/v1/runner_pb";

/** UpdateRunner calls in flight at once: fast on the local API, gentle on a real one. */
export const FLEET_UPDATE_CONCURRENCY = 6;

export interface UpdateWindowHours {
  startHour: number;
  endHour: number;
}

/** What a fleet-wide update sets; a setting left out stays as each runner has it. */
export interface FleetChange {
  releaseChannel?: RunnerReleaseChannel;
  autoUpdate?: boolean;
  /** null: no update window (the runner may update at any time). */
  updateWindow?: UpdateWindowHours | null;
  logLevel?: LogLevel;
}

export const SETTING_NAMES = ["releaseChannel", "autoUpdate", "updateWindow", "logLevel"] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

export const settingLabels: Record<SettingName, string> = {
  releaseChannel: "release channel",
  autoUpdate: "auto-update",
  updateWindow: "update window",
  logLevel: "log level",
};

/** The settings the change sets, in display order. */
export function changedSettings(change: FleetChange): SettingName[] {
  return SETTING_NAMES.filter((name) => change[name] !== undefined);
}

/** Titles as the Configuration tab shows them. */
const titleIn = <E>(table: ReadonlyArray<readonly [E, string]>, value: E | undefined) => table.find(([option]) => option === value)?.[1] ?? "";
const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;

export function windowText(window: UpdateWindowHours | null | undefined): string {
  return window ? `${hour(window.startHour)}–${hour(window.endHour)} UTC` : "any time";
}

/** The value the change sets, in words ("Stable", "on", "02:00–04:00 UTC"). */
export function targetText(change: FleetChange, name: SettingName): string {
  switch (name) {
    case "releaseChannel":
      return titleIn(RELEASE_CHANNEL_TITLES, change.releaseChannel);
    case "autoUpdate":
      return change.autoUpdate ? "on" : "off";
    case "updateWindow":
      return windowText(change.updateWindow);
    case "logLevel":
      return titleIn(LOG_LEVEL_TITLES, change.logLevel);
  }
}

/** True when the runner already has what the change sets for this setting. */
export function alreadySet(settings: RunnerSettings, change: FleetChange, name: SettingName): boolean {
  switch (name) {
    case "releaseChannel":
      return settings.releaseChannel === change.releaseChannel;
    case "autoUpdate":
      return settings.autoUpdate === change.autoUpdate;
    case "logLevel":
      return settings.logLevel === change.logLevel;
    case "updateWindow": {
      const want = change.updateWindow;
      const have = settings.updateWindow;
      return want === null ? have === undefined : have !== undefined && want !== undefined && have.startHour === want.startHour && have.endHour === want.endHour;
    }
  }
}

/**
 * The UpdateRunner request for the change, built once; each runner's request differs only in runnerId
 * (`requestFor`). Settings left out are absent, so the server keeps them; an empty update window clears it.
 */
export function buildFleetUpdateRequest(change: FleetChange): UpdateRunnerRequest {
  return create(UpdateRunnerRequestSchema, {
    spec: {
      configuration: {
        releaseChannel: change.releaseChannel,
        autoUpdate: change.autoUpdate,
        logLevel: change.logLevel,
        updateWindow: change.updateWindow === undefined ? undefined : change.updateWindow === null ? {} : { ...change.updateWindow },
      },
    },
  });
}

export function requestFor(base: UpdateRunnerRequest, runnerId: string): UpdateRunnerRequest {
  return { ...base, runnerId };
}
