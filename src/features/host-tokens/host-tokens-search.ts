import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/host-tokens?runnerId=…&subjectId=…`: the filter of ListHostAuthenticationTokens. */
export const hostTokensSearchSchema = z.object({
  runnerId: z.string().regex(UUID).optional().catch(undefined),
  subjectId: z.string().regex(UUID).optional().catch(undefined),
});
export type HostTokensSearch = z.infer<typeof hostTokensSearchSchema>;
