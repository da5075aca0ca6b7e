// The guard's inflated entries packed back into a zip without compression ("stored"), for exceljs:
// its zip reader (JSZip) then only slices the bytes instead of inflating every part again in
// JavaScript. Same entries, same order, same names (raw bytes and UTF-8 flag) and CRCs as the file.
// Sizes stay 32-bit: the guard caps a workbook at 50 MB inflated and 2,000 entries.
import type { InflatedEntry } from './inflate-guard.ts';

const UTF8_FLAG = 0x0800;
/** MS-DOS date 1980-01-01 (exceljs reads the workbook's own dates, never the zip's). */
const DOS_DATE = 0x0021;

export function storedZip(entries: readonly InflatedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { info, data } of entries) {
    const flags = info.utf8 ? UTF8_FLAG : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(0, 8); // method: stored
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(info.crc32 >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(info.rawName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(info.crc32 >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(info.rawName.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, info.rawName, data);
    directory.push(central, info.rawName);
    offset += 30 + info.rawName.length + data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}
