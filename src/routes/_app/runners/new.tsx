import { createFileRoute } from "@tanstack/react-router";
import { CreateRunnerWizard } from "../../../features/runners/components/create-runner-wizard";
import { wizardSearchSchema } from "../../../features/runners/wizard-search";

export const Route = createFileRoute("/_app/runners/new")({
  validateSearch: wizardSearchSchema,
  head: () => ({ meta: [{ title: "Create runner · Runner Console" }] }),
  component: CreateRunnerWizard,
});
