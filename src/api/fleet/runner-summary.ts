import { timestampMs } from "@bufbuild/protobuf/wkt";
import type { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerPhase, RunnerReleaseChannel, type Runner } from "../../gen/gitpod/v1/runner_pb";

/** The runner settings fleet-wide updates change; shared by every runner that has the same ones. */
export interface RunnerSettings {
  readonly releaseChannel: RunnerReleaseChannel;
  readonly autoUpdate: boolean;
  readonly logLevel: LogLevel;
  /** The update window's hours, or undefined when the runner may update at any time. */
  readonly updateWindow: { readonly startHour: number; readonly endHour: number } | undefined;
}

/**
 * What the fleet index keeps of a runner: enough to search, filter, sort, count and rank, and to draw a list row.
 * Plain fields only (times as epoch ms), so 100,000 of them stay small; the full Runner comes from GetRunner.
 */
export interface RunnerSummary {
  readonly id: string;
  readonly name: string;
  /** The name in lower case, for case-insensitive search (the same string as `name` when already lower case). */
  readonly searchKey: string;
  readonly kind: RunnerKind;
  readonly provider: RunnerProvider;
  readonly phase: RunnerPhase;
  readonly version: string;
  readonly region: string;
  /** The status message, kept only for degraded runners (it says what is wrong). */
  readonly message: string;
  readonly createdAtMs: number;
  /** When the runner last reported its status (status.updatedAt); 0 when it never did. */
  readonly lastSeenMs: number;
  readonly creatorId: string;
  readonly settings: RunnerSettings;
}

/**
 * Shares one copy of strings that repeat across thousands of runners (versions, regions, creators): each
 * decoded page would otherwise hold its own copies.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly settings = new Map<string, RunnerSettings>();

  /** One object per distinct combination: thousands of runners usually share a handful. */
  internSettings(settings: RunnerSettings): RunnerSettings {
    const window = settings.updateWindow;
    const key = `${settings.releaseChannel}/${settings.autoUpdate ? 1 : 0}/${settings.logLevel}/${window ? `${window.startHour}-${window.endHour}` : ""}`;
    const known = this.settings.get(key);
    if (known) return known;
    this.settings.set(key, settings);
    return settings;
  }

  intern(value: string): string {
    if (value === "") return "";
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }
}

export function summarizeRunner(runner: Runner, pool: StringPool): RunnerSummary {
  const status = runner.status;
  const phase = status?.phase ?? RunnerPhase.UNSPECIFIED;
  const lower = runner.name.toLowerCase();
  return {
    id: runner.runnerId,
    name: runner.name,
    searchKey: lower === runner.name ? runner.name : lower,
    kind: runner.kind,
    provider: runner.provider,
    phase,
    version: pool.intern(status?.version ?? ""),
    region: pool.intern(status?.region || runner.spec?.configuration?.region || ""),
    message: phase === RunnerPhase.DEGRADED ? pool.intern(status?.message ?? "") : "",
    createdAtMs: runner.createdAt ? timestampMs(runner.createdAt) : 0,
    lastSeenMs: status?.updatedAt ? timestampMs(status.updatedAt) : 0,
    creatorId: pool.intern(runner.creator?.id ?? ""),
    settings: pool.internSettings(settingsOf(runner)),
  };
}

function settingsOf(runner: Runner): RunnerSettings {
  const configuration = runner.spec?.configuration;
  const window = configuration?.updateWindow;
  return {
    releaseChannel: configuration?.releaseChannel ?? RunnerReleaseChannel.UNSPECIFIED,
    autoUpdate: configuration?.autoUpdate ?? false,
    logLevel: configuration?.logLevel ?? LogLevel.UNSPECIFIED,
    updateWindow: window?.startHour === undefined ? undefined : { startHour: window.startHour, endHour: window.endHour ?? (window.startHour + 2) % 24 },
  };
}
