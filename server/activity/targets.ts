// What each mutating RPC acts on, read from its request and response (proto3 JSON), so the same rules serve the
// local API and proxy mode. Names the request does not carry come from a TargetLookup, asked before the call
// (a delete's target is gone after it).
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";
import { isUuid } from "../validation";

export type TargetType = "runner" | "policy" | "environment class" | "SCM integration" | "host token" | "LLM integration";

export interface Target {
  type: TargetType | "";
  id: string;
  name: string;
  runnerId: string;
  runnerName: string;
}

/** What a lookup knows about an entity; orgId lets the caller's org be checked before a name is kept. */
export interface Known {
  orgId: string;
  name: string;
  runnerId: string;
}

export interface TargetLookup {
  runner(id: string): Promise<Known | undefined>;
  group(id: string): Promise<Known | undefined>;
  entity(type: Exclude<TargetType, "runner" | "policy">, id: string): Promise<Known | undefined>;
}

interface Rule {
  type: TargetType;
  /** Where the target's id is: a request key, or "response:<path>" for ids the server assigns. */
  id: string;
  /** The request key holding the target's display name on create. */
  name?: string;
}

const RULES: Record<string, Rule> = {
  CreateRunner: { type: "runner", id: "response:runner.runnerId", name: "name" },
  UpdateRunner: { type: "runner", id: "runnerId" },
  DeleteRunner: { type: "runner", id: "runnerId" },
  CreateRunnerToken: { type: "runner", id: "runnerId" },
  CreateRunnerLogsToken: { type: "runner", id: "runnerId" },
  CreateRunnerPolicy: { type: "policy", id: "groupId" },
  UpdateRunnerPolicy: { type: "policy", id: "groupId" },
  DeleteRunnerPolicy: { type: "policy", id: "groupId" },
  CreateHostAuthenticationToken: { type: "host token", id: "response:token.id", name: "host" },
  UpdateHostAuthenticationToken: { type: "host token", id: "id" },
  DeleteHostAuthenticationToken: { type: "host token", id: "id" },
  CreateSCMIntegration: { type: "SCM integration", id: "response:id", name: "host" },
  UpdateSCMIntegration: { type: "SCM integration", id: "id" },
  DeleteSCMIntegration: { type: "SCM integration", id: "id" },
  CreateEnvironmentClass: { type: "environment class", id: "response:id", name: "displayName" },
  UpdateEnvironmentClass: { type: "environment class", id: "environmentClassId" },
  CreateLLMIntegration: { type: "LLM integration", id: "response:id", name: "endpoint" },
  UpdateLLMIntegration: { type: "LLM integration", id: "id" },
  DeleteLLMIntegration: { type: "LLM integration", id: "id" },
};

export function hasTargetRule(methodName: string): boolean {
  return methodName in RULES;
}

function stringAt(json: JsonValue | undefined, path: string): string {
  let value: JsonValue | undefined = json;
  for (const key of path.split(".")) {
    value = typeof value === "object" && value !== null && !Array.isArray(value) ? value[key] : undefined;
  }
  return typeof value === "string" ? value : "";
}

/** Before the call: what is known of the target, names looked up while it still exists. */
export interface PendingTarget {
  rule: Rule | undefined;
  target: Target;
  /** Org of each looked-up name: kept only when it is the caller's org. */
  knownOrgs: string[];
  /** Which names came from a lookup rather than from the caller's own request. */
  lookedUp: { name: boolean; runnerName: boolean };
}

export async function targetBefore(methodName: string, request: JsonObject, lookup: TargetLookup): Promise<PendingTarget> {
  const rule = RULES[methodName];
  const runnerIdInRequest = stringAt(request, "runnerId");
  const target: Target = { type: rule?.type ?? "", id: "", name: "", runnerId: runnerIdInRequest, runnerName: "" };
  const knownOrgs: string[] = [];
  const lookedUp = { name: false, runnerName: false };
  if (!rule) return { rule, target, knownOrgs, lookedUp };
  if (!rule.id.startsWith("response:")) target.id = stringAt(request, rule.id);
  if (rule.name) target.name = stringAt(request, rule.name);

  // Only ids that can name something are looked up (proxy mode asks upstream; garbage would cost a call for nothing).
  const safely = async (find: () => Promise<Known | undefined>) => {
    try {
      return await find();
    } catch {
      return undefined;
    }
  };
  const type = rule.type;
  const lookable = isUuid;
  if (lookable(target.id) && type === "policy") {
    const group = await safely(() => lookup.group(target.id));
    if (group) {
      target.name = group.name;
      lookedUp.name = true;
      knownOrgs.push(group.orgId);
    }
  } else if (lookable(target.id) && type !== "runner" && type !== "policy") {
    const entity = await safely(() => lookup.entity(type, target.id));
    if (entity) {
      target.name = entity.name;
      lookedUp.name = true;
      target.runnerId ||= entity.runnerId;
      knownOrgs.push(entity.orgId);
    }
  }
  if (rule.type === "runner" && target.id) target.runnerId = target.id;
  if (lookable(target.runnerId)) {
    const runner = await safely(() => lookup.runner(target.runnerId));
    if (runner) {
      target.runnerName = runner.name;
      lookedUp.runnerName = true;
      knownOrgs.push(runner.orgId);
    }
  }
  if (rule.type === "runner" && target.runnerName) {
    target.name = target.runnerName;
    lookedUp.name = true;
  }
  return { rule, target, knownOrgs, lookedUp };
}

/** After the call: ids the server assigned (CreateRunner's runner id, an integration's id). */
export function targetAfter(pending: PendingTarget, response: JsonObject | undefined): Target {
  const { rule } = pending;
  const target = { ...pending.target };
  if (rule?.id.startsWith("response:") && response) {
    target.id = stringAt(response, rule.id.slice("response:".length));
    if (rule.type === "runner") {
      target.runnerId = target.id;
      target.runnerName = target.name;
    }
  }
  return target;
}

/** Drops looked-up names the caller may not see (another org's entity, a runner hidden from them). */
export function withoutLookedUpNames(target: Target, pending: PendingTarget): Target {
  return {
    ...target,
    name: pending.lookedUp.name ? "" : target.name,
    runnerName: pending.lookedUp.runnerName ? "" : target.runnerName,
  };
}
