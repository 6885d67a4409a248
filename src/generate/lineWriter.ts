import { once } from 'node:events';
import type { Writable } from 'node:stream';

const CHUNK_CHARS = 64 * 1024;

/**
 * Writes text lines to a stream in chunks of about 64 KiB, waiting for `drain` when the stream's buffer is full,
 * so a generated file of any size goes out with flat memory.
 */
export class LineWriter {
  private chunk: string[] = [];
  private chunkChars = 0;

  constructor(private readonly out: Writable) {}

  async line(text: string): Promise<void> {
    this.chunk.push(text);
    this.chunkChars += text.length + 1;
    if (this.chunkChars >= CHUNK_CHARS) await this.flush();
  }

  /** Writes what is buffered, ends the stream and waits until it has finished. */
  async end(): Promise<void> {
    await this.flush();
    this.out.end();
    if (!this.out.writableFinished) await once(this.out, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.chunk.length === 0) return;
    const text = this.chunk.join('\n') + '\n';
    this.chunk = [];
    this.chunkChars = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}

/** One CSV field (RFC 4180): quoted only when it holds a comma, a quote or a line break. */
export const csvField = (value: string | null): string =>
  value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
