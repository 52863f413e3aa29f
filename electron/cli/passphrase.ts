// Where the CLI gets passphrases: the environment (BRIEFING_DESK_PASSPHRASE, and
// BRIEFING_DESK_NEW_PASSPHRASE for passwd) or a prompt on the terminal that echoes nothing.
// Never from an argument: arguments end up in shell history and in every user's process list.
import { CliFailure } from './failure';

export const PASSPHRASE_ENV = 'BRIEFING_DESK_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'BRIEFING_DESK_NEW_PASSPHRASE';

/** Reads a line from the terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    return Promise.reject(
      new CliFailure(
        `Cần mật khẩu: đặt biến môi trường ${PASSPHRASE_ENV} hoặc chạy lệnh trong một cửa sổ dòng lệnh.`,
        `A passphrase is needed: set ${PASSPHRASE_ENV} or run the command in a terminal.`,
      ),
    );
  }
  return new Promise((resolve, reject) => {
    let typed = '';
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (error: Error | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003') return finish(new CliFailure('Đã hủy.', 'Cancelled.', 130));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    input.on('data', onData);
  });
}

function fromEnv(name: string): string | null {
  const value = process.env[name];
  // Read once, then dropped from this process's environment.
  delete process.env[name];
  return value !== undefined && value !== '' ? value : null;
}

export async function readPassphrase(question = 'Mật khẩu / Passphrase: '): Promise<string> {
  return fromEnv(PASSPHRASE_ENV) ?? (await promptHidden(question));
}

/** A passphrase being chosen: from the given variable, or typed twice on the terminal. */
export async function readNewPassphrase(envName: string, question: string): Promise<string> {
  const fromVariable = fromEnv(envName);
  if (fromVariable !== null) return fromVariable;
  const first = await promptHidden(question);
  const second = await promptHidden('Nhập lại / Repeat: ');
  if (first !== second)
    throw new CliFailure('Hai lần nhập không khớp.', 'The two entries do not match.');
  return first;
}
