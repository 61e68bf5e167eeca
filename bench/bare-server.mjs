// The bare baseline: Fastify answering the API's own response body from memory, in a process of
// its own like the API. Usage: node bench/bare-server.mjs <port> <body-file>
import Fastify from 'fastify';
import { createReadStream, readFileSync } from 'node:fs';

const [port, bodyFile] = process.argv.slice(2);
// Read lazily: the export benchmark's file is large and is streamed, never held.
let cached = null;
const body = { toString: () => (cached ??= readFileSync(bodyFile, 'utf8')) };
const app = Fastify();
app.get('/api/v1/opportunities', (_request, reply) =>
  reply.type('application/json; charset=utf-8').send(body.toString()),
);
// The submissions benchmark's baseline: a stored application, answered as if just made.
app.post('/api/v1/applications', (_request, reply) =>
  reply.code(201).type('application/json; charset=utf-8').send(body.toString()),
);
// The export benchmark's baseline: the same CSV streamed from a file, as fast as the disk gives it.
app.get('/api/v1/open-data/file.csv', (_request, reply) =>
  reply.type('text/csv; charset=utf-8').send(createReadStream(bodyFile)),
);
// The reservations benchmark's baseline: a stored reservation, answered as if just made.
app.post('/api/v1/investor-requests', (_request, reply) =>
  reply.code(201).type('application/json; charset=utf-8').send(body.toString()),
);
app.get('/ready', (_request, reply) => reply.send('ready'));
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
