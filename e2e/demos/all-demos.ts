import type { Demo } from "./demo-context";
import { environmentClass } from "./environment-class";
import { fixTheFleet } from "./fix-the-fleet";
import { githubOAuth } from "./github-oauth";
import { onboardRunner } from "./onboard-runner";
import { shareRunner } from "./share-runner";

export const DEMOS: readonly Demo[] = [onboardRunner, environmentClass, githubOAuth, shareRunner, fixTheFleet];
