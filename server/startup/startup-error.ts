/** A start-up failure the operator can act on: main prints its message as one line and exits non-zero. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "";
}

/** The one line for a SQLite error met while opening or checking DATA_DIR's database. */
export function databaseStartupError(file: string, error: unknown): StartupError | undefined {
  const code = codeOf(error);
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) {
    return new StartupError(
      `${file} is not a readable console database (damaged, or another kind of file): restore DATA_DIR from a backup or move the file away`,
    );
  }
  if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN") || code === "SQLITE_PERM" || code === "SQLITE_AUTH") {
    return new StartupError(`${file} cannot be opened for writing (read-only file, directory or disk?): the console needs to write there`);
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new StartupError(`${file} is locked by another process: stop it, or choose another DATA_DIR`);
  }
  if (code === "SQLITE_FULL") return new StartupError(`the disk holding ${file} is full`);
  return undefined;
}

/** The one line for an error from binding the HTTP port. */
export function listenStartupError(host: string, port: number, error: unknown): StartupError | undefined {
  const code = codeOf(error);
  if (code === "EADDRINUSE") return new StartupError(`port ${port} on ${host} is already in use: stop what uses it, or set PORT`);
  if (code === "EACCES") return new StartupError(`not allowed to listen on port ${port} on ${host}: choose a PORT above 1023`);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") {
    return new StartupError(`HOST ${host} is not an address of this machine`);
  }
  return undefined;
}
