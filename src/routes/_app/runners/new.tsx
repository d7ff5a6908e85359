import { createFileRoute } from "@tanstack/react-router";
import { CreateRunnerWizard } from "../../../features/runners/components/create-runner-wizard";

export const Route = createFileRoute("/_app/runners/new")({
  head: () => ({ meta: [{ title: "Create runner · Runner Console" }] }),
  component: CreateRunnerWizard,
});
