/**
 * Windows .ico and macOS .icns files made of PNG images. Both formats are a small header and a
 * table of contents in front of plain PNG data, so no image tool is needed to make them; Windows
 * Vista+ and macOS 10.7+ read PNG entries.
 */

export interface SizedPng {
  readonly size: number;
  readonly png: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function assertPng(image: SizedPng): void {
  if (!image.png.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error(`icon image ${image.size}px is not a PNG`);
  }
}

/** ICONDIR + one 16-byte ICONDIRENTRY per image, then the PNGs (all little-endian). */
export function icoFile(images: readonly SizedPng[]): Buffer {
  const headerSize = 6 + 16 * images.length;
  const header = Buffer.alloc(headerSize);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = headerSize;
  images.forEach((image, index) => {
    assertPng(image);
    if (image.size < 1 || image.size > 256)
      throw new Error(`.ico sizes are 1..256, not ${image.size}`);
    const entry = 6 + 16 * index;
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry); // 0 means 256
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** The icns element types that hold PNG data, by pixel size (retina types reuse the same pixels). */
export const ICNS_TYPES: Readonly<Record<number, readonly string[]>> = {
  32: ['ic11'],
  64: ['ic12'],
  128: ['ic07'],
  256: ['ic08', 'ic13'],
  512: ['ic09', 'ic14'],
  1024: ['ic10'],
};

/** 'icns' + total length, then elements of 4-char type + length (header included) + data; big-endian. */
export function icnsFile(images: readonly SizedPng[]): Buffer {
  const elements: Buffer[] = [];
  for (const image of images) {
    assertPng(image);
    const types = ICNS_TYPES[image.size];
    if (!types) throw new Error(`no icns type for ${image.size}px`);
    for (const type of types) {
      const head = Buffer.alloc(8);
      head.write(type, 0, 'latin1');
      head.writeUInt32BE(8 + image.png.length, 4);
      elements.push(head, image.png);
    }
  }
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}
