/**
 * Runs a command and measures it: wall time (this process's clock) and peak resident memory, as
 * GNU time reports it (the largest resident set of the command or any process it waited for:
 * Pagefind's Rust indexer runs as a child of its Node script, so it is counted).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  /** CPU time, user and system, of the command and what it waited for: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
  /** Peak resident set size, bytes. */
  peakBytes: number;
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
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(TIME, ['-f', '%M %U %S', '-o', report, command, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => log.end(resolve));
  const [kilobytes, user, system] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; see ${logFile}`);
  return { seconds, cpuSeconds: user! + system!, peakBytes: kilobytes! * 1024, load: [loadBefore, loadavg()[0]!] };
}
