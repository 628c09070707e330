/** Pieces of text gathered into chunks of about this many characters: one socket write per chunk, not per element. */
const CHUNK = 64 * 1024;

/**
 * Joins a writer's small pieces into larger chunks. Lazy: a chunk is made
 * only when the response asks for one, so a slow client holds back the writer
 * instead of letting the file pile up in memory.
 */
export async function* chunked(pieces: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let buffer: string[] = [];
  let size = 0;
  for await (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      yield buffer.join("");
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) yield buffer.join("");
}
