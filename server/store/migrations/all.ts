import { coreMigration } from "./001-core";
import { scmMigration } from "./002-scm";
import { llmMigration } from "./003-llm";
import { runnerDeletionsMigration } from "./004-runner-deletions";
import { healthProbeMigration } from "./005-health-probe";
import { activityMigration } from "./006-activity";
import { runnerRevisionMigration } from "./007-runner-revision";
import { policyRunnerNamesMigration } from "./008-policy-runner-names";

export interface Migration {
  name: string;
  sql: string;
}

/** Append only: a released migration is never edited, a change is a new entry. */
export const MIGRATIONS: Migration[] = [coreMigration, scmMigration, llmMigration, runnerDeletionsMigration, healthProbeMigration, activityMigration, runnerRevisionMigration, policyRunnerNamesMigration];
