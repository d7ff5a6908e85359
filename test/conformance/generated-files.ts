import type { DescFile } from "@bufbuild/protobuf";
import { file_gitpod_v1_agent } from "../../src/gen/gitpod/v1/agent_pb";
import { file_gitpod_v1_gateway } from "../../src/gen/gitpod/v1/gateway_pb";
import { file_gitpod_v1_group } from "../../src/gen/gitpod/v1/group_pb";
import { file_gitpod_v1_identity } from "../../src/gen/gitpod/v1/identity_pb";
import { file_gitpod_v1_model } from "../../src/gen/gitpod/v1/model_pb";
import { file_gitpod_v1_pagination } from "../../src/gen/gitpod/v1/pagination_pb";
import { file_gitpod_v1_runner_configuration } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { file_gitpod_v1_runner } from "../../src/gen/gitpod/v1/runner_pb";

/** Every generated gitpod.v1 file; descriptors.test.ts checks that src/gen holds no others. */
export const generatedFiles: DescFile[] = [
  file_gitpod_v1_agent,
  file_gitpod_v1_gateway,
  file_gitpod_v1_group,
  file_gitpod_v1_identity,
  file_gitpod_v1_model,
  file_gitpod_v1_pagination,
  file_gitpod_v1_runner_configuration,
  file_gitpod_v1_runner,
];
