import os from 'node:os';

const MB = 1024 * 1024;
const LEAST_MB = 128;
const MOST_MB = 8192;

/**
 * The embedded server's buffer cache (`shared_buffers`): a quarter of the memory Enlace may use, the
 * usual advice for a dedicated server, between PostgreSQL's own default (128 MB, which at a million
 * people makes every other page of a national count a copy from the operating system's cache) and
 * 8 GB. PostgreSQL takes the pages only as it reads them.
 */
export function sharedBuffersFor(memoryBytes: number): string {
  const quarter = Math.floor(memoryBytes / 4 / MB);
  return `${Math.min(MOST_MB, Math.max(LEAST_MB, quarter))}MB`;
}

/** The machine's memory, or less where a container's limit says so. */
export function usableMemory(): number {
  const total = os.totalmem();
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 && limit < total ? limit : total;
}
