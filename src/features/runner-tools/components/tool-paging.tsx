import { Button } from "../../../components/ui/button";

interface ToolPagingProps {
  pageNumber: number;
  /** The answer's next-page token; empty on the last page. */
  nextToken: string;
  isPending: boolean;
  onFirstPage: () => void;
  onNextPage: (token: string) => void;
}

/** First / next page buttons under a runner tool's result list; the API pages forward only. */
export function ToolPaging({ pageNumber, nextToken, isPending, onFirstPage, onNextPage }: ToolPagingProps) {
  if (pageNumber <= 1 && !nextToken) return null;
  return (
    <div className="mt-2 flex gap-2">
      {pageNumber > 1 ? (
        <Button size="sm" onClick={onFirstPage} disabled={isPending}>
          First page
        </Button>
      ) : null}
      {nextToken ? (
        <Button size="sm" onClick={() => onNextPage(nextToken)} loading={isPending}>
          Next page
        </Button>
      ) : null}
    </div>
  );
}
