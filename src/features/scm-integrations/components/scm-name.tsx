import { useRunnerConfigurationSchema } from "../../../api/runner-configuration/get-runner-configuration-schema";

/** The SCM's name from the runner's schema ("GitHub"); the raw scmId until the schema is in or when it is unknown. */
export function ScmName({ runnerId, scmId }: { runnerId: string; scmId: string }) {
  const { data } = useRunnerConfigurationSchema(runnerId);
  return <>{data?.schema?.scm.find((scm) => scm.scmId === scmId)?.name ?? scmId}</>;
}
