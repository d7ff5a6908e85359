import { buildApp } from "./app";
import { createServerContext } from "./bootstrap";
import { configFromEnv } from "./config";
import { hardeningPlugin } from "./http/hardening";
import { installGracefulShutdown } from "./http/shutdown";

const config = configFromEnv();
const { ctx, credentialsFile } = createServerContext(config);
const app = await buildApp(ctx, { plugins: [hardeningPlugin(config)] });
await app.listen({ port: config.port, host: config.host });
console.info(`Runner Console on http://${config.host}:${config.port}/ (data in ${config.dataDir})`);
if (credentialsFile) console.info(`Demo sign-in tokens: ${credentialsFile}`);

installGracefulShutdown(app, { closeResources: () => ctx.db.close() });
