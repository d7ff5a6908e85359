// SearchRepositories over the local catalogue: keyword mode (every word matches owner/name or description) and
// native mode (a small GitHub-style query language: org:/owner:/user:, is:public|private, language:, in:name).
import type { RepositoryRow } from "../store/scm-catalogue";
import { invalidArgument } from "../errors";

export function matchesKeywords(repo: RepositoryRow, search: string): boolean {
  const haystack = `${repo.owner}/${repo.name} ${repo.description}`.toLowerCase();
  return words(search).every((word) => haystack.includes(word.toLowerCase()));
}

export function matchesNative(repo: RepositoryRow, query: string): boolean {
  let nameOnly = false;
  const terms: string[] = [];
  for (const word of words(query)) {
    const [qualifier, ...rest] = word.split(":");
    const value = rest.join(":").toLowerCase();
    if (rest.length === 0 || qualifier === undefined) {
      terms.push(word.toLowerCase());
      continue;
    }
    switch (qualifier.toLowerCase()) {
      case "org":
      case "owner":
      case "user":
        if (repo.owner.toLowerCase() !== value) return false;
        break;
      case "is":
        if (value !== "public" && value !== "private") throw invalidArgument(`is:${value} is not a search qualifier (use is:public or is:private)`);
        if ((value === "private") !== (repo.private === 1)) return false;
        break;
      case "language":
        if (repo.language.toLowerCase() !== value) return false;
        break;
      case "in":
        if (value !== "name") throw invalidArgument(`in:${value} is not supported (use in:name)`);
        nameOnly = true;
        break;
      default:
        throw invalidArgument(`unknown search qualifier "${qualifier}:" (supported: org:, owner:, user:, is:, language:, in:name)`);
    }
  }
  const haystack = (nameOnly ? repo.name : `${repo.name} ${repo.description}`).toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

function words(value: string): string[] {
  return value.split(/\s+/).filter((w) => w !== "");
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Natural order: service-2 before service-10; ties broken by owner and host so pages are stable. */
export function naturalOrder(a: RepositoryRow, b: RepositoryRow): number {
  return collator.compare(a.name, b.name) || collator.compare(a.owner, b.owner) || a.host.localeCompare(b.host);
}

/** The reference's token format "NEXT_PAGE/TOTAL_PAGES/TOTAL_COUNT" (e.g. "2/40/1000"); returns the page (1-based). */
export function pageFromToken(token: string): number {
  if (token === "") return 1;
  const match = /^(\d+)\/(-?\d+)\/(-?\d+)$/.exec(token);
  const page = Number(match?.[1] ?? "0");
  if (!match || page < 1) throw invalidArgument('pagination.token must have the form "NEXT_PAGE/TOTAL_PAGES/TOTAL_COUNT"');
  return page;
}

export function searchPage<T>(items: T[], page: number, pageSize: number): { items: T[]; nextToken: string; totalPages: number } {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const slice = items.slice((page - 1) * pageSize, page * pageSize);
  const nextToken = page < totalPages ? `${page + 1}/${totalPages}/${items.length}` : "";
  return { items: slice, nextToken, totalPages };
}
