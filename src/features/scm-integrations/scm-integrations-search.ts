import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/scm-integrations?runnerIds=[…]`: filter.runnerIds of ListSCMIntegrations (the API takes at most 25). */
export const scmIntegrationsSearchSchema = z.object({
  runnerIds: z.array(z.string().regex(UUID)).max(25).optional().catch(undefined),
});
export type ScmIntegrationsSearch = z.infer<typeof scmIntegrationsSearchSchema>;
