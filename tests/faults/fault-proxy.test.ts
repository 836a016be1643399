// The fault proxy the outage suites stand on: it forwards, freezes (holding or losing the bytes),
// refuses and resumes as it says, checked against a plain echo server.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultProxy } from '../support/fault-proxy.js';

let echo: Server;
let proxy: FaultProxy;

beforeAll(async () => {
  echo = createServer((socket) => socket.pipe(socket));
  const port = await new Promise<number>((resolve) =>
    echo.listen(0, '127.0.0.1', () => resolve((echo.address() as { port: number }).port)),
  );
  proxy = await FaultProxy.start({ host: '127.0.0.1', port });
});

afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => echo.close(resolve));
});

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(proxy.port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** What arrives on `socket` within `ms`. */
function heard(socket: Socket, ms: number): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
    };
    socket.on('data', onData);
    setTimeout(() => {
      socket.off('data', onData);
      resolve(text);
    }, ms);
  });
}

describe('the fault proxy', () => {
  it('forwards both ways, holds everything while frozen, and delivers it on resume', async () => {
    const socket = await open();
    socket.write('one');
    expect(await heard(socket, 100)).toBe('one');
    proxy.freeze();
    socket.write('two');
    const late = await open(); // accepted while frozen, says nothing yet
    late.write('three');
    expect(await heard(socket, 150)).toBe('');
    expect(await heard(late, 50)).toBe('');
    const both = Promise.all([heard(socket, 150), heard(late, 150)]);
    await proxy.resume();
    expect(await both).toEqual(['two', 'three']);
    socket.destroy();
    late.destroy();
  });

  it('freezing with discard loses what was sent meanwhile', async () => {
    const socket = await open();
    proxy.freeze({ discard: true });
    socket.write('lost');
    expect(await heard(socket, 100)).toBe('');
    await proxy.resume();
    socket.write('kept');
    expect(await heard(socket, 100)).toBe('kept');
    socket.destroy();
  });

  it('refuses: open connections are reset, new ones refused; resume listens again on the same port', async () => {
    const socket = await open();
    const ended = new Promise((resolve) => socket.once('close', resolve));
    socket.on('error', () => {});
    await proxy.refuse();
    await ended;
    await expect(open()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await proxy.resume();
    const again = await open();
    again.write('back');
    expect(await heard(again, 100)).toBe('back');
    again.destroy();
  });
});
