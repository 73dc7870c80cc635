/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Uint8Array;
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
  /** The entries of a directory, or null when the path is not one (then it is read as a file). */
  readonly listDir?: (path: string) => readonly { readonly name: string; readonly directory: boolean }[] | null;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly stderrIsTTY?: boolean;
  /** A clock in milliseconds, for progress lines. */
  readonly now?: () => number;
}
