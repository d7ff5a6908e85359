import { Button } from "../../../components/ui/button";
import { toast } from "../../../components/ui/toast";
import { useExportActivity } from "../../../api/activity/export-activity";
import type { ActivityFilter } from "../../../api/activity/list-activity";
import { ActivityExportFormat } from "../../../gen/console/v1/activity_pb";

function download(filename: string, contentType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Export CSV" / "Export JSON": the records matching the current filters, built by the server. */
export function ExportButtons({ filter }: { filter: ActivityFilter }) {
  const exporter = useExportActivity();
  const exportAs = async (format: ActivityExportFormat) => {
    try {
      const result = await exporter.mutateAsync({ filter, format });
      download(result.filename, result.contentType, result.content);
      if (result.truncated) {
        toast.info(`Exported the newest ${result.recordCount} records`, {
          description: "More records match these filters: narrow the time range to export the rest.",
        });
      }
    } catch (error) {
      toast.error("Could not export the activity log", error);
    }
  };
  const busy = exporter.isPending;
  const format = exporter.variables?.format;
  return (
    <div className="flex gap-2">
      <Button size="sm" loading={busy && format === ActivityExportFormat.CSV} disabled={busy} onClick={() => void exportAs(ActivityExportFormat.CSV)}>
        Export CSV
      </Button>
      <Button size="sm" loading={busy && format === ActivityExportFormat.JSON} disabled={busy} onClick={() => void exportAs(ActivityExportFormat.JSON)}>
        Export JSON
      </Button>
    </div>
  );
}
