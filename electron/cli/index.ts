// `briefing-desk`: the command-line entry (built to out/main/cli.js; bin/briefing-desk.js
// launches it). The work is in run.ts; this file only wires it to the process.
import { runCli } from './run';

const io = {
  out: (text: string) => void process.stdout.write(`${text}\n`),
  err: (text: string) => void process.stderr.write(`${text}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), io);
