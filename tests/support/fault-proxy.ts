// A TCP proxy that can misbehave on command, for the fault suites: it sits between Mend and
// PostgreSQL (or anything else on TCP) and forwards bytes both ways until told to
// - freeze: keep every connection open and accept new ones, but forward nothing (a stalled
//   network or a wedged server: the bytes wait, nobody hears an error); with `discard`, the bytes
//   sent meanwhile are lost for good instead of delivered on resume (a middlebox that ate them);
// - refuse: stop listening (a new connection gets ECONNREFUSED) and reset every open connection
//   (a server that went down);
// - resume: forward again; what waited during a freeze is delivered, as TCP would after a stall.
// Built on node:net only, so it runs wherever the tests do.
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

export type ProxyMode = 'pass' | 'freeze' | 'refuse';

interface Pair {
  client: Socket;
  upstream: Socket;
}

export class FaultProxy {
  private readonly pairs = new Set<Pair>();
  private server: Server;
  private current: ProxyMode = 'pass';
  private discarding = false;

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: Server,
  ) {
    this.server = server;
  }

  /** Listens on 127.0.0.1 (`port` 0: a free one) and forwards to `target`. */
  static async start(target: { host: string; port: number }, port = 0): Promise<FaultProxy> {
    let proxy: FaultProxy | undefined;
    const server = createServer((client) => proxy?.accept(client));
    const bound = await listen(server, port);
    proxy = new FaultProxy(target, bound, server);
    return proxy;
  }

  get mode(): ProxyMode {
    return this.current;
  }

  /** Open client connections (each with its upstream). */
  get connections(): number {
    return this.pairs.size;
  }

  /**
   * Forwards nothing more, either way, on open or new connections, until `resume()`. The bytes
   * wait and arrive on resume, or with `discard` are thrown away.
   */
  freeze(options: { discard?: boolean } = {}): void {
    if (this.current === 'refuse') throw new Error('resume a refusing proxy before freezing it');
    this.current = 'freeze';
    this.discarding = options.discard === true;
    if (!this.discarding) for (const pair of this.pairs) pause(pair);
  }

  /** Stops listening and resets every open connection. */
  async refuse(): Promise<void> {
    if (this.current === 'refuse') return;
    this.current = 'refuse';
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const pair of [...this.pairs]) this.drop(pair, true);
    await closed;
  }

  /** Back to forwarding: held bytes flow, and a refusing proxy listens again on the same port. */
  async resume(): Promise<void> {
    const was = this.current;
    this.current = 'pass';
    this.discarding = false;
    if (was === 'refuse') {
      this.server = createServer((client) => this.accept(client));
      await listen(this.server, this.port);
    }
    for (const pair of this.pairs) {
      pair.client.resume();
      pair.upstream.resume();
    }
  }

  async close(): Promise<void> {
    this.current = 'refuse';
    for (const pair of [...this.pairs]) this.drop(pair, false);
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.current === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const upstream = tcpConnect(this.target.port, this.target.host);
    const pair: Pair = { client, upstream };
    this.pairs.add(pair);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    // Forwarded by hand rather than with pipe(), so pausing a socket stops its bytes at once.
    client.on('data', (chunk) => {
      if (this.discarding) return;
      if (!upstream.write(chunk)) client.pause();
    });
    upstream.on('data', (chunk) => {
      if (this.discarding) return;
      if (!client.write(chunk)) upstream.pause();
    });
    upstream.on('drain', () => this.current === 'pass' && client.resume());
    client.on('drain', () => this.current === 'pass' && upstream.resume());
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    const gone = (): void => this.drop(pair, false);
    client.on('close', gone);
    upstream.on('close', gone);
    client.on('error', gone);
    upstream.on('error', gone);
    if (this.current === 'freeze' && !this.discarding) pause(pair);
  }

  private drop(pair: Pair, reset: boolean): void {
    if (!this.pairs.delete(pair)) return;
    if (reset && !pair.client.destroyed) pair.client.resetAndDestroy();
    else pair.client.destroy();
    pair.upstream.destroy();
  }
}

function pause(pair: Pair): void {
  pair.client.pause();
  pair.upstream.pause();
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
