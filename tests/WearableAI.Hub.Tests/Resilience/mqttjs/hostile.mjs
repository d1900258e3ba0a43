// A hostile device for the hub's resilience tests, speaking MQTT 5 with MQTT.js.
// Usage: node hostile.mjs <mqtt-url> <device-id> <secret> <mode> [count] [target-id]
//   garbage    random bytes on its own event topic            oversized  one 256 KB payload on its event topic
//   foreign    valid frames on target-id's event topic         unknown    valid frames on topics outside the contract
//   flood      valid Heartbeat frames on its event topic until killed; prints "flooding" once the first batch is acknowledged
// Prints one JSON line: {"mode", "sent", "acknowledged", "refused", "reasons"} (refused = PUBACK reason code >= 0x80).
import mqtt from 'mqtt';
import { randomBytes } from 'node:crypto';

const [url, id, secret, mode, countArg, target] = process.argv.slice(2);
const count = Number(countArg ?? 20);
const topic = (device, channel) => `wai/v1/dev/${device}/${channel}`;

// CRC-32 (IEEE), as shared/WearableAI.Shared/Common/Crc32.
const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

// A valid Heartbeat frame (docs/protocol.md): header 17 bytes, body 15, CRC 4.
let sequence = 0;
const heartbeat = () => {
  const frame = Buffer.alloc(17 + 15 + 4);
  frame.writeUInt8(1, 0); frame.writeUInt8(3, 1); frame.writeUInt8(0, 2);
  frame.writeUInt32LE(++sequence, 3);
  frame.writeBigInt64LE(BigInt(Date.now()), 7);
  frame.writeUInt16LE(15, 15);
  frame.writeUInt32LE(60, 17); frame.writeUInt8(90, 21); frame.writeUInt32LE(40000, 22); frame.writeUInt16LE(0, 26); frame.writeUInt32LE(0, 28);
  frame.writeUInt32LE(crc32(frame.subarray(0, 32)), 32);
  return frame;
};

const client = await mqtt.connectAsync(url, { clientId: id, username: id, password: secret, protocolVersion: 5, reconnectPeriod: 0, clean: true });
const summary = { mode, sent: 0, acknowledged: 0, refused: 0, reasons: {} };
const publish = async (t, payload) => {
  summary.sent++;
  try {
    const packet = await client.publishAsync(t, payload, { qos: 1 });
    const code = packet?.reasonCode ?? 0;
    if (code >= 0x80) { summary.refused++; summary.reasons[code] = (summary.reasons[code] ?? 0) + 1; } else summary.acknowledged++;
  } catch (error) {
    const code = error?.code ?? 'error';
    summary.refused++;
    summary.reasons[code] = (summary.reasons[code] ?? 0) + 1;
  }
};

switch (mode) {
  case 'garbage':
    for (let i = 0; i < count; i++) await publish(topic(id, 'event'), randomBytes(1 + (i * 37) % 200));
    break;
  case 'oversized':
    await publish(topic(id, 'event'), randomBytes(256 * 1024));
    break;
  case 'foreign':
    for (let i = 0; i < count; i++) await publish(topic(target, 'event'), heartbeat());
    break;
  case 'unknown':
    for (let i = 0; i < count; i++) await publish([topic(id, 'debug'), `wai/v2/dev/${id}/event`, 'wai/v1/grp/home/result', '$SYS/broker'][i % 4], heartbeat());
    break;
  case 'flood': {
    let announced = false;
    process.on('SIGTERM', () => { console.log(JSON.stringify(summary)); process.exit(0); });
    for (;;) {
      await Promise.all(Array.from({ length: 50 }, () => publish(topic(id, 'event'), heartbeat())));
      if (!announced) { console.log('flooding'); announced = true; }
    }
  }
  default:
    console.error(`unknown mode '${mode}'`);
    process.exit(2);
}

console.log(JSON.stringify(summary));
await client.endAsync();
