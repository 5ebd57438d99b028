/**
 * Peak memory of a process and everything it starts, from /proc (Linux): each process's high-water
 * resident set (VmHWM), sampled while the tree runs. GNU time sees only the processes its command
 * waits for; Pagefind's indexer is a child that its Node script stops without waiting, so it would
 * go uncounted.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Watches the tree under `root` until stopped; then the largest peak of any one process in it, in bytes, and its name. */
export function watchPeakMemory(root: number, everyMs = 250): { stop(): { bytes: number; name: string } } {
  const peaks = new Map<number, { bytes: number; name: string }>();
  const sample = () => {
    for (const pid of descendants(root)) {
      const status = read(`/proc/${pid}/status`);
      const hwm = status && /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
      const name = status && /Name:\s+(.*)/.exec(status)?.[1];
      if (hwm && name) {
        const bytes = Number(hwm) * 1024;
        if (bytes > (peaks.get(pid)?.bytes ?? 0)) peaks.set(pid, { bytes, name });
      }
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return [...peaks.values()].reduce((max, peak) => (peak.bytes > max.bytes ? peak : max), { bytes: 0, name: '' });
    },
  };
}

/** The process and all its descendants (by parent pid in /proc/<pid>/stat). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // The command name may hold spaces and parentheses: the parent pid is the 2nd field after the last ')'.
    const parent = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (!Number.isNaN(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return found;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process has ended
  }
}
