// The benchmark's report: the machine it ran on, then tables of figures set against their
// baselines and goals. The same Markdown goes to docs/benchmarks.md and to the terminal.
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { MB } from './stats';

export interface Row {
  measurement: string;
  figure: string;
  baseline?: string;
  goal?: string;
  /** Whether the goal is met; undefined when the row has no goal. */
  met?: boolean;
}

export interface Section {
  title: string;
  intro?: string;
  rows: Row[];
  notes?: string[];
}

export function machine(): string[] {
  const cpu = cpus();
  return [
    `CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} logical cores`,
    `RAM: ${(totalmem() / 1024 ** 3).toFixed(1)} GB (${(freemem() / 1024 ** 3).toFixed(1)} GB free at the start)`,
    `OS: ${platform()} ${release()}; Node ${process.version}`,
    `Load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`,
  ];
}

export function renderReport(options: {
  title: string;
  date: string;
  machine: string[];
  corpus: string[];
  sections: Section[];
  footer: string[];
}): string {
  const lines = [`# ${options.title}`, '', `Run on ${options.date}.`, '', '## Machine', '', ...options.machine.map((l) => `- ${l}`), ''];
  lines.push('## Corpus', '', ...options.corpus.map((l) => `- ${l}`), '');
  for (const section of options.sections) {
    lines.push(`## ${section.title}`, '');
    if (section.intro) lines.push(section.intro, '');
    lines.push('| Measurement | Figure | Baseline | Goal | Met |', '|---|---:|---:|---|:---:|');
    for (const r of section.rows) {
      const met = r.met === undefined ? '' : r.met ? '✅' : '❌';
      lines.push(`| ${r.measurement} | ${r.figure} | ${r.baseline ?? ''} | ${r.goal ?? ''} | ${met} |`);
    }
    lines.push('');
    if (section.notes?.length) lines.push(...section.notes.map((n) => `- ${n}`), '');
  }
  lines.push(...options.footer, '');
  return lines.join('\n');
}

export const ms = (value: number): string =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const mb = (bytes: number): string => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
export const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
export const count = (n: number): string => n.toLocaleString('en-GB');
