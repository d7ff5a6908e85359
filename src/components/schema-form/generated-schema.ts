// A synthetic schema of any size for the re-render test and `npm run bench:forms`: fields cycle
// bool / int 1–64 / 5-value enum / string with pattern ^[a-z0-9-]{3,40}$, every 10th required.
import type { SchemaField } from "../../../common/schema-fields";
import { boolField, enumField, intField, stringField } from "./field-builders";

export const GENERATED_PATTERN = "^[a-z0-9-]{3,40}$";
const SIZES = ["XS", "S", "M", "L", "XL"].map((title, i) => ({
  title,
  subtitle: `${2 ** i} vCPU`,
  detail: `${4 * 2 ** i} GiB memory`,
}));

export function generatedSchema(count: number): SchemaField[] {
  return Array.from({ length: count }, (_, i) => {
    const basics = {
      id: `setting-${i + 1}`,
      name: `Setting ${i + 1}`,
      description: `Generated field ${i + 1}`,
      required: (i + 1) % 10 === 0,
    };
    switch (i % 4) {
      case 0:
        return boolField(basics, i % 8 === 0);
      case 1:
        return intField(basics, { min: 1, max: 64, default: 8 });
      case 2:
        return enumField(basics, SIZES, "M");
      default:
        return stringField(basics, { pattern: GENERATED_PATTERN });
    }
  });
}
