import { createFileRoute } from "@tanstack/react-router";
import { PoliciesPage } from "../../features/policies/components/policies-page";

export const Route = createFileRoute("/_app/policies")({
  head: () => ({ meta: [{ title: "Policies · Runner Console" }] }),
  component: PoliciesPage,
});
