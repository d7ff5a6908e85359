import { TableCell } from "./table";

/** A table cell naming something another list knows (e.g. a runner): its name once loaded, else its raw ID. */
export function NameOrIdCell({ name, id }: { name: string | undefined; id: string }) {
  return (
    <TableCell className="whitespace-nowrap">
      {name ?? <span className="font-mono text-xs">{id}</span>}
    </TableCell>
  );
}
