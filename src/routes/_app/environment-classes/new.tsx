import { createFileRoute } from "@tanstack/react-router";
import { NewEnvironmentClassPage } from "../../../features/environment-classes/components/new-environment-class-page";
import { newEnvironmentClassSearchSchema } from "../../../features/environment-classes/search-schema";

export const Route = createFileRoute("/_app/environment-classes/new")({
  validateSearch: newEnvironmentClassSearchSchema,
  head: () => ({ meta: [{ title: "New environment class · Runner Console" }] }),
  component: NewEnvironmentClassRoute,
});

function NewEnvironmentClassRoute() {
  const { runnerId } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <NewEnvironmentClassPage
      runnerId={runnerId}
      onRunnerChange={(next) => void navigate({ search: { runnerId: next }, replace: true })}
      onCreated={(_id, createdOn) =>
        void navigate({ to: "/environment-classes", search: { runnerIds: [createdOn] } })
      }
      onCancel={() => void navigate({ to: "/environment-classes" })}
    />
  );
}
