import { randomBytes } from 'node:crypto';
import net from 'node:net';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OVERLOAD_RETRY_SECONDS } from '../src/platform/http/load-shedding.ts';
import { DEMO_PASSWORD } from './support/accounts.ts';
import { chromiumForFile, findAccessibilityViolations, saveScreenshot } from './support/browser.ts';
import { startOwnServer } from './support/own-server.ts';

const suffix = randomBytes(3).toString('hex');

/**
 * Occupies the server's only admission slot the way a slow upload would: the headers of a request are
 * in, so the request is admitted and counted, but its body never comes. The slot frees when the socket
 * closes. The page's own reads may hold the slot at that moment, and then this request is the one turned
 * away (it gets an answer): it tries again until a request from elsewhere is the one turned away.
 */
async function holdTheOnlySlot(baseUrl: string): Promise<{ release: () => void }> {
  const probe = new URL('/api/v1/admin/users', baseUrl).href;
  for (let attempt = 0; attempt < 50; attempt++) {
    const socket = await sendHeadersWithoutBody(baseUrl);
    let answered = false;
    socket.once('data', () => {
      answered = true;
    });
    // Twice, apart, once the server has had time to read the headers: a read of the page's own is over
    // in far less time, and would have freed the slot.
    await pause(300);
    const first = (await fetch(probe)).status;
    await pause(300);
    const second = (await fetch(probe)).status;
    if (first === 503 && second === 503 && !answered) return { release: () => socket.destroy() };
    socket.destroy();
    await pause(200);
  }
  throw new Error('the admission slot was never free');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendHeadersWithoutBody(baseUrl: string): Promise<net.Socket> {
  const { hostname, port } = new URL(baseUrl);
  const socket = net.connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(
    `POST /api/v1/session HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n`,
  );
  return socket;
}

/** Every answer the page received for one API path, in order: status and when it came. */
function answersFor(page: Page, pathname: string) {
  const answers: { method: string; status: number; at: number }[] = [];
  page.on('response', (response: Response) => {
    if (new URL(response.url()).pathname !== pathname) return;
    answers.push({ method: response.request().method(), status: response.status(), at: Date.now() });
  });
  return answers;
}

/**
 * A saturated server (its own, admitting one API request at a time) answers 503 with Retry-After at
 * once. The web app waits the few seconds it was told and reads again, once, so the reader sees the page
 * rather than an error; a refused write is never sent again behind the reader's back, says that nothing
 * was saved, and nothing was.
 */
describe('the web app against a saturated server', () => {
  const chromium = chromiumForFile();
  let server: Awaited<ReturnType<typeof startOwnServer>>;

  beforeAll(async () => {
    server = await startOwnServer({ ENLACE_OVERLOAD_IN_FLIGHT: '1' });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  /** demo.admin, signed in while the server has room, on the page of the test's own context. */
  async function signedInAdministrator(): Promise<Page> {
    const page = await chromium.open({
      viewport: { width: 1366, height: 900 },
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
    });
    await page.goto(server.baseUrl);
    await page.getByLabel('Usuario', { exact: true }).fill('demo.admin');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    return page;
  }

  test('a read refused with 503 is read again once after Retry-After, and the page shows its data', async () => {
    const page = await signedInAdministrator();
    const answers = answersFor(page, '/api/v1/admin/users');
    const slot = await holdTheOnlySlot(server.baseUrl);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Usuarios' })
      .click();
    await expect.poll(() => answers.length).toBe(1);
    expect(answers[0]).toMatchObject({ method: 'GET', status: 503 });
    slot.release();

    const table = page.getByRole('table', { name: 'Cuentas de usuario' });
    await table.getByRole('rowheader', { name: 'demo.fiscal' }).waitFor();
    expect(answers.map(({ status }) => status)).toEqual([503, 200]);
    const waited = (answers[1]?.at ?? 0) - (answers[0]?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(OVERLOAD_RETRY_SECONDS * 1000 - 250);
    expect(await page.getByRole('alert').filter({ hasText: 'Servicio saturado' }).count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  test('a write refused with 503 is sent once, says that nothing was saved, and saved nothing', async () => {
    const page = await signedInAdministrator();
    const username = `e2e.saturado.${suffix}`;
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Usuarios' })
      .click();
    await page
      .getByRole('table', { name: 'Cuentas de usuario' })
      .getByRole('rowheader', { name: 'demo.fiscal' })
      .waitFor();
    const answers = answersFor(page, '/api/v1/admin/users');
    await page.getByRole('button', { name: 'Crear usuario' }).click();
    const create = page.getByRole('dialog', { name: 'Crear usuario' });
    await create.getByRole('textbox', { name: /^Usuario/ }).fill(username);
    await create.getByRole('textbox', { name: /^Nombre completo/ }).fill('Persona de prueba');
    await create.getByLabel(/^Contraseña inicial/).fill('Una-contraseña-larga-1');
    await create.getByLabel('Clave de la institución', { exact: true }).fill('INM');
    await create.getByLabel('Primer contacto', { exact: true }).check();

    const slot = await holdTheOnlySlot(server.baseUrl);
    await create.getByRole('button', { name: 'Crear usuario' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Servicio saturado' }).first();
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /Enlace no pudo atender esta solicitud ahora y no guardó nada\. Vuelva a intentarlo a partir de las \d{1,2}:\d{2}:\d{2}.* \(en 5 segundos\)\./,
    );
    await saveScreenshot(page, 'overload-write-es');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    // Past the wait the server asked for: a retried write would have been sent by now.
    await page.waitForTimeout(OVERLOAD_RETRY_SECONDS * 1000 + 1000);
    slot.release();
    expect(answers.filter(({ method }) => method === 'POST')).toEqual([
      expect.objectContaining({ status: 503 }),
    ]);

    const listed = await page.request.get(new URL('/api/v1/admin/users', server.baseUrl).href);
    expect(listed.status()).toBe(200);
    expect(await listed.text()).not.toContain(username);
  });
});
