/**
 * The `--dictionaries DIR` option, shared by every command: a user's folder laid out like `data/`
 * whose files are read over the built-in ones (same file names; a row with an existing id replaces
 * it, a new id adds one, `-ID` removes one — see `src/data/layers.ts`).
 */
import type { Command } from 'commander';
import { loadResources, type Resources } from '../resources.js';
import type { Io } from './code-command.js';
import { addLintCommand } from './lint-command.js';

/** Options of a command that takes `--dictionaries`. */
export interface DictionaryOptions { dictionaries?: string }

const FLAGS = '--dictionaries <dir>';
const HELP = "a folder laid out like data/ whose dictionaries are read over the built-in ones (a row with a known id replaces it, a new id adds one, an id written -ID removes one)";

/** Commands that read the folder themselves instead of loading it before they run. */
const SELF_LOADING = new Set(['lint']);

/**
 * Adds `--dictionaries <dir>` to every subcommand registered so far (call it after the last one),
 * and loads the user's dictionaries before the command runs, so that a malformed file stops it
 * with a `file:line` message before any input is read.
 *
 * @returns the program
 */
export function withDictionaries(program: Command): Command {
  for (const command of program.commands) {
    if (!command.options.some((o) => o.long === '--dictionaries')) command.option(FLAGS, HELP);
  }
  program.hook('preAction', (_program, action) => {
    const dir = (action.opts() as DictionaryOptions).dictionaries;
    if (dir !== undefined && !SELF_LOADING.has(action.name())) loadResources(dir);
  });
  return program;
}

/**
 * The resources a command codes with: the built-in dictionaries, with the user's over them when
 * `--dictionaries` was given (cached per folder).
 *
 * @throws InputError when the folder does not exist; DataError naming file:line for a bad dictionary
 */
export function resourcesFor(o: DictionaryOptions): Resources {
  return loadResources(o.dictionaries);
}

/**
 * Registers `marsad lint` and adds `--dictionaries` to every command: call it after the last
 * command is registered.
 *
 * @returns the program
 */
export function addDictionaryCommands(program: Command, io: Io, setExit: (code: number) => void): Command {
  addLintCommand(program, io, setExit);
  return withDictionaries(program);
}
