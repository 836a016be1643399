// The physical baseline for `npm run load`: a bare Fastify + @fastify/websocket server that speaks
// just enough of Mend's protocol for the same load client to drive it (create over HTTP, hello,
// replies, end) and answers each frame with a frame of the size Mend's answer has, but does no
// work of its own beyond parsing and writing JSON. What Mend costs above this is Mend.
//
//   PORT=3001 ECHO_TURN_BYTES=1800 ECHO_SESSION_BYTES=2000 ECHO_CREATE_BYTES=2100 npx tsx bench/echo-server.ts
import { randomBytes, randomUUID } from 'node:crypto';
import websocket from '@fastify/websocket';
import Fastify from 'fastify';
import type { RawData } from 'ws';

const sizes = {
  turn: Number(process.env.ECHO_TURN_BYTES ?? 1500),
  session: Number(process.env.ECHO_SESSION_BYTES ?? 1500),
  create: Number(process.env.ECHO_CREATE_BYTES ?? 1500),
};

/** The frame as JSON, padded with a `pad` field to about `bytes` long. */
function padded(frame: Record<string, unknown>, bytes: number): string {
  const bare = JSON.stringify(frame);
  const room = bytes - bare.length - ',"pad":""'.length;
  return room <= 0 ? bare : JSON.stringify({ ...frame, pad: 'x'.repeat(room) });
}

const app = Fastify({ logger: false, bodyLimit: 16 * 1024 });
await app.register(websocket, { options: { maxPayload: 32 * 1024 } });

app.get('/healthz', async () => ({ status: 'ok' }));

app.post('/api/sessions', async (_request, reply) => {
  const body = padded(
    { id: randomUUID(), token: randomBytes(32).toString('base64url'), status: 'active', turns: [] },
    sizes.create,
  );
  return reply.code(201).type('application/json; charset=utf-8').send(body);
});

app.get('/api/sessions/:id/ws', { websocket: true }, (socket, request) => {
  const { id } = request.params as { id: string };
  let turns = 0;
  socket.on('message', (data: RawData, isBinary: boolean) => {
    let frame: { type?: unknown; requestId?: unknown; text?: unknown };
    try {
      if (isBinary) throw new Error('binary');
      frame = JSON.parse(data.toString()) as typeof frame;
    } catch {
      socket.send(JSON.stringify({ type: 'error', code: 'bad_frame', message: 'A frame must be a JSON object.' }));
      return;
    }
    if (frame.type === 'hello') {
      socket.send(padded({ type: 'session', session: { id, status: 'active', turns: [] } }, sizes.session));
    } else if (frame.type === 'reply' && typeof frame.text === 'string') {
      turns += 1;
      const turn = { index: turns, reply: frame.text };
      socket.send(padded({ type: 'turn', requestId: frame.requestId, turn, status: 'active' }, sizes.turn));
    } else if (frame.type === 'end') {
      socket.send(JSON.stringify({ type: 'report', report: { status: 'ended', turns } }));
    } else {
      socket.send(JSON.stringify({ type: 'error', code: 'bad_frame', message: 'Unknown frame type.' }));
    }
  });
});

await app.listen({ port: Number(process.env.PORT ?? 3001), host: process.env.HOST ?? '127.0.0.1' });
process.on('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
