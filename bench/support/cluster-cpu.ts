import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Linux counts process CPU time in ticks of 1/100 s (USER_HZ). */
const MS_PER_TICK = 10;

async function cpuTicks(pid: string): Promise<{ parent: string; ticks: number } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // Fields after the command name, which sits in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { parent: fields[1]!, ticks: Number(fields[11]) + Number(fields[12]) };
}

/**
 * CPU time (ms) used so far by one embedded PostgreSQL cluster: its postmaster and every process it
 * started (backends, WAL writer, checkpointer). Other clusters on the machine are left out. A backend
 * that has exited takes its time with it, so measure while the pool's connections stay open.
 */
export async function clusterCpuMs(dataDir: string): Promise<number> {
  const pidFile = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  const postmaster = pidFile.split('\n')[0]!.trim();
  let ticks = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const process = await cpuTicks(pid);
    if (process && (pid === postmaster || process.parent === postmaster)) ticks += process.ticks;
  }
  return ticks * MS_PER_TICK;
}
