// The second half of the zip-bomb check (issue 8): the central directory can lie about sizes.
// Every entry is inflated once through yauzl, which stops a stream the moment it yields more
// bytes than its header declared (validateEntrySizes), and the running total is capped. Nothing
// is kept: bytes are counted and dropped, so memory stays flat whatever the file claims.
import yauzl from 'yauzl';

export type InflateProblem = 'zip-bomb' | 'broken';

/** null when every entry inflates to no more than it declares and the total stays under `maxTotal`. */
export function inflatedSizeProblem(buf: Buffer, maxTotal: number): Promise<InflateProblem | null> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: InflateProblem | null, zip?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      try {
        zip?.close();
      } catch {
        /* already closed: nothing is held for a buffer */
      }
      resolve(r);
    };
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return done('broken');
      let total = 0;
      zip.on('error', () => done('broken', zip));
      zip.on('end', () => done(null, zip));
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return done('broken', zip);
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxTotal) {
              stream.destroy();
              done('zip-bomb', zip);
            }
          });
          // yauzl's own check: "too many bytes in the stream" means the header lied.
          stream.on('error', (e3: Error) => done(/too many bytes|expected \d+/.test(e3.message) ? 'zip-bomb' : 'broken', zip));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
