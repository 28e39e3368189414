/**
 * The `marsad` command line (commander): `code`, `explain` and `eval`. Usage errors and bad input exit with
 * code 2 and a message naming the input; an internal error exits with 1.
 */
import { Command, CommanderError, Option } from 'commander';
import { MarsadError } from '../errors.js';
import { BATCH_FIELDS, type CodeOptions, type Io, runCode } from './code-command.js';
import { addDictionaryCommands } from './dictionaries-option.js';
import { type EvalOptions, runEval } from './eval-command.js';
import { runExplain } from './explain-command.js';
import { printable } from './format.js';
import { registerIngest } from './ingest-command.js';
import { registerServe } from './serve-command.js';
import { registerStoreCommands } from './store-commands.js';

const USAGE_EXIT = 2;

/** A subcommand that reads one document, with the options every such command shares. */
function documentCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .argument('[file]', 'text file, or - for standard input', '-')
    .option('--date <YYYY-MM-DD>', 'publication date (relative dates resolve against it)')
    .option('--source <name>', 'outlet name (its home country resolves unqualified titles)')
    .option('--source-country <ISO3>', "outlet's home country, ISO 3166-1 alpha-3")
    .addOption(new Option('--lang <lang>', 'document language').choices(['ar', 'en', 'auto']).default('auto'));
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('marsad')
    .description('Arabic-first political event coder: news text → PLOVER/CAMEO events with evidence')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run marsad --help for usage)');
  documentCommand(program, 'code', 'code one document (FILE or - for stdin), or many with --jsonl')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json', 'table']).default('jsonl'))
    .option('--jsonl', `input is JSON Lines ${BATCH_FIELDS}, one document a line; --date, --source, --source-country and --lang are defaults for every line`)
    .action((file: string, opts: CodeOptions) => setExit(runCode(file, opts, io)));
  documentCommand(program, 'explain', 'show, sentence by sentence, what was recognised and why each trigger was or was not coded')
    .action((file: string, opts: CodeOptions) => setExit(runExplain(file, opts, io)));
  program
    .command('eval')
    .description('score gold files (default: every gold/*.jsonl under --shared, and the Arabic PROTEST/ASSAULT records there)')
    .argument('[gold...]', 'gold JSON Lines files')
    .option('--json', 'print the scores as one JSON object')
    .option('--shared <dir>', 'the shared folder holding gold/ and the texts gold records name', '../shared')
    .option('--no-gsr', 'without gold files, skip the Arabic PROTEST/ASSAULT records of reference/arabic/arabic_event_gsr/')
    .option('--dev <dir>', 'also score every *.jsonl in DIR (held-out gold records, texts inline) in sections and a total of their own')
    .action((files: string[], opts: EvalOptions) => setExit(runEval(files, opts, io)));
  registerIngest(program, io, setExit);
  registerStoreCommands(program, io, setExit);
  registerServe(program, io);
  return addDictionaryCommands(program, io, setExit); // keep last: it gives every command --dictionaries
}

/**
 * Runs the CLI.
 *
 * @param argv - `process.argv`
 * @param io - where output and errors go (default: the process streams)
 * @returns the exit code
 */
export async function main(argv: string[], rawIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  // messages quote file names, flags and document text: no control character reaches the terminal
  const io: Io = { out: rawIo.out, err: (s) => rawIo.err(printable(s, '\n')) };
  let exit = 0;
  const program = buildProgram(io, (code) => (exit = code));
  try {
    await program.parseAsync(argv);
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : USAGE_EXIT;
    if (err instanceof MarsadError) {
      io.err(`${err.message}\n`);
      return USAGE_EXIT;
    }
    io.err(`marsad: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}
