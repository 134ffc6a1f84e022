// Errors for the logs.
/**
 * An error as plain JSON for the logger: the core logger round-trips log objects through JSON, which
 * turns an Error instance into {} (message and stack lost).
 */
export function errorInfo(error: unknown): { type: string; message: string; stack?: string } {
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error, message: String(error) };
}
