import { createFileRoute } from "@tanstack/react-router";
import { OverviewPage } from "../../features/overview/components/overview-page";

export const Route = createFileRoute("/_app/")({
  head: () => ({ meta: [{ title: "Overview · Runner Console" }] }),
  component: OverviewPage,
});
