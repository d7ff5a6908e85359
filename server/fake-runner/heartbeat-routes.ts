// Server side of the fake runner's heartbeat: authenticates the runner access token, marks the runner ACTIVE with
// what it reports, sweeps runners whose heartbeats stopped to INACTIVE, and completes pending deletions.
import { durationFromMs, timestampFromDate } from "@bufbuild/protobuf/wkt";
import type { FastifyInstance } from "fastify";
import { create } from "@bufbuild/protobuf";
import { z } from "zod";
import { GatewayInfoSchema, RunnerCapability, RunnerPhase } from "../../src/gen/gitpod/v1/runner_pb";
import { bearerToken } from "../auth/resolve";
import type { ServerContext } from "../context";
import { RunnerKind } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { runnerIdForAccessToken } from "../store/runner-tokens";
import { isDeletionPending, LOCAL_RUNNERS_DISABLED_MESSAGE, localRunnersDisabled, unconnectedDeletionsBefore } from "../store/runner-lifecycle";
import { deleteRunnerRow, getRunnerRow, updateRunnerStatus } from "../store/runners";
import { hiddenCharacterError, isHttpUrl } from "../validation";
import { DELETE_GRACE_MS, HEARTBEAT_PATH, STALE_AFTER_MS, type HeartbeatBody } from "./heartbeat-protocol";

const SWEEP_INTERVAL_MS = 2_000;

export function heartbeatRoutes(ctx: ServerContext) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.post(HEARTBEAT_PATH, async (req, reply) => {
      const token = bearerToken(req.headers.authorization);
      const runnerId = token ? runnerIdForAccessToken(ctx.db, token) : undefined;
      if (!runnerId) return reply.code(401).send({ code: "unauthenticated", message: "send the runner's access token as Bearer" });
      const body = parseHeartbeat(req.body);
      if (typeof body === "string") return reply.code(400).send({ code: "invalid_argument", message: body });
      const now = ctx.now();
      const phase = ctx.db.transaction(() => recordHeartbeat(ctx, runnerId, body, now))();
      return reply.send({ phase: `RUNNER_PHASE_${RunnerPhase[phase]}`, updatedAt: now.toISOString() });
    });

    const timer = setInterval(() => {
      sweepStaleRunners(ctx);
      sweepPendingDeletions(ctx);
    }, SWEEP_INTERVAL_MS);
    timer.unref();
    app.addHook("onClose", async () => clearInterval(timer));
  };
}

/**
 * A heartbeat: a runner being deleted takes it as its acknowledgement and is removed (DELETED); a local runner while
 * the organization turned local runners off stays INACTIVE; otherwise the runner is ACTIVE with what it reports.
 */
function recordHeartbeat(ctx: ServerContext, runnerId: string, body: HeartbeatBody, now: Date): RunnerPhase {
  if (isDeletionPending(ctx.db, runnerId)) {
    deleteRunnerRow(ctx.db, runnerId);
    return RunnerPhase.DELETED;
  }
  const row = getRunnerRow(ctx.db, runnerId);
  const turnedOff = row !== undefined && row.kind === RunnerKind.LOCAL && localRunnersDisabled(ctx.db, row.org_id);
  const phase = turnedOff ? RunnerPhase.INACTIVE : RunnerPhase.ACTIVE;
  updateRunnerStatus(ctx.db, runnerId, (status) => {
    status.phase = phase;
    status.updatedAt = timestampFromDate(now);
    status.version = body.version;
    status.region = body.region;
    status.capabilities = body.capabilities.map(capabilityOf).filter((c) => c !== undefined);
    status.gatewayInfo = create(GatewayInfoSchema, { gateway: body.gateway, latency: durationFromMs(body.latencyMs) });
    status.systemDetails = body.systemDetails;
    status.logUrl = body.logUrl;
    status.message = turnedOff ? LOCAL_RUNNERS_DISABLED_MESSAGE : "";
  });
  ctx.db
    .prepare("INSERT INTO runner_heartbeats (runner_id, last_seen_ms) VALUES (?, ?) ON CONFLICT (runner_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms")
    .run(runnerId, now.getTime());
  return phase;
}

/** Pending deletions of runners that are not connected are done once DELETE_GRACE_MS have passed. */
export function sweepPendingDeletions(ctx: ServerContext): string[] {
  const removed = unconnectedDeletionsBefore(ctx.db, ctx.now().getTime() - DELETE_GRACE_MS);
  for (const runnerId of removed) ctx.db.transaction(() => deleteRunnerRow(ctx.db, runnerId))();
  return removed;
}

/** Runners whose heartbeats stopped more than STALE_AFTER_MS ago read INACTIVE; seeded runners (no heartbeat) keep their phase. */
export function sweepStaleRunners(ctx: ServerContext): string[] {
  const cutoff = ctx.now().getTime() - STALE_AFTER_MS;
  const stale = ctx.db
    .prepare<[number], { runner_id: string }>("SELECT runner_id FROM runner_heartbeats WHERE last_seen_ms < ?")
    .all(cutoff)
    .map((row) => row.runner_id);
  const changed: string[] = [];
  for (const runnerId of stale) {
    ctx.db.transaction(() => {
      updateRunnerStatus(ctx.db, runnerId, (status) => {
        if (status.phase !== RunnerPhase.ACTIVE) return;
        status.phase = RunnerPhase.INACTIVE;
        status.message = "no heartbeat for more than 30 s";
        changed.push(runnerId);
      });
      ctx.db.prepare("DELETE FROM runner_heartbeats WHERE runner_id = ?").run(runnerId);
    })();
  }
  return changed;
}

function capabilityOf(name: string): RunnerCapability | undefined {
  const key = name.replace(/^RUNNER_CAPABILITY_/, "");
  const value: unknown = Object.entries(RunnerCapability).find(([k]) => k === key)?.[1];
  return typeof value === "number" && value !== RunnerCapability.UNSPECIFIED ? value : undefined;
}

// The console renders these as links: only http(s), whatever the browser's CSP would stop.
const httpUrl = z.string().max(512).refine(isHttpUrl, "must be an http:// or https:// URL");
const optionalHttpUrl = z.string().max(512).refine((v) => v === "" || isHttpUrl(v), "must be an http:// or https:// URL");

// Text the console shows beside runner names: no control or text-direction characters, as for names typed in forms.
const shownText = (max: number) =>
  z.string().max(max).superRefine((value, context) => {
    const error = hiddenCharacterError("", value);
    if (error) context.addIssue({ code: "custom", message: error.trimStart() });
  });

const heartbeatSchema = z.object({
  version: shownText(128).default(""),
  region: shownText(64).default(""),
  capabilities: z.array(z.string().max(128)).max(32).default([]),
  gateway: z.object({ name: shownText(128), url: httpUrl, region: shownText(64).default("") }),
  latencyMs: z.number().min(0).max(600_000).default(0),
  systemDetails: shownText(512).default(""),
  logUrl: optionalHttpUrl.default(""),
});

/** The heartbeat, or a message naming the first bad field. */
function parseHeartbeat(raw: unknown): HeartbeatBody | string {
  const parsed = heartbeatSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "body";
  return `the heartbeat's ${field} ${issue?.code === "custom" ? issue.message : "is missing or malformed"}`;
}
