// The bare baseline: Fastify answering the API's own response body from memory, in a process of
// its own like the API. Usage: node bench/bare-server.mjs <port> <body-file>
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

const [port, bodyFile] = process.argv.slice(2);
const body = readFileSync(bodyFile, 'utf8');
const app = Fastify();
app.get('/api/v1/opportunities', (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
// The submissions benchmark's baseline: a stored application, answered as if just made.
app.post('/api/v1/applications', (_request, reply) => reply.code(201).type('application/json; charset=utf-8').send(body));
// The reservations benchmark's baseline: a stored reservation, answered as if just made.
app.post('/api/v1/investor-requests', (_request, reply) => reply.code(201).type('application/json; charset=utf-8').send(body));
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
