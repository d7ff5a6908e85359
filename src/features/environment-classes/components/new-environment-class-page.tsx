import { Link } from "@tanstack/react-router";
import { Card, CardBody } from "../../../components/ui/card";
import { ErrorState } from "../../../components/ui/error-state";
import { Field } from "../../../components/ui/field";
import { PageHeader } from "../../../components/ui/page-header";
import { Combobox } from "../../../components/ui/combobox";
import { SkeletonRows } from "../../../components/ui/skeleton";
import { useRunnerChoices } from "../../../api/fleet/use-runner-choices";
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
  // Only runners where the user may create environment classes (a member needs the admin role on it).
  const runners = useRunnerChoices("environmentClasses:manage");
  const runner = runners.choices.find((choice) => choice.value === runnerId)?.runner;
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
          {runners.loading ? <SkeletonRows rows={1} label="Loading runners" /> : null}
          {runners.error ? <ErrorState title="Could not load runners" error={runners.error} onRetry={runners.retry} /> : null}
          {!runners.loading && !runners.error ? (
            <Field
              label="Runner"
              required
              help={`The runner whose environments use this class.${runners.excluded ? " Runners where you are not an admin are not listed." : ""}`}
            >
              <Combobox
                value={runnerId}
                placeholder="Search runners by name"
                options={runners.choices}
                status={runners.status}
                noMatchText="No runner you may add environment classes to has this name"
                onChange={(value) => onRunnerChange(value || undefined)}
              />
            </Field>
          ) : null}
          {runnerId && !runner && !runners.loading && !runners.status ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              The runner in the address does not exist, or you may not add environment classes to it. Choose another.
            </p>
          ) : null}
          {runner ? (
            <CreateEnvironmentClassForm
              key={runner.id}
              runnerId={runner.id}
              runnerName={runner.name}
              onCreated={(id) => onCreated(id, runner.id)}
              onCancel={onCancel}
            />
          ) : null}
        </CardBody>
      </Card>
    </>
  );
}
