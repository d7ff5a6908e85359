import type { ServiceImpl } from "@connectrpc/connect";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { GroupService, ResourceType, ResourceTypeSchema } from "../../src/gen/gitpod/v1/group_pb";
import { requireVisibleRunnerField } from "../auth/permissions";
import { requireUser } from "../auth/principal";
import type { ServerContext } from "../context";
import { pageOf, readPage } from "../pagination";
import { listGroupRows, type GroupRow } from "../store/groups";
import { requireDefinedEnum, requireLength, requireMaxItems, requireUuid } from "../validation";

/** ListGroups: every signed-in user sees all groups of the org (the sharing dialog needs them). */
export function groupHandlers(ctx: ServerContext) {
  return {
    listGroups(req, hc) {
      const user = requireUser(hc);
      const page = readPage(hc, req.pagination);
      const filter = req.filter;
      requireLength("filter.search", filter?.search ?? "", 0, 256);
      const groupIds = [...requireMaxItems("filter.groupIds", filter?.groupIds ?? [], 25)];
      groupIds.forEach((id, i) => requireUuid(`filter.groupIds[${i}]`, id));
      const exclude = filter?.excludeAssignedToResource;
      if (exclude) {
        requireDefinedEnum(
          "filter.excludeAssignedToResource.resourceType",
          ResourceTypeSchema,
          exclude.resourceType,
          false,
        );
        requireUuid("filter.excludeAssignedToResource.resourceId", exclude.resourceId);
        // Which groups a runner is shared with is the runner's business: a hidden runner is not_found like a missing one.
        if (exclude.resourceType === ResourceType.RUNNER) {
          requireVisibleRunnerField(ctx, user, "filter.excludeAssignedToResource.resourceId", exclude.resourceId);
        }
      }
      const rows = listGroupRows(ctx.db, {
        orgId: user.orgId,
        search: filter?.search ?? "",
        groupIds,
        systemManaged: filter?.systemManaged,
        directShare: filter?.directShare,
        excludeRunnerId: exclude?.resourceType === ResourceType.RUNNER ? exclude.resourceId : undefined,
        cursor: page.after,
        limit: page.pageSize + 1,
      });
      const { items, nextToken } = pageOf(rows, page, (g) => [g.name, g.id]);
      return { groups: items.map(groupFromRow), pagination: { nextToken } };
    },
  } satisfies Partial<ServiceImpl<typeof GroupService>>;
}

function groupFromRow(row: GroupRow) {
  return {
    id: row.id,
    organizationId: row.org_id,
    name: row.name,
    description: row.description,
    systemManaged: row.system_managed === 1,
    directShare: row.direct_share === 1,
    memberCount: row.member_count,
    createdAt: timestampFromDate(new Date(row.created_at)),
    updatedAt: timestampFromDate(new Date(row.updated_at)),
  };
}
