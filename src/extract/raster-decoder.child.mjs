// Decodes one PNG or JPEG with Skia (@napi-rs/canvas), in a child process of
// its own: Skia crashes the whole process (SIGSEGV, nothing to catch) on some
// truncated or corrupt PNG and JPEG files (upstream Brooooooklyn/canvas#1309),
// and a clerk's scan or an upload must never take a batch, a worker or the
// server down with it. See raster-child.ts for the parent side.
//
// Protocol: the file's bytes on stdin; argv[2] = the pixel limit.
// stdout: width and height (uint32 BE each), then width × height RGBA bytes.
// Exit 3 with one line on stderr when Skia refuses the image, 4 when the
// decoded size is over the pixel limit (the header lied).
import { createCanvas, loadImage } from '@napi-rs/canvas';

const maxPixels = Number(process.argv[2]);
const chunks = [];
for await (const c of process.stdin) chunks.push(c);

let img;
try {
  img = await loadImage(Buffer.concat(chunks));
} catch (e) {
  process.stderr.write(e instanceof Error ? e.message : String(e));
  process.exit(3);
}
if (!img.width || !img.height) {
  process.stderr.write('cannot be decoded');
  process.exit(3);
}
if (img.width * img.height > maxPixels) {
  process.stderr.write(`${img.width} × ${img.height} px decoded`);
  process.exit(4);
}
const canvas = createCanvas(img.width, img.height);
const ctx = canvas.getContext('2d');
ctx.fillStyle = '#fff';
ctx.fillRect(0, 0, img.width, img.height);
ctx.drawImage(img, 0, 0);
const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
const header = Buffer.alloc(8);
header.writeUInt32BE(img.width, 0);
header.writeUInt32BE(img.height, 4);
process.stdout.write(header);
process.stdout.write(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength));
