/**
 * Where the CLI's words go. Commands write through `io`, never to `process`
 * directly, so that tests can run a command in-process and read what it said
 * (spawning Node per case cost 0.5–1 s each).
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colours only on a terminal, and never with NO_COLOR set. */
  readonly color: boolean;
  /** stderr is a terminal: progress may be drawn in place rather than told line by line. */
  readonly terminal: boolean;
}

const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  get color() {
    return process.stderr.isTTY === true && !process.env.NO_COLOR;
  },
  get terminal() {
    return process.stderr.isTTY === true;
  },
};

let current: Io = processIo;

export const io: Io = {
  out: (text) => current.out(text),
  err: (text) => current.err(text),
  get color() {
    return current.color;
  },
  get terminal() {
    return current.terminal;
  },
};

/** Runs `work` with the CLI's output sent to `target`; restores the process's own afterwards. */
export async function withIo<T>(target: Io, work: () => Promise<T>): Promise<T> {
  const previous = current;
  current = target;
  try {
    return await work();
  } finally {
    current = previous;
  }
}
