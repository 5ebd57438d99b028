/**
 * Runs a command and measures it: wall time (this process's clock), CPU time and peak resident
 * memory, each the larger of GNU time's figure (the command and the processes it waited for) and
 * the sum or largest of every process in the command's tree (process-tree.ts), so that Pagefind's
 * Rust indexer, which its Node script does not wait for, is counted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchProcessTree, type TreeUsage } from './process-tree.ts';

export interface Measured {
  seconds: number;
  /** CPU time, user and system, of the command and every process it started: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
  /** Peak resident set size of the largest process, bytes. */
  peakBytes: number;
  /** Which process that was (its name). */
  peakProcess: string;
  /** CPU time by process name, from the tree's samples (process-tree.ts). */
  cpuSecondsByProcess: Record<string, number>;
  /** The machine's one-minute load average when the command started and when it ended. */
  load: [number, number];
}

const TIME = '/usr/bin/time';

/** Runs `command args` with `env` added, writing its output to `logFile`; rejects when it fails. */
export async function runMeasured(command: string, args: string[], env: Record<string, string>, logFile: string): Promise<Measured> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure peak memory (Debian: apt-get install time)`);
  const scratch = mkdtempSync(join(tmpdir(), 'glossa-bench-'));
  const report = join(scratch, 'time');
  const log = createWriteStream(logFile);
  const loadBefore = loadavg()[0]!;
  let tree: TreeUsage = { peak: { bytes: 0, name: '' }, cpuSeconds: 0, cpuSecondsByName: {} };
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(TIME, ['-f', '%M %U %S', '-o', report, command, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const watch = watchProcessTree(child.pid!);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (status) => {
      tree = watch.stop();
      resolve(status);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => log.end(resolve));
  const [kilobytes, user, system] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; see ${logFile}`);
  const timed = kilobytes! * 1024;
  // GNU time does not say which process its figure is from; the largest one sampled is the likely one.
  const peak = tree.peak.bytes > timed ? tree.peak : { bytes: timed, name: tree.peak.name || command.split('/').at(-1)! };
  // GNU time's CPU misses a process that was never waited for; the tree's misses each process's last quarter second.
  return { seconds, cpuSeconds: Math.max(user! + system!, tree.cpuSeconds), peakBytes: peak.bytes, peakProcess: peak.name, cpuSecondsByProcess: tree.cpuSecondsByName, load: [loadBefore, loadavg()[0]!] };
}
