/**
 * Counts attempts per key (an email, an IP address) in a sliding window, in memory. The map is
 * bounded: when it is full, the key seen least recently is forgotten, so a flood of new keys
 * cannot grow it without limit.
 */
export class Throttle {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Milliseconds until another attempt is allowed, or 0 if one is allowed now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, recent[0]! + this.windowMs - now);
  }

  record(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    if (recent.length > this.limit) recent.splice(0, recent.length - this.limit);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = this.hits.get(key) ?? [];
    const from = list.findIndex((time) => time > now - this.windowMs);
    return from === -1 ? [] : from === 0 ? list : list.slice(from);
  }
}
