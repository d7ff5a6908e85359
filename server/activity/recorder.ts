// The one place an activity record is made, for the local Connect interceptor and for proxy forwarding alike:
// before the call it notes the target (names looked up while the target exists), after it the outcome.
import type { JsonObject } from "@bufbuild/protobuf";
import { Code, type ConnectError } from "@connectrpc/connect";
import { connectCodeName } from "../../common/activity-rpcs";
import type { Db } from "../store/db";
import { changesOf, scrub, secretStrings } from "./changes";
import { insertActivity } from "./store";
import { targetAfter, targetBefore, withoutLookedUpNames, type PendingTarget, type TargetLookup } from "./targets";

/** Who made the call. */
export interface Actor {
  orgId: string;
  subjectId: string;
  subjectName: string;
}

export interface PendingActivity {
  rpc: string;
  methodName: string;
  request: JsonObject;
  target: PendingTarget;
}

export interface Outcome {
  response?: JsonObject | undefined;
  error?: ConnectError | undefined;
  /** For a failed call: may the caller see the names looked up for it (their org, a runner they can see)? */
  mayKnow(runnerId: string): boolean;
}

export interface ActivityRecorder {
  /** `lookup` replaces the recorder's own (proxy mode asks upstream with each caller's credentials). */
  begin(rpc: string, methodName: string, request: JsonObject, lookup?: TargetLookup): Promise<PendingActivity>;
  finish(pending: PendingActivity, actor: Actor, outcome: Outcome): void;
}

export function createActivityRecorder(options: {
  db: Db;
  now: () => Date;
  lookup: TargetLookup;
  onError: (error: unknown) => void;
}): ActivityRecorder {
  return {
    async begin(rpc, methodName, request, lookup = options.lookup) {
      return { rpc, methodName, request, target: await targetBefore(methodName, request, lookup) };
    },
    finish(pending, actor, outcome) {
      try {
        const ok = outcome.error === undefined;
        let target = targetAfter(pending.target, outcome.response);
        const sameOrg = pending.target.knownOrgs.every((orgId) => orgId === actor.orgId);
        if (!sameOrg || (!ok && !outcome.mayKnow(target.runnerId))) target = withoutLookedUpNames(target, pending.target);
        const creating = pending.methodName.startsWith("Create");
        const errorMessage = outcome.error ? scrub(outcome.error.rawMessage, secretStrings(pending.request)) : "";
        insertActivity(options.db, {
          atMs: options.now().getTime(),
          orgId: actor.orgId,
          subjectId: actor.subjectId,
          subjectName: actor.subjectName,
          rpc: pending.rpc,
          runnerId: target.runnerId,
          runnerName: target.runnerName,
          targetType: target.type,
          targetId: target.id,
          targetName: target.name,
          outcome: outcome.error ? connectCodeName(Code[outcome.error.code]) : "ok",
          errorMessage,
          changes: changesOf(pending.request, creating),
        });
      } catch (error) {
        // The log must never fail the change it records (e.g. a full disk): the operator sees the error line.
        options.onError(error);
      }
    },
  };
}
