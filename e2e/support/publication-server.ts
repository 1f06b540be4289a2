import { fixtureSource } from '../../test/support/annual-figures-fixture.ts';
import { startOwnServer } from './own-server.ts';

/**
 * The application with the built web app and the demo accounts, whose statistics engine is the
 * hand-built fixture (test-only wiring: the server `npm start` runs has the real engine once it lands).
 * Its own embedded PostgreSQL in a fresh folder, so the shared e2e server is left alone.
 */
export const startPublicationServer = () => startOwnServer({}, { annualFiguresSource: fixtureSource() });
