import { Link } from "@tanstack/react-router";
import { runnerProviderText } from "../../../../common/enum-labels";
import { Card, CardBody } from "../../../components/ui/card";
import { ErrorState } from "../../../components/ui/error-state";
import { Field } from "../../../components/ui/field";
import { PageHeader } from "../../../components/ui/page-header";
import { Select } from "../../../components/ui/select";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { useAllRunners } from "../../../api/runners/list-runners";
import { CreateEnvironmentClassForm } from "./create-environment-class-form";

interface NewEnvironmentClassPageProps {
  /** The chosen runner (from the URL), if any. */
  runnerId: string | undefined;
  onRunnerChange: (runnerId: string | undefined) => void;
  onCreated: (environmentClassId: string, runnerId: string) => void;
  onCancel: () => void;
}

/** Pick a runner by name, then fill in the form generated from that runner's schema. */
export function NewEnvironmentClassPage({
  runnerId,
  onRunnerChange,
  onCreated,
  onCancel,
}: NewEnvironmentClassPageProps) {
  const runnersQuery = useAllRunners();
  const runners = [...runnersQuery.runners].sort((a, b) => a.name.localeCompare(b.name));
  const runner = runners.find((r) => r.runnerId === runnerId);
  return (
    <>
      <PageHeader
        title="New environment class"
        description="The configuration fields come from the chosen runner's schema. They can't change after creation."
        breadcrumbs={
          <Link to="/environment-classes" className="hover:underline">
            Environment classes
          </Link>
        }
      />
      <Card className="max-w-2xl">
        <CardBody className="space-y-6">
          {runnersQuery.isPending ? <SkeletonRows rows={1} label="Loading runners" /> : null}
          {runnersQuery.isError ? (
            <ErrorState
              title="Could not load runners"
              error={runnersQuery.error}
              onRetry={() => void runnersQuery.refetch()}
            />
          ) : null}
          {runnersQuery.isSuccess ? (
            <Field label="Runner" required help="The runner whose environments use this class.">
              <Select
                value={runner ? runner.runnerId : ""}
                placeholder="Choose a runner"
                options={runners.map((r) => ({
                  value: r.runnerId,
                  label: `${r.name} (${runnerProviderText(r)})`,
                }))}
                onChange={(event) => onRunnerChange(event.target.value || undefined)}
              />
            </Field>
          ) : null}
          {runnersQuery.isSuccess && runnerId && !runner ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              The runner in the address does not exist or you can&apos;t see it. Choose another.
            </p>
          ) : null}
          {runner ? (
            <CreateEnvironmentClassForm
              key={runner.runnerId}
              runnerId={runner.runnerId}
              runnerName={runner.name}
              onCreated={(id) => onCreated(id, runner.runnerId)}
              onCancel={onCancel}
            />
          ) : null}
        </CardBody>
      </Card>
    </>
  );
}
