// Writing to a stdout that may close early (`quotebot ask --jsonl | head -1`): a closed pipe ends the
// program quietly instead of with an EPIPE stack trace.

/** Makes a closed pipe on `stream` end the process quietly (exit 0: the reader has what it wanted). */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WritableStream, exit: (code: number) => void = process.exit): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") exit(0);
    else throw error;
  });
}
