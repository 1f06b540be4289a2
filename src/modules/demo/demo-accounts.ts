/**
 * Demo accounts, one per kind of user Enlace serves. The password is public on purpose: demo data is
 * synthetic and must never sit beside real records.
 */
export const DEMO_PASSWORD = 'Enlace-demo-2026!';

export const DEMO_ACCOUNTS = [
  { username: 'demo.fiscal', displayName: 'Fiscalía (demostración)', locale: 'es-MX' },
  { username: 'demo.policia', displayName: 'Policía de investigación (demostración)', locale: 'es-MX' },
  {
    username: 'demo.migracion',
    displayName: 'Instituto Nacional de Migración (demostración)',
    locale: 'es-MX',
  },
  { username: 'demo.consulado', displayName: 'Consulado (demostración)', locale: 'es-MX' },
  { username: 'demo.refugio', displayName: 'Refugio de una OSC (demostración)', locale: 'es-MX' },
  { username: 'demo.comision', displayName: 'Comisión intersecretarial (demostración)', locale: 'es-MX' },
  { username: 'demo.auditor', displayName: 'Auditoría (demostración)', locale: 'en' },
] as const;
