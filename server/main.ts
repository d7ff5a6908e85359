import { buildApp } from "./app";
import { configFromEnv } from "./config";

const config = configFromEnv();
const app = await buildApp(config);
await app.listen({ port: config.port, host: config.host });
console.info(`Runner Console on http://${config.host}:${config.port}/ (data in ${config.dataDir})`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
