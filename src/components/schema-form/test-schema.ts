// One schema with every field kind, shared by the schema-form tests.
import {
  boolField,
  displayField,
  enumField,
  intField,
  legacyEnumField,
  stringField,
  unknownKindField,
} from "./field-builders";

export const REGION_PATTERN = "[a-z]{2}-[a-z]+-[0-9]";

export function everyKindSchema() {
  return [
    intField(
      { id: "cpu", name: "CPU", description: "Number of vCPUs", required: true },
      { min: 1, max: 64, default: 2 },
    ),
    boolField({ id: "spot", name: "Spot instances" }, true),
    enumField(
      { id: "size", name: "Instance size", required: true },
      [
        { title: "Small", subtitle: "2 vCPU, 8 GiB", detail: "Good for docs and scripts" },
        { title: "Medium", subtitle: "4 vCPU, 16 GiB", detail: "Most projects" },
        { title: "Large", subtitle: "8 vCPU, 32 GiB", detail: "Monorepos and builds" },
      ],
      "Medium",
    ),
    legacyEnumField({ id: "disk", name: "Disk type" }, ["gp2", "gp3"], "gp3"),
    stringField(
      { id: "region", name: "Region", description: "Where workspaces run", required: true },
      { pattern: REGION_PATTERN },
    ),
    displayField({ id: "billing", name: "Billing" }, "Billed per second"),
    stringField({ id: "metrics.password", name: "Metrics password", secret: true }),
    unknownKindField({ id: "gpu", name: "GPU profile" }),
  ];
}
