import { describe, expect, it } from 'vitest';
import { sniffType } from './sniff-type.ts';

const zipWith = (name: string, extra = '') =>
  Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.alloc(26),
    Buffer.from(name + extra, 'latin1'),
  ]);

describe('sniffing an attachment type from its bytes', () => {
  it.each([
    ['%PDF-1.7\n', 'application/pdf'],
    ['\x89PNG\r\n\x1a\n....', 'image/png'],
    ['\xff\xd8\xff\xe0', 'image/jpeg'],
    ['GIF89a', 'image/gif'],
    ['RIFF\0\0\0\0WEBPVP8 ', 'image/webp'],
  ])('recognises %j as %s', (head, type) => {
    expect(sniffType(Buffer.from(head, 'latin1'))).toBe(type);
  });

  it('tells OpenDocument and Office Open XML files apart by their required parts', () => {
    expect(sniffType(zipWith('mimetypeapplication/vnd.oasis.opendocument.text'))).toBe(
      'application/vnd.oasis.opendocument.text',
    );
    expect(sniffType(zipWith('[Content_Types].xml', 'word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffType(zipWith('[Content_Types].xml', 'xl/workbook.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('refuses what is not on the list, whatever its name claims', () => {
    for (const head of ['MZ\x90\0', '<html><script>', '<svg xmlns=', '\x7fELF', 'plain text']) {
      expect(sniffType(Buffer.from(head, 'latin1'))).toBeNull();
    }
    expect(sniffType(zipWith('payload.exe'))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
  });
});
