/**
 * What every benchmark returns: one figure per measure, with the input it
 * was measured on; side-by-side figures carry the reference value and the
 * ratio (value / reference unless the figure's input says otherwise).
 */
import fs from 'node:fs';
import os from 'node:os';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  input: string;
  reference?: number;
  ratio?: number;
}

export interface MachineHeader {
  date: string;
  cores: number;
  cpu: string;
  node: string;
  platform: string;
  memory_gb: number;
  /** 1-, 5- and 15-minute load averages when the run started and ended (shared machines). */
  load_start: number[];
  load_end?: number[];
}

export function loadAverage(): number[] {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}

export function machineHeader(): MachineHeader {
  return {
    date: new Date().toISOString(),
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    memory_gb: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
    load_start: loadAverage(),
  };
}

/** "load average 5.2 on 2 cores", for a figure's input. */
export function loadNote(): string {
  return `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`;
}

/** Resident set size of this process now, in MB. */
export function rssMb(): number {
  return process.memoryUsage.rss() / 2 ** 20;
}

/**
 * CPU seconds used so far by this process and its children that have ended
 * (worker processes, native tesseract, the parse memory check): on Linux
 * from /proc (utime + stime + cutime + cstime), else this process only.
 * Database servers' own CPU is not counted.
 */
export function treeCpuSeconds(): number {
  try {
    const f = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return [11, 12, 13, 14].reduce((a, i) => a + Number(f[i]), 0) / 100; // USER_HZ = 100
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}
