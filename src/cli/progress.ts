/**
 * Progress for long work: a line redrawn in place on a terminal, nothing at all when the output is
 * piped or redirected, so scripts and logs stay clean.
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return { update: (_done: number, _total: number) => undefined, finish: () => undefined };
  let last = '';
  return {
    update(done: number, total: number) {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      const line = `${label} ${done}/${total} (${percent}%)`;
      if (line !== last) stream.write(`\r${line}`);
      last = line;
    },
    finish() {
      if (last) stream.write('\n');
    },
  };
}
