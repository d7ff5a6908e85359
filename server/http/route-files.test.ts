// The URL → route files mapping the server preloads by, checked against this repo's own src/routes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeFilesForPath } from "./route-files";

const ROUTES_DIR = path.resolve(__dirname, "../../src/routes");
const routeIds = fs
  .readdirSync(ROUTES_DIR, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".tsx"))
  .map((file) => file.split(path.sep).join("/").replace(/\.tsx$/, ""));

describe("routeFilesForPath", () => {
  it("maps a list page to its layouts and its index file", () => {
    expect(routeFilesForPath("/runners", routeIds)).toEqual(["__root", "_app", "_app/runners/index"]);
    expect(routeFilesForPath("/runners/", routeIds)).toEqual(["__root", "_app", "_app/runners/index"]);
  });

  it("takes a $param for one segment and keeps the parent route file of nested tabs", () => {
    expect(routeFilesForPath("/runners/abc/configuration", routeIds)).toEqual([
      "__root",
      "_app",
      "_app/runners/$runnerId",
      "_app/runners/$runnerId/configuration",
    ]);
    expect(routeFilesForPath("/runners/abc", routeIds)).toEqual(["__root", "_app", "_app/runners/$runnerId", "_app/runners/$runnerId/index"]);
  });

  it("prefers a static segment over a $param", () => {
    expect(routeFilesForPath("/runners/new", routeIds)).toEqual(["__root", "_app", "_app/runners/new"]);
  });

  it("maps top-level and root pages", () => {
    expect(routeFilesForPath("/sign-in", routeIds)).toEqual(["__root", "sign-in"]);
    expect(routeFilesForPath("/", routeIds)).toEqual(["__root", "_app", "_app/index"]);
    expect(routeFilesForPath("/environment-classes/new", routeIds)).toEqual(["__root", "_app", "_app/environment-classes/new"]);
  });

  it("matches nothing for unknown paths", () => {
    for (const pathname of ["/nope", "/runners/abc/nope", "/sign-in/extra", "/runners/abc/configuration/x", "/%E0%A4%A"]) {
      expect(routeFilesForPath(pathname, routeIds), pathname).toEqual([]);
    }
  });

  it("leaves __root out when it is not among the route ids (e.g. it has no chunk of its own)", () => {
    expect(routeFilesForPath("/runners", ["_app", "_app/runners/index", "_app/runners/$runnerId"])).toEqual(["_app", "_app/runners/index"]);
  });
});
