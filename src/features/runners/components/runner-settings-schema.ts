import { z } from "zod";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerReleaseChannel, type CreateRunnerRequestSchema } from "../../../gen/gitpod/v1/runner_pb";

const hour = z.string().regex(/^(|[0-9]|1[0-9]|2[0-3])$/, "Enter an hour from 0 to 23 (UTC), or leave it empty");

export const runnerSettingsSchema = z
  .object({
    name: z.string().trim().min(3, "Name must be at least 3 characters").max(127, "Name must be at most 127 characters"),
    region: z.string().trim().max(64, "Region must be at most 64 characters"),
    releaseChannel: z.enum(["stable", "latest"]),
    autoUpdate: z.boolean(),
    updateWindowStart: hour,
    updateWindowEnd: hour,
    logLevel: z.enum(["debug", "info", "warn", "error"]),
    metricsEnabled: z.boolean(),
    metricsUrl: z.string().trim(),
    metricsUsername: z.string(),
    metricsPassword: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.updateWindowEnd !== "" && values.updateWindowStart === "") {
      ctx.addIssue({ code: "custom", path: ["updateWindowStart"], message: "Set the start hour when you set an end hour" });
    }
    if (values.metricsEnabled && !z.url({ protocol: /^https?$/ }).safeParse(values.metricsUrl).success) {
      ctx.addIssue({ code: "custom", path: ["metricsUrl"], message: "Metrics URL must be an http(s) URL when metrics are enabled" });
    }
  });

export type RunnerSettings = z.infer<typeof runnerSettingsSchema>;

export const DEFAULT_RUNNER_SETTINGS: RunnerSettings = {
  name: "",
  region: "",
  releaseChannel: "stable",
  autoUpdate: true,
  updateWindowStart: "",
  updateWindowEnd: "",
  logLevel: "info",
  metricsEnabled: false,
  metricsUrl: "",
  metricsUsername: "",
  metricsPassword: "",
};

const RELEASE_CHANNELS = { stable: RunnerReleaseChannel.STABLE, latest: RunnerReleaseChannel.LATEST } as const;
const LOG_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/** The CreateRunner request for a provider and the form's values (kind follows from the provider on the server). */
export function toCreateRunnerRequest(provider: RunnerProvider, values: RunnerSettings): MessageInitShape<typeof CreateRunnerRequestSchema> {
  const start = values.updateWindowStart === "" ? undefined : Number(values.updateWindowStart);
  const end = values.updateWindowEnd === "" ? undefined : Number(values.updateWindowEnd);
  return {
    name: values.name.trim(),
    provider,
    spec: {
      configuration: {
        region: values.region.trim(),
        releaseChannel: RELEASE_CHANNELS[values.releaseChannel],
        autoUpdate: values.autoUpdate,
        logLevel: LOG_LEVELS[values.logLevel],
        updateWindow: start === undefined ? undefined : { startHour: start, endHour: end },
        metrics: values.metricsEnabled
          ? { enabled: true, url: values.metricsUrl.trim(), username: values.metricsUsername, password: values.metricsPassword }
          : undefined,
      },
    },
  };
}
