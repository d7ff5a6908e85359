import { z } from "zod";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { LOG_LEVEL_TITLES, RELEASE_CHANNEL_TITLES, titleOf, valueOf } from "../../../../common/runner-config-paths";
import { RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import { LogLevel, RunnerReleaseChannel, type CreateRunnerRequestSchema } from "../../../gen/gitpod/v1/runner_pb";

const hour = z.string().regex(/^(|[0-9]|1[0-9]|2[0-3])$/, "Enter an hour from 0 to 23 (UTC), or leave it empty");

/** Choices are the titles the Configuration tab shows (common/runner-config-paths.ts). */
function titleIn<E>(table: ReadonlyArray<readonly [E, string]>) {
  return z.string().refine((title) => table.some(([, t]) => t === title), `Choose one of ${table.map(([, t]) => t).join(", ")}`);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The settings step's rules; a Managed runner also needs the runner manager that will host it. */
export function runnerSettingsSchema(provider: RunnerProvider | undefined) {
  return z
    .object({
      name: z.string().trim().min(3, "Name must be at least 3 characters").max(127, "Name must be at most 127 characters"),
      region: z.string().trim().max(64, "Region must be at most 64 characters"),
      runnerManagerId: z.string().trim(),
      releaseChannel: titleIn(RELEASE_CHANNEL_TITLES),
      autoUpdate: z.boolean(),
      updateWindowStart: hour,
      updateWindowEnd: hour,
      logLevel: titleIn(LOG_LEVEL_TITLES),
      metricsEnabled: z.boolean(),
      metricsUrl: z.string().trim(),
      metricsUsername: z.string(),
      metricsPassword: z.string(),
    })
    .superRefine((values, ctx) => {
      if (provider === RunnerProvider.MANAGED && !UUID.test(values.runnerManagerId)) {
        ctx.addIssue({
          code: "custom",
          path: ["runnerManagerId"],
          message: "Enter the runner manager's id: 32 hexadecimal digits in five groups, like 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
        });
      }
      if (values.updateWindowEnd !== "" && values.updateWindowStart === "") {
        ctx.addIssue({ code: "custom", path: ["updateWindowStart"], message: "Set the start hour when you set an end hour" });
      }
      if (values.metricsEnabled && !z.url({ protocol: /^https?$/ }).safeParse(values.metricsUrl).success) {
        ctx.addIssue({ code: "custom", path: ["metricsUrl"], message: "The metrics endpoint must be an http(s) URL when metrics are enabled" });
      }
    });
}

export type RunnerSettings = z.infer<ReturnType<typeof runnerSettingsSchema>>;

export const DEFAULT_RUNNER_SETTINGS: RunnerSettings = {
  name: "",
  region: "",
  runnerManagerId: "",
  releaseChannel: titleOf(RELEASE_CHANNEL_TITLES, RunnerReleaseChannel.STABLE),
  autoUpdate: true,
  updateWindowStart: "",
  updateWindowEnd: "",
  logLevel: titleOf(LOG_LEVEL_TITLES, LogLevel.INFO),
  metricsEnabled: false,
  metricsUrl: "",
  metricsUsername: "",
  metricsPassword: "",
};

/** The CreateRunner request for a provider and the form's values (kind follows from the provider on the server). */
export function toCreateRunnerRequest(provider: RunnerProvider, values: RunnerSettings): MessageInitShape<typeof CreateRunnerRequestSchema> {
  const start = values.updateWindowStart === "" ? undefined : Number(values.updateWindowStart);
  const end = values.updateWindowEnd === "" ? undefined : Number(values.updateWindowEnd);
  return {
    name: values.name.trim(),
    provider,
    runnerManagerId: provider === RunnerProvider.MANAGED ? values.runnerManagerId.trim() : "",
    spec: {
      configuration: {
        region: values.region.trim(),
        releaseChannel: valueOf(RELEASE_CHANNEL_TITLES, values.releaseChannel, "releaseChannel"),
        autoUpdate: values.autoUpdate,
        logLevel: valueOf(LOG_LEVEL_TITLES, values.logLevel, "logLevel"),
        updateWindow: start === undefined ? undefined : { startHour: start, endHour: end },
        metrics: values.metricsEnabled
          ? { enabled: true, url: values.metricsUrl.trim(), username: values.metricsUsername, password: values.metricsPassword }
          : undefined,
      },
    },
  };
}
