import type { ClusterSecrets } from '../../src/platform/db/embedded/secrets.ts';

export type TestCluster = {
  host: string;
  port: number;
  dataDir: string;
  secrets: ClusterSecrets;
  template: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    testCluster: TestCluster;
  }
}
