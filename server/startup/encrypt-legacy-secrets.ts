// Data directories from before secrets were encrypted at rest hold runner private keys, metrics passwords and
// secret environment-class fields in clear. SQL cannot encrypt, so this runs at every start instead of as a
// migration: it converts what it finds and writes nothing when everything is already encrypted.
import { encryptPrivateKey, encryptValue, isEncryptedValue, isPlainPrivateKey } from "../crypto/at-rest";
import type { ServerContext } from "../context";
import { secretFieldIds } from "../services/environment-class-rules";
import { configurationOf, type EnvironmentClassRow } from "../store/environment-classes";
import { storedSecrets, storedSecretsOf, type RunnerRow } from "../store/runners";

export interface ConvertedSecrets {
  privateKeys: number;
  runnerSecrets: number;
  environmentClasses: number;
}

export function encryptLegacySecrets(ctx: ServerContext): ConvertedSecrets {
  const { db } = ctx;
  const converted: ConvertedSecrets = { privateKeys: 0, runnerSecrets: 0, environmentClasses: 0 };
  db.transaction(() => {
    const runners = db.prepare<[], RunnerRow>("SELECT * FROM runners").all();
    const runnersById = new Map(runners.map((runner) => [runner.id, runner]));
    for (const runner of runners) {
      if (isPlainPrivateKey(runner.private_key)) {
        db.prepare("UPDATE runners SET private_key = ? WHERE id = ?").run(encryptPrivateKey(db, runner.private_key), runner.id);
        converted.privateKeys++;
      }
      const { metricsPassword } = storedSecretsOf(runner);
      if (metricsPassword !== undefined && !isEncryptedValue(metricsPassword)) {
        db.prepare("UPDATE runners SET secrets = ? WHERE id = ?").run(storedSecrets(db, { metricsPassword }), runner.id);
        converted.runnerSecrets++;
      }
    }
    for (const row of db.prepare<[], EnvironmentClassRow>("SELECT * FROM environment_classes").all()) {
      const runner = runnersById.get(row.runner_id);
      const secrets = runner ? secretFieldIds(ctx, runner) : new Set<string>();
      const configuration = configurationOf(row);
      const plain = configuration.filter(({ key, value }) => secrets.has(key) && value !== "" && !isEncryptedValue(value));
      if (plain.length === 0) continue;
      const stored = configuration.map(({ key, value }) => ({
        key,
        value: plain.some((p) => p.key === key) ? encryptValue(db, value) : value,
      }));
      db.prepare("UPDATE environment_classes SET configuration = ? WHERE id = ?").run(JSON.stringify(stored), row.id);
      converted.environmentClasses++;
    }
  })();
  return converted;
}
