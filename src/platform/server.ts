import { loadDemo } from '../modules/demo/load-demo.ts';
import { loadDemoCases } from '../modules/demo/load-demo-cases.ts';
import { loadDemoDirectory } from '../modules/demo/load-demo-directory.ts';
import { startTransferSweep } from '../modules/jurisdiction/transfer-sweep.ts';
import { startLinkageSweep } from '../modules/linkage/database/linkage-sweep.ts';
import { startReferralSweep } from '../modules/referrals/referral-sweep.ts';
import { startAuditSealer } from './audit/sealer.ts';
import type { Settings } from './config/config.ts';
import { chooseKeyRingSource } from './crypto/key-ring-source.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrate } from './db/migrations.ts';
import { type App, buildApp } from './http/app.ts';
import { startMaintenance } from './maintenance/start-maintenance.ts';
import { createMetrics } from './metrics/metrics.ts';

export type RunningServer = { url: string; app: App; database: Database; close(): Promise<void> };

/** `webRoot: false` serves the API only (development, with Vite serving the web app). */
export type ServerOptions = { settings: Settings; demo: boolean; webRoot?: string | false };

/** Opens the database, applies migrations, optionally loads demo data, then listens. */
export async function startServer({ settings, demo, webRoot }: ServerOptions): Promise<RunningServer> {
  const database = await openDatabase(settings);
  try {
    await migrate(database.owner);
    const keyRing = await chooseKeyRingSource({
      env: process.env,
      cwd: process.cwd(),
      embeddedDataDir: database.dataDir,
    }).load();
    if (demo) {
      await loadDemo(database.db);
      await loadDemoCases(database, keyRing);
      await loadDemoDirectory(database);
    }
    const metrics = createMetrics();
    const app = await buildApp({
      database,
      settings,
      keyRing,
      metrics,
      ...(webRoot !== undefined ? { webRoot } : {}),
    });
    const sealer = startAuditSealer(database.owner, 200, (error) =>
      app.log.error({ errName: (error as Error).name }, 'audit sealer'),
    );
    app.addHook('onClose', () => sealer.stop());
    if (settings.sweepSeconds > 0) {
      const sweep = startTransferSweep(
        database.db,
        settings.sweepSeconds * 1000,
        (error) => app.log.error({ errName: (error as Error).name }, 'transfer escalation sweep'),
        (outcome) => metrics.sweepRound('transfers', outcome),
      );
      // Fastify runs onClose hooks last-registered first: the sweep stops before the sealer's last round.
      app.addHook('onClose', () => sweep.stop());
      const referrals = startReferralSweep(
        database.db,
        settings.sweepSeconds * 1000,
        (error) => app.log.error({ errName: (error as Error).name }, 'referral escalation sweep'),
        (outcome) => metrics.sweepRound('referrals', outcome),
      );
      app.addHook('onClose', () => referrals.stop());
      const linkage = startLinkageSweep(database.db, keyRing, settings.sweepSeconds * 1000, (error) =>
        app.log.error({ errName: (error as Error).name }, 'record linkage sweep'),
      );
      app.addHook('onClose', () => linkage.stop());
    }
    const maintenance = startMaintenance(database.db, {
      onPurged: (purge) => app.log.debug(purge, 'stale sign-in data purged'),
      onError: (error) => app.log.error({ errName: (error as Error).name }, 'sign-in data purge'),
    });
    app.addHook('onClose', () => maintenance.stop());
    try {
      await app.listen({ port: settings.port, host: settings.host });
    } catch (error) {
      await app.close();
      throw error;
    }
    const { port } = app.server.address() as { port: number };
    const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    return {
      url: `http://${host}:${port}`,
      app,
      database,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
