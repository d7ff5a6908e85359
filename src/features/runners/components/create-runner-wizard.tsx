import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { Button } from "../../../components/ui/button";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { toast } from "../../../components/ui/toast";
import type { RunnerProvider } from "../../../gen/gitpod/v1/runner_configuration_pb";
import type { Runner } from "../../../gen/gitpod/v1/runner_pb";
import { useCan } from "../../../api/session/use-can";
import { useCreateRunner } from "../../../api/runners/create-runner";
import { CreatedRunnerPanel } from "./created-runner-panel";
import { ProviderPicker } from "./provider-picker";
import { providerChoice } from "./providers";
import { RunnerSettingsForm } from "./runner-settings-form";
import { DEFAULT_RUNNER_SETTINGS, toCreateRunnerRequest, type RunnerSettings } from "./runner-settings-schema";

type Step = { step: "provider" } | { step: "settings"; provider: RunnerProvider } | { step: "created"; runner: Runner; exchangeToken: string };

/** Provider → settings → created (token shown once). The token lives only in this component's state. */
export function CreateRunnerWizard() {
  const allowed = useCan();
  const [state, setState] = useState<Step>({ step: "provider" });
  const [provider, setProvider] = useState<RunnerProvider | undefined>(undefined);
  const [settings, setSettings] = useState<RunnerSettings>(DEFAULT_RUNNER_SETTINGS);
  const createRunner = useCreateRunner();

  const breadcrumbs = (
    <Link to="/runners" className="hover:underline">
      Runners
    </Link>
  );
  if (!allowed("runners:create")) {
    return (
      <>
        <PageHeader title="Create runner" breadcrumbs={breadcrumbs} />
        <EmptyState title="You cannot create runners" description="Only organization admins can create runners. Ask an admin to create one for you." />
      </>
    );
  }

  const submit = async (values: RunnerSettings) => {
    if (state.step !== "settings") return;
    setSettings(values);
    try {
      const response = await createRunner.call(toCreateRunnerRequest(state.provider, values));
      if (!response.runner) throw new Error("The server did not return the new runner");
      toast.success(`Runner ${response.runner.name} created`);
      setState({ step: "created", runner: response.runner, exchangeToken: response.exchangeToken });
    } catch (error) {
      toast.error("Could not create the runner", error);
    }
  };

  return (
    <>
      <PageHeader
        title="Create runner"
        breadcrumbs={breadcrumbs}
        description={state.step === "provider" ? "Step 1 of 2: choose a provider." : state.step === "settings" ? `Step 2 of 2: ${providerChoice(state.provider)?.title ?? ""} runner settings.` : undefined}
      />
      {state.step === "provider" ? (
        <div className="space-y-6">
          <ProviderPicker value={provider} onChange={setProvider} />
          <Button variant="primary" disabled={provider === undefined} onClick={() => provider !== undefined && setState({ step: "settings", provider })}>
            Next
          </Button>
        </div>
      ) : state.step === "settings" ? (
        <RunnerSettingsForm
          defaultValues={settings}
          onSubmit={submit}
          isSubmitting={createRunner.isPending}
          error={createRunner.error}
          onBack={() => setState({ step: "provider" })}
        />
      ) : (
        <CreatedRunnerPanel runner={state.runner} exchangeToken={state.exchangeToken} />
      )}
    </>
  );
}
