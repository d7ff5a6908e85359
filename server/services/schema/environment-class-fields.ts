import { create, type MessageInitShape } from "@bufbuild/protobuf";
import {
  RunnerConfigurationSchema_FieldSchema,
  RunnerProvider,
  type RunnerConfigurationSchema_Field,
} from "../../../src/gen/gitpod/v1/runner_configuration_pb";

type FieldInit = MessageInitShape<typeof RunnerConfigurationSchema_FieldSchema>;

const option = (title: string, subtitle: string, detail: string) => ({ title, subtitle, detail });

/** AWS EC2: every field kind — enum with title/subtitle/detail, int range, bool, patterned string, display, secret. */
const AWS_EC2: FieldInit[] = [
  {
    id: "instanceType",
    name: "Instance type",
    description: "EC2 instance type of each environment.",
    required: true,
    type: {
      case: "enum",
      value: {
        defaultValue: option("m6i.xlarge", "4 vCPU · 16 GiB", "General purpose"),
        possibleValues: [
          option("m6i.large", "2 vCPU · 8 GiB", "General purpose, small"),
          option("m6i.xlarge", "4 vCPU · 16 GiB", "General purpose"),
          option("m6i.2xlarge", "8 vCPU · 32 GiB", "General purpose, large"),
          option("c6i.4xlarge", "16 vCPU · 32 GiB", "Compute optimised"),
          option("g5.xlarge", "4 vCPU · 16 GiB · 1 GPU", "NVIDIA A10G"),
        ],
      },
    },
  },
  {
    id: "diskSizeGiB",
    name: "Disk size (GiB)",
    description: "Root volume size.",
    required: true,
    type: { case: "int", value: { default: 100, min: 32, max: 500 } },
  },
  {
    id: "spotInstances",
    name: "Spot instances",
    description: "Run environments on spot capacity (cheaper, can be interrupted).",
    type: { case: "bool", value: { default: false } },
  },
  {
    id: "amiId",
    name: "Custom AMI",
    description: "AMI to boot instead of the runner's default: ami- followed by 8 to 17 hexadecimal digits, e.g. ami-0abcd1234ef567890.",
    type: { case: "string", value: { default: "", pattern: "ami-[0-9a-f]{8,17}" } },
  },
  {
    id: "registryToken",
    name: "Registry token",
    description: "Token for pulling images from a private registry.",
    secret: true,
    type: { case: "string", value: { default: "" } },
  },
  {
    id: "architecture",
    name: "Architecture",
    description: "CPU architecture of the instance types offered by this runner.",
    type: { case: "display", value: { default: "x86_64" } },
  },
];

const GCP: FieldInit[] = [
  {
    id: "machineType",
    name: "Machine type",
    description: "Compute Engine machine type.",
    required: true,
    type: {
      case: "enum",
      value: {
        defaultValue: option("e2-standard-4", "4 vCPU · 16 GB", "Cost optimised"),
        possibleValues: [
          option("e2-standard-4", "4 vCPU · 16 GB", "Cost optimised"),
          option("n2-standard-8", "8 vCPU · 32 GB", "Balanced"),
          option("a2-highgpu-1g", "12 vCPU · 85 GB · 1 GPU", "NVIDIA A100"),
        ],
      },
    },
  },
  {
    id: "bootDiskSizeGb",
    name: "Boot disk (GB)",
    description: "Persistent disk size.",
    required: true,
    type: { case: "int", value: { default: 100, min: 50, max: 1000 } },
  },
  {
    id: "gpu",
    name: "GPU",
    description: "Attach a GPU to each environment.",
    type: { case: "bool", value: { default: false } },
  },
  {
    id: "preemptible",
    name: "Preemptible",
    description: "Use preemptible VMs.",
    type: { case: "bool", value: { default: false } },
  },
  {
    id: "zone",
    name: "Zone",
    description: "Compute Engine zone, e.g. europe-west4-a.",
    type: { case: "string", value: { default: "", pattern: "[a-z]+-[a-z]+[0-9]-[a-z]" } },
  },
  {
    id: "network",
    name: "Network",
    description: "VPC the environments join.",
    type: { case: "display", value: { default: "default" } },
  },
];

// cpu / memory are the keys the reference's CreateEnvironmentClass example uses ("8" cores, "16384" MiB).
const cpuField = (description: string, max: number, required: boolean): FieldInit => ({
  id: "cpu",
  name: "CPU cores",
  description,
  required,
  type: { case: "int", value: { default: 4, min: 1, max } },
});
const memoryField = (description: string, min: number, max: number, required: boolean): FieldInit => ({
  id: "memory",
  name: "Memory (MiB)",
  description,
  required,
  type: { case: "int", value: { default: 16384, min, max } },
});

const LINUX_HOST: FieldInit[] = [
  cpuField("CPU cores per environment.", 64, true),
  memoryField("Memory per environment in MiB (16384 = 16 GiB).", 1024, 262144, true),
  {
    id: "host",
    name: "Host",
    description: "Environments run on the runner's host.",
    type: { case: "display", value: { default: "this Linux host" } },
  },
];

const DESKTOP_MAC: FieldInit[] = [
  {
    id: "macosVersion",
    name: "macOS version",
    description: "Guest macOS image.",
    required: true,
    type: {
      case: "enum",
      value: {
        defaultValue: option("macOS 15", "Sequoia", ""),
        possibleValues: [option("macOS 14", "Sonoma", ""), option("macOS 15", "Sequoia", "")],
      },
    },
  },
  cpuField("CPU cores of the VM.", 16, false),
  memoryField("Memory of the VM in MiB (16384 = 16 GiB).", 4096, 65536, true),
];

const DEV_AGENT: FieldInit[] = [
  {
    id: "image",
    name: "Container image",
    description: "Image the agent runs in, e.g. ghcr.io/acme/dev:latest.",
    required: true,
    type: { case: "string", value: { default: "", pattern: "[a-z0-9./_-]+(:[A-Za-z0-9._-]+)?" } },
  },
  cpuField("CPU limit of the agent's container (no limit when empty).", 32, false),
  memoryField("Memory limit of the agent's container in MiB (no limit when empty).", 512, 131072, false),
  {
    id: "agent",
    name: "Agent",
    description: "Runs in the dev agent's sandbox.",
    type: { case: "display", value: { default: "dev agent" } },
  },
];

const MANAGED: FieldInit[] = [
  {
    id: "size",
    name: "Size",
    description: "Environment size on Gitpod-managed infrastructure.",
    required: true,
    type: {
      case: "enum",
      value: {
        defaultValue: option("Standard", "4 vCPU · 16 GiB", ""),
        possibleValues: [
          option("Small", "2 vCPU · 8 GiB", ""),
          option("Standard", "4 vCPU · 16 GiB", ""),
          option("Large", "8 vCPU · 32 GiB", ""),
        ],
      },
    },
  },
];

const BY_PROVIDER: ReadonlyMap<RunnerProvider, FieldInit[]> = new Map([
  [RunnerProvider.AWS_EC2, AWS_EC2],
  [RunnerProvider.GCP, GCP],
  [RunnerProvider.LINUX_HOST, LINUX_HOST],
  [RunnerProvider.DESKTOP_MAC, DESKTOP_MAC],
  [RunnerProvider.DEV_AGENT, DEV_AGENT],
  [RunnerProvider.MANAGED, MANAGED],
]);

/** Environment-class fields of a provider (none for the local-configuration runner). */
export function environmentClassFields(provider: RunnerProvider): RunnerConfigurationSchema_Field[] {
  return (BY_PROVIDER.get(provider) ?? []).map((f) => create(RunnerConfigurationSchema_FieldSchema, f));
}
