import { TableCell } from "./table";

/** A table cell naming something another list knows (e.g. a runner): its name once loaded, else its raw ID. */
export function NameOrIdCell({ name, id }: { name: string | undefined; id: string }) {
  // Names can be as long as the API allows: wrap anywhere rather than push the table wider than the page.
  return (
    <TableCell className="max-w-64 [overflow-wrap:anywhere]">
      {name ?? <span className="font-mono text-xs">{id}</span>}
    </TableCell>
  );
}
