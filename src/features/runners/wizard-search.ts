import { PROVIDER_NAMES, type ProviderName } from "../../api/fleet/fleet-params";
import { oneOfParam, type SearchInput, type SearchParser } from "../../lib/search-params";

/**
 * `/runners/new?step=settings&provider=aws-ec2`: the wizard's step lives in the URL, so browser Back returns to the
 * provider step (the typed settings are kept by the wizard). `created` shows the new runner's one-time token, which
 * never enters the URL; without it (a reload, Back from the runner) the wizard starts again.
 */
export interface WizardSearch {
  step?: "settings" | "created" | undefined;
  provider?: ProviderName | undefined;
}

export const wizardSearchSchema: SearchParser<WizardSearch, SearchInput<WizardSearch>> = {
  parse: (search) => ({
    step: oneOfParam(["settings", "created"] as const)(search.step),
    provider: oneOfParam(PROVIDER_NAMES)(search.provider),
  }),
};
