/**
 * `marsad lint [DIR]`: validates the built-in dictionaries, or a user's folder read over them, and
 * lists every problem as `file:line: what was expected`.
 */
import type { Command } from 'commander';
import { formatIssue, lintDictionaries } from '../dictionaries/lint.js';
import type { Io } from './code-command.js';
import type { DictionaryOptions } from './dictionaries-option.js';

/**
 * Runs `marsad lint`.
 *
 * @param dir - a user's dictionaries folder, or undefined for the built-in `data/`
 * @returns 0 when there is no error (warnings are printed but do not fail), 1 when there are errors
 * @throws InputError when `dir` does not exist or is not a folder
 */
export function runLint(dir: string | undefined, io: Io): number {
  const report = lintDictionaries(dir);
  for (const issue of [...report.errors, ...report.warnings]) io.out(`${formatIssue(issue)}\n`);
  const what = dir ? `dictionaries in ${dir} (over the built-in ones)` : 'built-in dictionaries';
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  io.err(`marsad lint: ${what}: ${n(report.errors.length, 'error')}, ${n(report.warnings.length, 'warning')}\n`);
  return report.errors.length > 0 ? 1 : 0;
}

/** Registers `marsad lint [DIR]` on the program. */
export function addLintCommand(program: Command, io: Io, setExit: (code: number) => void): Command {
  program
    .command('lint')
    .description('check dictionaries (default: the built-in data/; DIR: a folder laid out like data/, read over the built-in ones) and list every problem as file:line')
    .argument('[dir]', 'a folder of user dictionaries laid out like data/')
    .action((dir: string | undefined, opts: DictionaryOptions) => setExit(runLint(dir ?? opts.dictionaries, io)));
  return program;
}
