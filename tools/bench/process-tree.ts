/**
 * Peak memory and CPU time of a process and everything it starts, from /proc (Linux): each
 * process's high-water resident set (VmHWM) and its user and system time, sampled while the tree
 * runs. GNU time sees only the processes its command waits for; Pagefind's indexer is a child that
 * its Node script stops without waiting, so its memory would go uncounted, and its CPU too when the
 * script exits before Node reaps it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeUsage {
  /** The largest peak of any one process, in bytes, and its name. */
  peak: { bytes: number; name: string };
  /** The CPU time of every process, as last sampled (what a process used after its last sample is missed). */
  cpuSeconds: number;
  /** The same, by process name (Linux's, cut at 15 characters: Pagefind's indexer is "pagefind_extend"). */
  cpuSecondsByName: Record<string, number>;
}

/** Clock ticks per second, the unit of /proc/<pid>/stat's times. */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Watches the tree under `root` until stopped. */
export function watchProcessTree(root: number, everyMs = 250): { stop(): TreeUsage } {
  const peaks = new Map<number, { bytes: number; name: string }>();
  const ticks = new Map<number, { name: string; ticks: number }>();
  const sample = () => {
    for (const pid of descendants(root)) {
      // The name as it last stood (a child bears its parent's until it execs its own program), then
      // utime and stime: the 12th and 13th fields after the name's closing parenthesis.
      const stat = read(`/proc/${pid}/stat`);
      if (!stat) continue;
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, { name, ticks: Number(fields[11]) + Number(fields[12]) });
      const hwm = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '')?.[1];
      if (hwm) {
        const bytes = Number(hwm) * 1024;
        if (bytes > (peaks.get(pid)?.bytes ?? 0)) peaks.set(pid, { bytes, name });
      }
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const peak = [...peaks.values()].reduce((max, one) => (one.bytes > max.bytes ? one : max), { bytes: 0, name: '' });
      const cpuSecondsByName: Record<string, number> = {};
      for (const { name, ticks: used } of ticks.values()) cpuSecondsByName[name] = (cpuSecondsByName[name] ?? 0) + used / TICKS;
      return { peak, cpuSeconds: Object.values(cpuSecondsByName).reduce((sum, cpu) => sum + cpu, 0), cpuSecondsByName };
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
