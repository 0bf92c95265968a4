// Typed errors that carry their exit code (records.md, "Exit status").
export const EXIT = { ok: 0, documentFailed: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
}
