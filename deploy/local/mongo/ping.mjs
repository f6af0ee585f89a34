#!/usr/bin/env node
// MongoDB `ping` against a MongoDB-compatible server (FerretDB here).
// Uses the official `mongodb` driver when it resolves from the repo's node_modules (or NODE_PATH),
// otherwise sends one raw OP_MSG {ping: 1, $db: "admin"} so it also works before `npm ci`.
//
// Usage: node ping.mjs [host:port]   (default 127.0.0.1:$MONGO_PORT or :27017)
// Exit:  0 when the server answered ok: 1, 1 otherwise.
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);
const addr = process.argv[2] ?? `127.0.0.1:${process.env.MONGO_PORT ?? '27017'}`;
const [host, portText] = addr.split(':');
const port = Number(portText);
const timeoutMs = Number(process.env.PING_TIMEOUT_MS ?? 3000);

async function pingWithDriver(mongodb) {
  const client = new mongodb.MongoClient(`mongodb://${host}:${port}/?directConnection=true`, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  });
  try {
    const res = await client.db('admin').command({ ping: 1 });
    if (res.ok !== 1) throw new Error(`ping answered ${JSON.stringify(res)}`);
  } finally {
    await client.close().catch(() => {});
  }
}

// Minimal BSON for {ping: 1, $db: "admin"} and a reader for the "ok" field of the reply.
function cstring(s) {
  return Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])]);
}
function pingDoc() {
  const db = Buffer.from('admin\0', 'utf8');
  const dbLen = Buffer.alloc(4);
  dbLen.writeInt32LE(db.length);
  const one = Buffer.alloc(4);
  one.writeInt32LE(1);
  const body = Buffer.concat([
    Buffer.from([0x10]),
    cstring('ping'),
    one,
    Buffer.from([0x02]),
    cstring('$db'),
    dbLen,
    db,
    Buffer.from([0]),
  ]);
  const len = Buffer.alloc(4);
  len.writeInt32LE(body.length + 4);
  return Buffer.concat([len, body]);
}
function readOk(doc) {
  let i = 4;
  while (i < doc.length - 1) {
    const type = doc[i];
    const end = doc.indexOf(0, i + 1);
    const name = doc.toString('utf8', i + 1, end);
    i = end + 1;
    if (name === 'ok') {
      if (type === 0x01) return doc.readDoubleLE(i);
      if (type === 0x10) return doc.readInt32LE(i);
      if (type === 0x12) return Number(doc.readBigInt64LE(i));
      if (type === 0x08) return doc[i];
      return NaN;
    }
    // skip the value of the fields we do not care about
    switch (type) {
      case 0x01:
      case 0x09:
      case 0x11:
      case 0x12:
        i += 8;
        break;
      case 0x10:
        i += 4;
        break;
      case 0x08:
        i += 1;
        break;
      case 0x0a:
        break;
      case 0x07:
        i += 12;
        break;
      case 0x02:
      case 0x0d:
      case 0x0e:
        i += 4 + doc.readInt32LE(i);
        break;
      case 0x03:
      case 0x04:
        i += doc.readInt32LE(i);
        break;
      case 0x05:
        i += 5 + doc.readInt32LE(i);
        break;
      case 0x13:
        i += 16;
        break;
      default:
        return NaN;
    }
  }
  return NaN;
}
function pingRaw() {
  return new Promise((resolve, reject) => {
    const doc = pingDoc();
    const msg = Buffer.alloc(16 + 4 + 1);
    msg.writeInt32LE(msg.length + doc.length, 0); // messageLength
    msg.writeInt32LE(1, 4); // requestID
    msg.writeInt32LE(0, 8); // responseTo
    msg.writeInt32LE(2013, 12); // OP_MSG
    msg.writeUInt32LE(0, 16); // flagBits
    msg.writeUInt8(0, 20); // section kind 0: body
    const sock = net.connect({ host, port });
    let buf = Buffer.alloc(0);
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error(`no reply within ${timeoutMs} ms`));
    }, timeoutMs);
    sock.on('connect', () => sock.write(Buffer.concat([msg, doc])));
    sock.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length < 4 || buf.length < buf.readInt32LE(0)) return;
      clearTimeout(timer);
      sock.end();
      if (buf.readInt32LE(12) !== 2013)
        return reject(new Error(`unexpected opCode ${buf.readInt32LE(12)}`));
      const ok = readOk(buf.subarray(21));
      if (ok === 1) resolve();
      else reject(new Error(`ping answered ok=${ok}`));
    });
    sock.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

let mongodb = null;
try {
  mongodb = require('mongodb');
} catch {
  // fall back to the raw wire protocol
}
try {
  if (mongodb) await pingWithDriver(mongodb);
  else await pingRaw();
  console.log(`ping ok at ${addr} (${mongodb ? 'mongodb driver' : 'raw OP_MSG'})`);
} catch (err) {
  console.error(
    `ping failed at ${addr} (${mongodb ? 'mongodb driver' : 'raw OP_MSG'}): ${err.message}`,
  );
  process.exit(1);
}
