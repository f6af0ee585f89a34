import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/**
 * What a load created so far, one JSON line per created thing (its dataset key and its id), so a
 * load that stopped half-way goes on where it stopped instead of registering everything twice.
 */
export class LoadProgress {
  private readonly ids = new Map<string, string>();

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { key, id } = JSON.parse(line) as { key: string; id: string };
        this.ids.set(key, id);
      }
    }
  }

  get(key: string): string | undefined {
    return this.ids.get(key);
  }

  record(key: string, id: string): string {
    this.ids.set(key, id);
    if (this.file) appendFileSync(this.file, `${JSON.stringify({ key, id })}\n`);
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}
