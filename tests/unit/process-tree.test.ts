/** The benchmark's reading of a build's process tree from /proc: the CPU of a process its parent never waits for is counted. */
import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { watchProcessTree } from '../../tools/bench/process-tree.ts';

test('the CPU of a child still running when the command exits, so never waited for, is in the tree’s figure', async () => {
  // The command starts a child that spins for 0.8 s of its own CPU (so the same on a loaded machine), says so, and
  // then idles for 1.5 s; the command exits 0.3 s after that word: the child outlives it. The child reads its CPU
  // once in a million steps: each reading is a system call (getrusage), and reading it at every step made 4.4 s
  // of system time beside the 0.8 s of user time on one machine here, past the test's bound.
  const spin = "process.title = 'glossa-spinner'; const start = process.cpuUsage(); let n = 0; while (process.cpuUsage(start).user < 800000) for (let i = 0; i < 1e6; i++) n += i; process.stdout.write('spun'); setTimeout(() => {}, 1500);";
  const parent = `const child = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(spin)}], { stdio: ['ignore', 'pipe', 'ignore'] }); child.stdout.once('data', () => setTimeout(() => process.exit(0), 300));`;
  const command = spawn(process.execPath, ['-e', parent], { stdio: 'ignore' });
  const watch = watchProcessTree(command.pid!, 50);
  await new Promise((resolve) => command.on('close', resolve));
  const { cpuSeconds, cpuSecondsByName, peak } = watch.stop();
  expect(cpuSeconds).toBeGreaterThan(0.6);
  // By name, as the child named itself once started (the name Linux reports, as Pagefind's indexer has its own).
  expect(cpuSecondsByName['glossa-spinner']).toBeGreaterThan(0.6);
  expect(cpuSeconds - cpuSecondsByName['glossa-spinner']!).toBeLessThan(cpuSeconds / 2);
  expect(cpuSeconds).toBeLessThan(5);
  expect(peak.bytes).toBeGreaterThan(10 * 1024 * 1024);
});
