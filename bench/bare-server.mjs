// The bare baseline: Fastify answering the API's own response body from memory, in a process of
// its own like the API. Usage: node bench/bare-server.mjs <port> <body-file>
import { parse } from 'csv-parse';
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
// The import benchmark's baseline: the same upload received and parsed by csv-parse, each row
// counted; nothing validated or stored.
app.addContentTypeParser('multipart/form-data', (_request, payload, done) => done(null, payload));
app.post('/api/v1/admin/imports', async (request, reply) => {
  let rows = 0;
  for await (const _record of request.body.pipe(parse({ relax_column_count: true, relax_quotes: true }))) rows += 1;
  return reply.code(202).send({ rows });
});
app.get('/ready', (_request, reply) => reply.send('ready'));
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
